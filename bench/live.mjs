// Part of bench/live.sh: subscribes on replica B (graphql-ws) to an evaluation's progress, then scores it on
// replica A one write at a time and times each event's arrival. Prints the figures as JSON.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

// The client's packages are those the tests install (tests/ws-client).
const require = createRequire(new URL('../tests/ws-client/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [api, socket, countText] = process.argv.slice(2);
const count = Number(countText);
const key = Buffer.from(process.env.LIVE_KEY_HEX, 'hex');
const b64u = (v) => Buffer.from(v).toString('base64url');
const token = (sub, roles) => {
  const now = Math.floor(Date.now() / 1000);
  const head = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub, roles, iss: 'greencommunity-bench', aud: 'greencommunity-api', nbf: now - 60, iat: now - 60, exp: now + 3600 }));
  return `${head}.${body}.${b64u(crypto.createHmac('sha256', key).update(`${head}.${body}`).digest())}`;
};
const evaluator = token('evaluator-2020-1-1', ['Evaluator']);
const admin = token('city-admin', ['CityAdmin']);
const post = async (query, variables, bearer) => {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

const setup = await post('query { panelAssignments(first: 1) { nodes { id evaluation { version } } } criteriaScheme(code: "GC-CRITERIA") { sections { indicators { id maximumPoints } } } }', {}, evaluator);
const assignment = setup.data.panelAssignments.nodes[0];
const indicator = setup.data.criteriaScheme.sections[0].indicators[0];
let version = assignment.evaluation.version;

const client = createClient({ url: socket, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${admin}` } });
let waiting = null;
const seen = new Set();
let repeated = 0;
client.subscribe({ query: `subscription { evaluationProgress(application: "${assignment.id}") { at } }` }, {
  next: (event) => {
    const at = event.data.evaluationProgress.at;
    if (seen.has(at)) repeated += 1;
    seen.add(at);
    if (waiting) waiting(performance.now());
  },
  error: (e) => { console.error(JSON.stringify(e)); process.exit(1); },
  complete: () => {},
});
await new Promise((resolve) => client.on('connected', resolve));
await new Promise((resolve) => setTimeout(resolve, 500));

const sentToEvent = [], responseToEvent = [];
let lost = 0;
const mutation = 'mutation Score($input: ScoreIndicatorsInput!) { scoreIndicators(input: $input) { application { evaluation { version } } errors { ... on Error { code } } } }';
for (let i = 0; i < count; i++) {
  const points = Math.round(indicator.maximumPoints * (0.5 + (i % 5) / 10) * 10) / 10;
  const arrived = new Promise((resolve) => { waiting = resolve; });
  const sent = performance.now();
  const result = await post(mutation, { input: { application: assignment.id, evaluationVersion: version, scores: [{ indicator: indicator.id, points }] } }, evaluator);
  const answered = performance.now();
  const payload = result.data?.scoreIndicators;
  if (!payload || payload.errors.length > 0) { console.error(JSON.stringify(result)); process.exit(1); }
  version = payload.application.evaluation.version;
  const at = await Promise.race([arrived, new Promise((resolve) => setTimeout(() => resolve(null), 5000))]);
  if (at === null) { lost += 1; continue; }
  sentToEvent.push(at - sent);
  responseToEvent.push(Math.max(0, at - answered));
}
waiting = null;
await client.dispose();
console.log(JSON.stringify({ sent_to_event: sentToEvent, response_to_event: responseToEvent, lost, repeated }));
process.exit(0);
