// Apollo Client with its default InMemoryCache (no type policies), as a newsroom's app would use it, holding a
// citable past list (asOf edition 1) and the current list. Between the two reads an award of the past list is
// revoked; the past list, read back from the cache, must still show it as edition 1 published it.
// Prints one JSON line. Usage: node editions.mjs <http://host:port/graphql> <a CityAdmin bearer token>
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";

const [url, token] = process.argv.slice(2);
const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });
const past = gql`{ awards(first: 100, asOf: { number: 1 }, where: { year: { eq: 2002 } }) { nodes { id revocation { reason } } } }`;
const current = gql`{ awards(first: 100, where: { year: { eq: 2002 } }) { nodes { id revocation { reason } } } }`;

const pastList = (await client.query({ query: past })).data.awards.nodes;
const target = pastList.find((a) => a.revocation === null);
const before = (await client.query({ query: current })).data.awards.nodes;

const revoke = await fetch(url, {
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  body: JSON.stringify({
    query: "mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { award { id revocation { reason } } errors { ... on Error { code } } } }",
    variables: { input: { award: target.id, reason: "Penalty case found after publication." } },
  }),
}).then((r) => r.json());

const after = (await client.query({ query: current, fetchPolicy: "network-only" })).data.awards.nodes;
const cachedPast = client.readQuery({ query: past }).awards.nodes;
const revokedNow = after.filter((a) => a.revocation !== null).length - before.filter((a) => a.revocation !== null).length;

console.log(JSON.stringify({
  pastCount: pastList.length,
  target: target.id,
  revokeErrors: revoke.errors ?? revoke.data?.revokeAward?.errors ?? null,
  revokedNow,
  sharedIds: pastList.filter((a) => after.some((b) => b.id === a.id)).length,
  cachedPastRevocation: cachedPast.find((a) => a.id === target.id)?.revocation ?? null,
  cachedPastRevoked: cachedPast.filter((a) => a.revocation !== null).length,
  pastRevoked: pastList.filter((a) => a.revocation !== null).length,
}));
