// node audit.mjs <url> -> stdout [{id, name, status, reason}]: graphql-http serverAudits (GraphQL over HTTP).
// Always exits 0 when the audits ran: the C# test decides what fails (any `error`).
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node audit.mjs <url>\n');
  process.exit(2);
}
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? null : String(result.reason),
  });
}
process.stdout.write(JSON.stringify(results));
