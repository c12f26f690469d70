// graphql-js baseline for bench/GraphQL: node bench.mjs <workload dir> [seconds per measure]
// -> stdout JSON [{document, phase, opsPerSecond}] for phases parse, validate, request (parse + validate + execute).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, parse, validate } from 'graphql';

const dir = process.argv[2];
const seconds = Number(process.argv[3] ?? '2');
// The schema is the conformance corpus's execution schema: one file serves both.
const schema = buildSchema(fs.readFileSync(path.join(dir, '..', '..', '..', 'tests', 'GraphQL.Conformance', 'corpus', 'execution', 'schema.graphql'), 'utf8'));
const rootValue = JSON.parse(fs.readFileSync(path.join(dir, 'root.json'), 'utf8'));

async function measure(action) {
  const warmupEnd = performance.now() + 500;
  while (performance.now() < warmupEnd) {
    await action();
  }
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    await action();
    count++;
  }
  return (count * 1000) / (performance.now() - start);
}

const results = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql') && f !== 'schema.graphql').sort()) {
  const source = fs.readFileSync(path.join(dir, file), 'utf8');
  const document = parse(source);
  results.push({ document: file, phase: 'parse', opsPerSecond: await measure(() => parse(source)) });
  results.push({ document: file, phase: 'validate', opsPerSecond: await measure(() => validate(schema, document)) });
  results.push({
    document: file,
    phase: 'request',
    opsPerSecond: await measure(async () => {
      const doc = parse(source);
      if (validate(schema, doc).length > 0) {
        throw new Error(`${file} is invalid`);
      }
      return execute({ schema, document: doc, rootValue });
    }),
  });
}
process.stdout.write(JSON.stringify(results));
