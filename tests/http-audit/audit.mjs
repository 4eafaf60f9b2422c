// Runs every graphql-http audit (MUST, SHOULD, MAY) against a running API and prints each result.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Exits 1 when a MUST audit fails, 2 when a SHOULD audit fails (with AUDIT_STRICT_SHOULD=true), 0 otherwise.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const results = await auditServer({ url });
const counts = {};
let mustFailed = 0;
let shouldFailed = 0;
for (const result of results) {
  const level = result.name.split(' ')[0];
  counts[level] ??= { ok: 0, warn: 0, error: 0 };
  counts[level][result.status] += 1;
  const line = `${result.status.toUpperCase().padEnd(5)} ${result.id} ${result.name}`;
  console.log(result.status === 'ok' ? line : `${line}\n      ${result.reason}`);
  if (result.status !== 'ok' && level === 'MUST') mustFailed += 1;
  if (result.status !== 'ok' && level === 'SHOULD') shouldFailed += 1;
}

for (const [level, c] of Object.entries(counts)) {
  console.log(`${level}: ${c.ok} passed, ${c.warn + c.error} failed (of ${c.ok + c.warn + c.error})`);
}

if (mustFailed > 0) {
  console.error(`${mustFailed} MUST audit(s) failed.`);
  process.exit(1);
}

if (shouldFailed > 0 && process.env.AUDIT_STRICT_SHOULD === 'true') {
  console.error(`${shouldFailed} SHOULD audit(s) failed.`);
  process.exit(2);
}
