// ┌──────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
// │ PLACE FOR PRACTICES AND FUNDING (being added to the API).                                                      │
// │ The API does not publish a community's practices or funding yet: schema.graphql's Community has neither field, │
// │ and this portal invents none. The build reads the contract (vite.config.js, __COMMUNITY_FIELDS__): while the   │
// │ fields are absent this renders nothing. When `practices` or `funding` appears on Community:                    │
// │   1. add them to PortalCommunity in src/operations.ts (as the schema defines them),                            │
// │   2. `npm run build` (regenerates the types and the persisted-operations manifest),                            │
// │   3. render them below, where the placeholder section is.                                                      │
// └──────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
import { h } from "../dom";
import { t } from "../i18n";

declare const __COMMUNITY_FIELDS__: string[];

/** The practices-and-funding section, or null while the contract has neither field or the query does not ask for them. */
export function practicesAndFunding(community: object): HTMLElement | null {
  const published = __COMMUNITY_FIELDS__.filter((field) => field in community);
  if (published.length === 0) return null;
  const record = community as Record<string, unknown>;
  return h("section", { "aria-labelledby": "extras-h", id: "extras" },
    h("h2", { id: "extras-h" }, t("extras")),
    ...published.map((field) => h("pre", { class: "raw" }, JSON.stringify(record[field], null, 2))));
}
