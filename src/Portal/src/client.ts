// The GraphQL client: urql with its persisted-queries exchange. Every operation is one of the city's persisted
// operations (src/gql/persisted-documents.json, built into the API), so only its ID travels: queries as GETs, which
// the API's public result cache and any HTTP cache serve, the objection mutation as a POST.
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";

type WithHash = { __meta__?: { hash?: string } };

/**
 * urql's exchange speaks Apollo's automatic-persisted-queries protocol (extensions.persistedQuery.sha256Hash); the
 * API serves its manifest by `documentId` (ADR-012). This turns the one into the other on the way out.
 */
export const documentIdFetch: typeof fetch = (input, init) => {
  const method = (init?.method ?? "GET").toUpperCase();
  if (method === "GET") {
    const url = new URL(String(input), location.href);
    const id = idFrom(url.searchParams.get("extensions"));
    if (id) {
      url.searchParams.delete("extensions");
      url.searchParams.delete("query");
      url.searchParams.set("documentId", id);
    }
    return fetch(url.pathname + url.search, init);
  }

  if (typeof init?.body === "string") {
    const body = JSON.parse(init.body) as { query?: string; extensions?: Record<string, unknown>; documentId?: string };
    const id = idFrom(body.extensions ? JSON.stringify(body.extensions) : null);
    if (id) {
      delete body.query;
      delete body.extensions;
      body.documentId = id;
      return fetch(input, { ...init, body: JSON.stringify(body) });
    }
  }

  return fetch(input, init);
};

function idFrom(extensions: string | null): string | null {
  if (!extensions) return null;
  try {
    const hash = (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: string } }).persistedQuery?.sha256Hash;
    return typeof hash === "string" && hash.startsWith("sha256:") ? hash : null;
  } catch {
    return null;
  }
}

export const client = new Client({
  url: "/graphql",
  fetch: documentIdFetch,
  exchanges: [
    cacheExchange,
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: "force",
      generateHash: async (_, document) => (document as WithHash).__meta__?.hash ?? "",
    }),
    fetchExchange,
  ],
  requestPolicy: "cache-first",
});
