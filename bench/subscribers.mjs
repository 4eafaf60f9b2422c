// Opens many graphql-ws subscribers against one API and holds them, for bench/subscribers.sh to measure the API's
// memory per subscriber. Prints {"open":n} once all are subscribed, then waits for SIGTERM; a subscriber closed by
// the server is reported as {"closed":code}.
//   node subscribers.mjs <ws url> <count>
import { createRequire } from 'node:module';
const require = createRequire(new URL('../tests/ws-client/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [url, countText] = process.argv.slice(2);
const count = Number(countText);
let ready = 0;
const clients = [];
for (let i = 0; i < count; i++) {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    keepAlive: 0,
    on: { closed: (e) => process.stdout.write(JSON.stringify({ closed: e?.code ?? null }) + '\n') },
  });
  clients.push(client);
  client.subscribe({ query: 'subscription { publicityNoticeOpened { id } }' }, { next: () => {}, error: () => {}, complete: () => {} });
  // graphql-ws sends subscribe after the ack; a ping round-trip is not exposed, so wait for the ack per client.
  await new Promise((resolve) => { const off = client.on('connected', () => { off(); resolve(); }); });
  ready++;
}
process.stdout.write(JSON.stringify({ open: ready }) + '\n');
process.on('SIGTERM', () => { clients.forEach((c) => c.dispose()); process.exit(0); });
setInterval(() => {}, 1 << 30);
