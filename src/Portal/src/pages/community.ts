// A community: its profile, every title with the district it was awarded in (which may be a former district), its
// published indicator values over time as a chart (uPlot, loaded with this page) with the same values in a table, and
// its published practices and funding (communityExtras.ts): all from one PortalCommunity request.
import { client } from "../client";
import { h, replace } from "../dom";
import { formatDate, formatNumber, has, name, t } from "../i18n";
import { CommunityQuery } from "../operations";
import type { Page } from "../main";
import { practicesAndFunding } from "./communityExtras";

export const renderCommunity: Page = async (main, route, isCurrent) => {
  const code = route.path.split("/")[1] ?? "";
  const result = await client.query(CommunityQuery, { code }).toPromise();
  if (result.error) throw result.error;
  if (!isCurrent()) return;
  const community = result.data?.community;
  if (!community) {
    replace(main, h("h1", {}, t("notFound")), h("p", {}, h("a", { href: "#/" }, t("navTitles"))));
    return;
  }

  const enumText = (value: string) => (has(value) ? t(value) : value);
  const profile = h("dl", { class: "profile" },
    h("dt", {}, t("districtNow")), h("dd", {}, name(community.district.name)),
    h("dt", {}, t("street")), h("dd", {}, name(community.street.name)),
    h("dt", {}, t("kind")), h("dd", {}, enumText(community.kind)),
    h("dt", {}, t("gated")), h("dd", {}, community.gated ? t("yes") : t("no")),
    h("dt", {}, t("coBuilt")), h("dd", {}, enumText(community.coBuiltWith)),
    h("dt", {}, t("commercial")), h("dd", {}, community.commercialEstate ? t("yes") : t("no")),
    community.households != null ? h("dt", {}, t("households")) : null,
    community.households != null ? h("dd", {}, formatNumber(community.households, 0)) : null,
    community.occupancyRate != null ? h("dt", {}, t("occupancy")) : null,
    community.occupancyRate != null ? h("dd", {}, `${formatNumber(community.occupancyRate * 100, 0)}%`) : null,
    community.fundingCategory ? h("dt", {}, t("fundingCategory")) : null,
    community.fundingCategory ? h("dd", {}, enumText(community.fundingCategory)) : null);

  const awards = [...community.awards.nodes].sort((a, b) => b.year - a.year || a.level.localeCompare(b.level));
  const history = awards.length === 0 ? h("p", {}, t("noTitles")) : h("div", { class: "scroll" }, h("table", { id: "history", class: "stack" },
    h("thead", {}, h("tr", {}, ...["year", "level", "districtAtAward", "score", "validUntil"].map((k) => h("th", { scope: "col" }, t(k as "year"))))),
    h("tbody", {}, ...awards.map((a) => h("tr", {},
      h("td", { "data-label": t("year") }, a.year),
      h("td", { "data-label": t("level") }, t(a.level)),
      h("td", { "data-label": t("districtAtAward"), class: "district-at-award" }, name(a.districtAtAward.name)),
      h("td", { "data-label": t("score") }, a.score != null ? formatNumber(a.score) : "–"),
      h("td", { "data-label": t("validUntil") }, a.revocation ? `${t("revoked")} ${formatDate(a.revocation.revokedOn)}` : formatDate(a.validUntil)))))));

  const byIndicator = new Map<string, { label: string; unit: string; points: { year: number; value: number }[] }>();
  for (const o of community.observations.nodes) {
    const entry = byIndicator.get(o.indicator.code) ?? { label: name(o.indicator.name), unit: o.indicator.unit, points: [] };
    entry.points.push({ year: o.year, value: o.value });
    byIndicator.set(o.indicator.code, entry);
  }
  for (const entry of byIndicator.values()) entry.points.sort((a, b) => a.year - b.year);

  const chartArea = h("div", { class: "chart", id: "chart" });
  const table = h("div", { class: "scroll" });
  const select = h("select", { id: "indicator" }, ...[...byIndicator].map(([c, e]) => h("option", { value: c }, e.label)));
  const showIndicator = async () => {
    const entry = byIndicator.get(select.value);
    if (!entry) return;
    replace(table, h("table", {}, h("caption", {}, `${entry.label} (${entry.unit})`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("year")), h("th", { scope: "col" }, t("value")))),
      h("tbody", {}, ...entry.points.map((p) => h("tr", {}, h("td", {}, p.year), h("td", {}, formatNumber(p.value)))))));
    const { drawSeries } = await import("./chart");
    if (isCurrent()) drawSeries(chartArea, entry.points, `${entry.label} (${entry.unit})`, t("chartLabel", { name: entry.label }));
  };
  select.addEventListener("change", () => void showIndicator());

  replace(main,
    h("h1", {}, name(community.name), h("span", { class: "sub", lang: "zh-CN" }, community.name.zh !== name(community.name) ? ` ${community.name.zh}` : "")),
    h("p", { class: "code" }, community.code),
    h("section", { "aria-labelledby": "profile-h" }, h("h2", { id: "profile-h" }, t("profile")), profile),
    h("section", { "aria-labelledby": "history-h" }, h("h2", { id: "history-h" }, t("history")), history),
    h("section", { "aria-labelledby": "indicators-h" }, h("h2", { id: "indicators-h" }, t("indicators")),
      byIndicator.size === 0 ? h("p", {}, t("noObservations")) : h("div", {},
        h("div", { class: "field" }, h("label", { for: "indicator" }, t("indicator")), select), chartArea, table)),
    practicesAndFunding(community));
  if (byIndicator.size > 0) await showIndicator();
};
