// Shared stdin/stdout JSON plumbing for the oracle scripts called by the C# conformance tests.
// graphql-js 17 accepts `{}` selection sets by default (a draft RFC); the released spec grammar is
// `SelectionSet : { Selection+ }` (§2.4), which is what the engine implements, so the oracle parses strictly.
export const parseOptions = { allowEmptySelectionSets: false };

export async function readStdinJson() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function writeJson(value) {
  process.stdout.write(JSON.stringify(value));
}

export function errorToJson(error) {
  const json = { message: error.message };
  if (error.locations && error.locations.length > 0) {
    json.locations = error.locations.map((l) => ({ line: l.line, column: l.column }));
  }
  if (error.path) {
    json.path = error.path;
  }
  return json;
}
