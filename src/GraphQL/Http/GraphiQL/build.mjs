// Builds the offline GraphiQL bundle into dist/ (called by GraphiQL.targets when dist/ is incomplete):
// `npm ci` from package-lock.json if needed, then esbuild: graphiql.js + graphiql.css, the three Monaco workers, index.html.
// Several builds of the engine may start at once: a lock directory serialises them, and dist/ is replaced atomically.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const stamp = path.join(dist, '.complete');
const lock = path.join(here, '.build-lock');

async function withLock(action) {
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') {
        throw error;
      }
      if (Date.now() > deadline) {
        throw new Error(`GraphiQL bundle: lock ${lock} held for 10 minutes; remove it if no build is running.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function build() {
  if (fs.existsSync(stamp)) {
    return;
  }
  if (!fs.existsSync(path.join(here, 'node_modules', 'esbuild', 'package.json'))) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
  }
  const esbuild = await import('esbuild');
  const staging = fs.mkdtempSync(path.join(here, '.dist-'));
  const common = {
    bundle: true,
    minify: true,
    legalComments: 'linked',
    target: ['es2022'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    absWorkingDir: here,
  };
  await esbuild.build({
    ...common,
    entryPoints: { graphiql: 'index.jsx' },
    outdir: staging,
    format: 'iife',
    jsx: 'automatic',
    loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  });
  const workers = {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  };
  await esbuild.build({ ...common, entryPoints: workers, outdir: staging, format: 'iife' });
  fs.copyFileSync(path.join(here, 'index.html'), path.join(staging, 'index.html'));
  fs.writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(staging, dist);
}

await withLock(build);
