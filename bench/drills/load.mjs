// The drills' load (bench/drills/*.sh): mixed anonymous reads (GET and POST), acknowledged writes and graphql-ws
// subscribers, against one address (nginx, or a replica), until the control directory holds a file "stop".
//   node load.mjs --http http://127.0.0.1:5410 --ws ws://127.0.0.1:5410/graphql --control DIR --out FILE
//                 [--readers 4] [--writers 4] [--subscribers 8] [--write-gap 50] [--read-gap 20]
//                 [--evaluator evaluator-2020-1-1] [--retry-wait 50]
// Writers: each scores one open evaluation of its own (scoreIndicators with the version it last read), one write at
// a time; an answer without errors is an acknowledged write, recorded with the version it produced. A write that
// fails is recorded too, and the writer re-reads the version before its next one.
// Subscribers: evaluationProgress of a writer's application; they reconnect at once when the server closes them
// (1001 while a replica drains) and record when they were disconnected, so the check can tell an event raised
// while a subscriber had no connection from one lost while it was connected; subscribers resume with `after`.
// Every request is tagged with the phase named in DIR/phase when it started (before, roll, after...).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tests/ws-client/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const options = { readers: 4, writers: 4, subscribers: 8, 'write-gap': 50, 'read-gap': 20, evaluator: 'evaluator-2020-1-1', 'retry-wait': 50 };
for (let i = 2; i < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const num = (k) => Number(options[k]);
const http = options.http, control = options.control;
const stopFile = path.join(control, 'stop');

const key = Buffer.from(process.env.DRILL_KEY_HEX, 'hex');
const b64u = (v) => Buffer.from(v).toString('base64url');
const token = (sub, roles) => {
  const now = Math.floor(Date.now() / 1000);
  const head = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64u(JSON.stringify({ sub, roles, iss: 'greencommunity-bench', aud: 'greencommunity-api', nbf: now - 60, iat: now - 60, exp: now + 86400 }));
  return `${head}.${body}.${b64u(crypto.createHmac('sha256', key).update(`${head}.${body}`).digest())}`;
};
const evaluator = token(options.evaluator, ['Evaluator']);
const admin = token('city-admin', ['CityAdmin']);
const decodeId = (id) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

let phase = 'before';
const readPhase = () => { try { phase = fs.readFileSync(path.join(control, 'phase'), 'utf8').trim() || phase; } catch { /* keep */ } };
const stopped = () => fs.existsSync(stopFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Requests: latency and outcome per phase; failures kept with their detail (the first 50).
const phases = {};
const failures = [];
const record = (kind, started, ok, detail, outcome) => {
  const p = (phases[phase] ??= { requests: 0, failed: 0, latencies: [], byKind: {}, failedBy: {} });
  const ms = performance.now() - started;
  p.requests++;
  p.latencies.push(Math.round(ms * 100) / 100);
  const k = (p.byKind[kind] ??= { requests: 0, failed: 0 });
  k.requests++;
  if (!ok) {
    p.failed++; k.failed++;
    const key = outcome ?? String(detail).slice(0, 40);
    p.failedBy[key] = (p.failedBy[key] ?? 0) + 1;
    if (failures.length < 50) failures.push({ at: new Date().toISOString(), phase, kind, detail });
  }
};

const graphql = async (query, variables, bearer, method = 'POST') => {
  const headers = { accept: 'application/graphql-response+json, application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let response;
  if (method === 'GET') {
    const url = new URL(`${http}/graphql`);
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    response = await fetch(url, { headers, signal: AbortSignal.timeout(15000) });
  } else {
    headers['content-type'] = 'application/json';
    response = await fetch(`${http}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15000) });
  }
  const text = await response.text();
  let body = null;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  // How a failure is counted: status, error code, and whether the answer said when to retry.
  const code = body?.errors?.[0]?.extensions?.code ?? '';
  const outcome = `${response.status} ${code}${response.headers.get('retry-after') ? ' retry-after' : ''}`.trim();
  return { status: response.status, body, text, outcome };
};

// Setup: the evaluator's open evaluations (one per writer) and the scheme's indicators.
const setupQuery = 'query { panelAssignments(first: 100) { nodes { id evaluation { version completedAt } } } criteriaScheme(code: "GC-CRITERIA") { sections { indicators { id maximumPoints } } } }';
let setup;
for (let attempt = 0; ; attempt++) {
  try {
    setup = await graphql(setupQuery, null, evaluator);
    if (setup.status === 200 && setup.body?.data) break;
  } catch { /* not up yet */ }
  if (attempt > 100) { console.error('setup failed', setup?.text); process.exit(2); }
  await sleep(200);
}
const assignments = setup.body.data.panelAssignments.nodes.filter((n) => n.evaluation && !n.evaluation.completedAt);
const indicators = setup.body.data.criteriaScheme.sections.flatMap((s) => s.indicators);
if (assignments.length < num('writers')) { console.error(`only ${assignments.length} open evaluations for ${num('writers')} writers`); process.exit(2); }

const readQueries = [
  ['GET', '{ districts { code name { en } } }'],
  ['POST', 'query($d: String) { awards(first: 5, where: { district: { eq: $d } }) { totalCount nodes { community { code } score } } }', () => ({ d: ['440104', '440103', '440106'][Math.floor(Math.random() * 3)] })],
  ['GET', '{ communities(first: 10) { nodes { code name { en } } } }'],
  ['POST', '{ campaigns(first: 5) { nodes { year level } } }'],
];

async function reader() {
  let i = Math.floor(Math.random() * readQueries.length);
  while (!stopped()) {
    const [method, query, vars] = readQueries[i++ % readQueries.length];
    const started = performance.now();
    try {
      const r = await graphql(query, vars ? vars() : null, null, method);
      const ok = r.status === 200 && r.body?.data && !r.body.errors;
      record(`read-${method}`, started, ok, ok ? null : `${r.status} ${r.text.slice(0, 200)}`, r.outcome);
    } catch (e) {
      record(`read-${method}`, started, false, `${e.name}: ${e.cause?.code ?? e.message}`, `${e.cause?.code ?? e.name}`);
      await sleep(100); // the replica is down: as a client would, wait a little
    }
    if (num('read-gap') > 0) await sleep(num('read-gap'));
  }
}

const writes = [];
let acknowledgedCount = 0;
const scoreMutation = 'mutation Score($input: ScoreIndicatorsInput!) { scoreIndicators(input: $input) { application { evaluation { version } } errors { ... on Error { code } } } }';
async function writer(w) {
  const assignment = assignments[w];
  const application = decodeId(assignment.id);
  let version = assignment.evaluation.version;
  let i = 0;
  while (!stopped()) {
    const indicator = indicators[i % indicators.length];
    const points = Math.round(indicator.maximumPoints * (0.3 + ((i * 7) % 7) / 10) * 10) / 10;
    i++;
    const write = { application, indicator: decodeId(indicator.id), points, from: version, sentAt: Date.now(), phase };
    const started = performance.now();
    try {
      const r = await graphql(scoreMutation, { input: { application: assignment.id, evaluationVersion: version, scores: [{ indicator: indicator.id, points }] } }, evaluator);
      const payload = r.body?.data?.scoreIndicators;
      if (r.status === 200 && payload && payload.errors.length === 0) {
        version = payload.application.evaluation.version;
        write.acknowledged = true; write.version = version;
        acknowledgedCount++;
        record('write', started, true);
      } else {
        write.acknowledged = false; write.detail = `${r.status} ${r.text.slice(0, 200)}`;
        record('write', started, false, write.detail, r.outcome + (payload?.errors?.length ? ` ${payload.errors[0].code}` : ''));
      }
    } catch (e) {
      write.acknowledged = false; write.detail = `${e.name}: ${e.cause?.code ?? e.message}`;
      record('write', started, false, write.detail, `${e.cause?.code ?? e.name}`);
    }
    write.doneAt = Date.now();
    writes.push(write);
    if (!write.acknowledged) {
      // The write may or may not have committed: read the version again before the next one.
      for (;;) {
        try {
          const r = await graphql('query($id: ID!) { node(id: $id) { ... on Application { evaluation { version } } } }', { id: assignment.id }, evaluator);
          const v = r.body?.data?.node?.evaluation?.version;
          if (typeof v === 'number') { version = v; break; }
        } catch { /* retry */ }
        if (stopped()) break;
        await sleep(100);
      }
    }
    if (num('write-gap') > 0) await sleep(num('write-gap'));
  }
}

const subscribers = [];
// Each subscriber resumes after the last event it received (the subscription's `after` argument, from the
// extensions.eventId of each event): graphql-ws would resubscribe with its first payload, so a closed subscriber
// starts a new client itself, as docs/clients.md shows client authors.
function subscriber(s) {
  const application = assignments[s % num('writers')];
  const state = { application: decodeId(application.id), events: [], connections: [], closes: [], errors: [], lastEventId: null };
  subscribers.push(state);
  const connect = () => {
    const client = createClient({
      url: options.ws,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${admin}` },
      lazy: true,
      retryAttempts: 0,
      on: {
        connected: () => { state.connections.push({ at: Date.now() }); },
        closed: (e) => { state.closes.push({ at: Date.now(), code: e?.code ?? null, reason: e?.reason ?? null }); },
      },
    });
    state.client = client;
    const again = () => {
      client.dispose();
      // Reconnect at once (graphql-ws waits 1.3 to 4 s): a drained replica's subscribers move to another.
      if (!stopped()) setTimeout(connect, num('retry-wait'));
    };
    client.subscribe({
      query: `subscription($after: String) { evaluationProgress(application: "${application.id}", after: $after) { at eventId } }`,
      variables: { after: state.lastEventId },
    }, {
      next: (event) => {
        const progress = event.data?.evaluationProgress;
        if (progress) {
          state.events.push({ at: progress.at, received: Date.now() });
          state.lastEventId = event.extensions?.eventId ?? progress.eventId ?? state.lastEventId;
        } else state.errors.push(JSON.stringify(event).slice(0, 300));
      },
      // A close (a draining or killed replica) is a reconnect, not a failure; a subscription the server refused is
      // counted as a failed request and started again, as a client would.
      error: (e) => {
        if (!(e && typeof e.code === 'number' && 'reason' in e)) {
          const detail = String(Array.isArray(e) ? JSON.stringify(e) : e?.message ?? e?.code ?? JSON.stringify(e)).slice(0, 300);
          state.errors.push(detail);
          record('subscribe', performance.now(), false, detail, 'subscription error');
        }
        again();
      },
      complete: again,
    });
  };
  connect();
}

const startedAt = Date.now();
for (let s = 0; s < num('subscribers'); s++) subscriber(s);
// Subscribers first, so every write's event has someone listening.
for (let t = 0; t < 100 && subscribers.some((s) => s.connections.length === 0); t++) await sleep(100);
await sleep(300);
// The drill reads how many writes were acknowledged so far (DIR/acknowledged), e.g. to kill a replica mid-write only
// once writes flow again.
const phaseTimer = setInterval(() => { readPhase(); fs.writeFileSync(path.join(control, 'acknowledged'), String(acknowledgedCount)); }, 50);
fs.writeFileSync(path.join(control, 'running'), String(Date.now()));
const loadStartedAt = Date.now();
const workers = [];
for (let r = 0; r < num('readers'); r++) workers.push(reader());
for (let w = 0; w < num('writers'); w++) workers.push(writer(w));
await Promise.all(workers);
const loadStoppedAt = Date.now();
// Events of the last writes are still on their way: give them two seconds.
await sleep(2000);
clearInterval(phaseTimer);
for (const s of subscribers) { await s.client.dispose(); delete s.client; }
fs.writeFileSync(options.out, JSON.stringify({ startedAt, loadStartedAt, loadStoppedAt, phases, failures, writes, subscribers, writers: num('writers'), evaluator: options.evaluator }));
process.exit(0);
