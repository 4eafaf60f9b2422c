// A community's published practices and funding (Community.practices and Community.funding, read in the same
// PortalCommunity request as the rest of the page), and beside each year's money the community's published indicator
// values of the year before and of that year, from the values the page already has. Anonymous readers see only what
// an edition lists: the API gives them nothing else.
import { h } from "../dom";
import { formatDate, formatNumber, has, name, t, type StringKey } from "../i18n";
import type { PortalCommunityQuery } from "../gql/graphql";

type Community = NonNullable<PortalCommunityQuery["community"]>;
type Allocation = Community["funding"][number];

const enumText = (value: string) => (has(value) ? t(value) : value);

/** A cell with its column's name, which narrow screens show before the value (table.stack in style.css). */
const cell = (label: StringKey, ...children: Parameters<typeof h>[2][]) => h("td", { "data-label": t(label) }, ...children);

const headers = (...keys: StringKey[]) => h("thead", {}, h("tr", {}, ...keys.map((k) => h("th", { scope: "col" }, t(k)))));

/** A link when the text is a web address, else the text. */
const linkOrText = (text: string) => (/^https?:\/\/\S+$/.test(text) ? h("a", { href: text }, text) : text);

const sampleMark = (sample: boolean) => (sample ? h("span", { class: "badge" }, t("sampleRecord")) : null);

/** The practices-and-funding section of a community's page. */
export function practicesAndFunding(community: Community): HTMLElement {
  const label = name(community.name);
  return h("section", { "aria-labelledby": "extras-h", id: "extras" },
    h("h2", { id: "extras-h" }, t("extras")),
    h("h3", { id: "practices-h" }, t("practices")),
    practices(community, label),
    h("h3", { id: "funding-h" }, t("funding")),
    ...funding(community, label));
}

function practices(community: Community, label: string): HTMLElement {
  const { nodes, totalCount } = community.practices;
  if (nodes.length === 0) return h("p", { class: "empty", id: "no-practices" }, t("noPractices"));
  return h("div", {},
    h("div", { class: "scroll" }, h("table", { id: "practices", class: "stack" },
      h("caption", {}, t("practicesCaption", { name: label })),
      headers("practice", "kind", "dates", "evidence"),
      h("tbody", {}, ...nodes.map((p) => h("tr", { "data-kind": p.kind },
        cell("practice", h("strong", {}, name(p.title)), h("br"), h("span", { class: "small" }, p.description)),
        cell("kind", enumText(p.kind)),
        cell("dates", p.endedOn ? `${formatDate(p.startedOn)} – ${formatDate(p.endedOn)}` : t("since", { date: formatDate(p.startedOn) })),
        cell("evidence", linkOrText(p.evidence),
          p.count != null ? h("span", { class: "small block" }, t("countOf", { n: formatNumber(p.count, 0) })) : null,
          p.sourceDocument ? h("span", { class: "small block" }, t("source"), linkOrText(p.sourceDocument)) : null,
          sampleMark(p.sample))))))),
    totalCount > nodes.length ? h("p", { class: "note" }, t("moreItems", { shown: nodes.length, total: totalCount })) : null);
}

function funding(community: Community, label: string): HTMLElement[] {
  const rows = [...community.funding].sort((a, b) => b.year - a.year || b.amountYuan - a.amountYuan);
  if (rows.length === 0) return [h("p", { class: "empty", id: "no-funding" }, t("noFunding"))];
  const total = rows.reduce((sum, a) => sum + a.amountYuan, 0);
  const table = h("div", { class: "scroll" }, h("table", { id: "funding", class: "stack" },
    h("caption", {}, t("fundingCaption", { name: label })),
    headers("year", "payer", "purpose", "amount", "note"),
    h("tbody", {}, ...rows.map((a) => h("tr", {},
      cell("year", a.year),
      cell("payer", payer(a)),
      cell("purpose", enumText(a.purpose)),
      h("td", { "data-label": t("amount"), class: "num" }, formatNumber(a.amountYuan, 0)),
      cell("note", h("span", { class: "small" }, a.note), sampleMark(a.sample))))),
    rows.length > 1 ? h("tfoot", {}, h("tr", {},
      h("th", { scope: "row", colspan: 3 }, t("total")),
      h("td", { "data-label": t("amount"), class: "num" }, formatNumber(total, 0)),
      h("td", {}))) : null));
  return [table, ...[...new Set(rows.map((a) => a.year))].flatMap((year) => change(community, year))];
}

function payer(a: Allocation): string {
  if (a.payer) return name(a.payer.name);
  if (a.payerStreet) return name(a.payerStreet.name);
  if (a.payerDistrict) return name(a.payerDistrict.name);
  return t("payerCity");
}

/** The published values of the year before the money and of its year, side by side; none when the page has neither. */
function change(community: Community, year: number): HTMLElement[] {
  const byIndicator = new Map<string, { label: string; unit: string; before?: number; after?: number }>();
  for (const o of community.observations.nodes) {
    if (o.year !== year && o.year !== year - 1) continue;
    const entry = byIndicator.get(o.indicator.code) ?? { label: name(o.indicator.name), unit: o.indicator.unit };
    if (o.year === year) entry.after = o.value;
    else entry.before = o.value;
    byIndicator.set(o.indicator.code, entry);
  }
  const both = [...byIndicator.values()].filter((e) => e.before !== undefined && e.after !== undefined);
  if (both.length === 0) return [];
  const signed = (value: number) => (value > 0 ? "+" : value < 0 ? "−" : "±") + formatNumber(Math.abs(value));
  return [h("div", { class: "scroll" }, h("table", { class: "stack funding-change", "data-year": year },
    h("caption", {}, t("changeCaption", { year, before: year - 1 })),
    h("thead", {}, h("tr", {},
      h("th", { scope: "col" }, t("indicator")),
      h("th", { scope: "col" }, String(year - 1)),
      h("th", { scope: "col" }, String(year)),
      h("th", { scope: "col" }, t("change")))),
    h("tbody", {}, ...both.map((e) => h("tr", {},
      h("th", { scope: "row" }, `${e.label} (${e.unit})`),
      h("td", { "data-label": String(year - 1), class: "num" }, formatNumber(e.before!)),
      h("td", { "data-label": String(year), class: "num" }, formatNumber(e.after!)),
      h("td", { "data-label": t("change"), class: "num" }, signed(e.after! - e.before!))))))),
  h("p", { class: "note" }, t("changeNote"))];
}
