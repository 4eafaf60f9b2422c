// Apollo Client with its PersistedQueryLink (automatic persisted queries), as a frontend would use it: the first
// client finds the hash unknown and sends the document; a second client, with an empty cache, is then answered by
// the hash alone. Each request the clients make is recorded. Prints one JSON line.
// Usage: node apq.mjs <http://host:port/graphql> [--get] (--get: useGETForHashedQueries)
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";

const url = process.argv[2];
const useGET = process.argv.includes("--get");
const requests = [];
const recordingFetch = async (input, init) => {
  const method = init?.method ?? "GET";
  const sent = method === "GET" ? new URL(String(input)).searchParams : new URLSearchParams(Object.entries(JSON.parse(init.body)).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  const response = await fetch(input, init);
  const body = await response.clone().json();
  requests.push({ method, withQuery: !!sent.get("query"), withHash: (sent.get("extensions") ?? "").includes("sha256Hash"), status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code) });
  return response;
};

const client = () => new ApolloClient({
  link: new PersistedQueryLink({ sha256: (text) => createHash("sha256").update(text).digest("hex"), useGETForHashedQueries: useGET })
    .concat(new HttpLink({ uri: url, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});
const query = gql`query Districts2002 { districts { code name { en } } awards(first: 3, where: { year: { eq: 2002 } }) { totalCount } }`;

const first = await client().query({ query });
const second = await client().query({ query });
console.log(JSON.stringify({
  districts: first.data.districts.length,
  same: JSON.stringify(first.data) === JSON.stringify(second.data),
  requests,
}));
