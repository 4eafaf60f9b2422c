// Subscribes to a GreenCommunity API with the graphql-ws client and reports what happens, one JSON object per
// line on stdout, so a test can drive it: {"event":"ready"} once the subscription is sent, then "next",
// "error", "complete" or "closed" (with the WebSocket close code).
//
// node subscribe.mjs <ws url> <query> [--token <bearer token>] [--variables <json>] [--count <n>] [--timeout <seconds>]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const token = option('token');
const variables = JSON.parse(option('variables', '{}'));
const count = Number(option('count', '1'));
const timeout = Number(option('timeout', '20'));
const report = (event) => process.stdout.write(JSON.stringify(event) + '\n');

if (!url || !query) {
  process.stderr.write('usage: node subscribe.mjs <ws url> <query> [--token t] [--variables json] [--count n] [--timeout s]\n');
  process.exit(2);
}

let received = 0;
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: false,
  connectionParams: token ? { Authorization: `Bearer ${token}` } : undefined,
  on: {
    connected: () => report({ event: 'connected' }),
    closed: (e) => {
      report({ event: 'closed', code: e?.code ?? null, reason: e?.reason ?? null });
      process.exit(0);
    },
  },
});

const timer = setTimeout(() => {
  report({ event: 'timeout', received });
  client.dispose();
  process.exit(0);
}, timeout * 1000);

client.subscribe(
  { query, variables },
  {
    next: (payload) => {
      received += 1;
      report({ event: 'next', at: Date.now(), payload });
      if (received >= count) {
        clearTimeout(timer);
        client.dispose();
      }
    },
    error: (error) => {
      report({ event: 'error', error: Array.isArray(error) ? error : { message: String(error?.message ?? error), code: error?.code ?? null } });
    },
    complete: () => report({ event: 'complete' }),
  },
);

// The subscribe message is on the wire once the connection is acknowledged.
client.on('connected', () => setTimeout(() => report({ event: 'ready' }), 200));
