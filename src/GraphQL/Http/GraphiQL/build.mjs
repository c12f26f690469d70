// Builds the offline GraphiQL bundle into dist/ (called by GraphiQL.targets when dist/ is missing or older than its inputs):
// `npm ci` from package-lock.json if needed, then esbuild: graphiql.js + graphiql.css, the three Monaco workers, index.html.
// Several builds of the engine may start at once: a lock directory serialises them, and dist/ is replaced atomically.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const stamp = path.join(dist, '.complete');
const lock = path.join(here, '.build-lock');
// What the bundle is made of: the stamp records their hash, so a changed entry rebuilds dist/ and a touched one does not.
const inputs = ['index.jsx', 'index.html', 'build.mjs', 'package-lock.json'];

function inputsHash() {
  const hash = crypto.createHash('sha256');
  for (const input of inputs) {
    hash.update(input).update('\0').update(fs.readFileSync(path.join(here, input))).update('\0');
  }
  return hash.digest('hex');
}

function isUpToDate(hash) {
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').split('\n')[0] !== hash) {
    return false;
  }
  // Newer than the inputs again, so GraphiQL.targets skips node next time.
  const now = new Date();
  fs.utimesSync(stamp, now, now);
  return true;
}

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
  const hash = inputsHash();
  if (isUpToDate(hash)) {
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
  fs.writeFileSync(path.join(staging, '.complete'), `${hash}\n${new Date().toISOString()}\n`);
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(staging, dist);
}

await withLock(build);
