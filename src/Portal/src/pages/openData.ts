// Open data: the downloads with their licence and edition, the Atom feed, the editions with their hashes and how to
// cite one, and the data dictionary (every column of every download, every indicator).
import { client } from "../client";
import { h, replace } from "../dom";
import { formatDate, formatNumber, name, t } from "../i18n";
import { OpenDataQuery } from "../operations";
import type { Page } from "../main";

export const renderOpenData: Page = async (main, _route, isCurrent) => {
  const result = await client.query(OpenDataQuery, {}).toPromise();
  if (result.error) throw result.error;
  if (!isCurrent()) return;
  const { dataset, editions } = result.data!;
  const licence = h("a", { href: dataset.licence.url, rel: "license" }, dataset.licence.name);
  const latest = dataset.latestEdition;

  const byDataset = new Map<string, { format: string; url: string }[]>();
  for (const d of dataset.downloads) byDataset.set(d.dataset, [...(byDataset.get(d.dataset) ?? []), d]);
  const describe = new Map(dataset.dictionary.map((d) => [d.name, d]));

  replace(main,
    h("h1", {}, t("openDataHeading")),
    h("p", { class: "lead" }, t("openDataIntro"), " ", t("licence"), ": ", licence, ". ", dataset.licence.attribution),
    h("section", { "aria-labelledby": "downloads-h" },
      h("h2", { id: "downloads-h" }, t("downloads")),
      latest ? h("p", {}, `${t("latestEdition")}: ${latest.number} (${formatDate(latest.publishedAt)})`) : null,
      h("div", { class: "scroll" }, h("table", { id: "downloads" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("dataset")), h("th", { scope: "col" }, t("description")), h("th", { scope: "col" }, t("formats")))),
        h("tbody", {}, ...[...byDataset].map(([set, links]) => h("tr", {},
          h("th", { scope: "row" }, set),
          h("td", {}, describe.get(set)?.description ?? ""),
          h("td", { class: "formats" }, ...links.flatMap((l, i) => [i > 0 ? " · " : "", h("a", { href: l.url, download: "" }, l.format.toUpperCase())])))))))),
    h("section", { "aria-labelledby": "feed-h" },
      h("h2", { id: "feed-h" }, t("feed")),
      h("p", {}, t("feedText"), h("a", { href: dataset.feedUrl, type: "application/atom+xml" }, dataset.feedUrl))),
    h("section", { "aria-labelledby": "editions-h" },
      h("h2", { id: "editions-h" }, t("editions")),
      h("p", {}, t("citeIntro")),
      ...editions.nodes.map((e) => h("article", { class: "edition", "aria-labelledby": `edition-${e.number}` },
        h("h3", { id: `edition-${e.number}` }, `${t("edition")} ${e.number}`),
        h("dl", { class: "profile" },
          h("dt", {}, t("published")), h("dd", {}, formatDate(e.publishedAt)),
          h("dt", {}, t("reason")), h("dd", {}, e.reason),
          h("dt", {}, t("awards")), h("dd", {}, formatNumber(e.awardCount, 0)),
          h("dt", {}, t("observations")), h("dd", {}, formatNumber(e.observationCount, 0)),
          h("dt", {}, t("hash")), h("dd", {}, h("code", { class: "hash" }, e.contentHash)),
          h("dt", {}, t("cite")), h("dd", {}, h("q", { class: "citation" },
            `GreenCommunity open data, edition ${e.number} (${e.publishedAt.slice(0, 10)}), ${dataset.licence.id.replace(/-/g, " ")}`)),
          h("dt", {}, t("downloads")), h("dd", {}, ...["awards", "observations", "gate-verdicts"].flatMap((set, i) =>
            [i > 0 ? " · " : "", h("a", { href: `/downloads/${set}.csv?edition=${e.number}`, download: "" }, `${set}.csv`)])))))),
    h("section", { "aria-labelledby": "dictionary-h" },
      h("h2", { id: "dictionary-h" }, t("dictionary"), " ", h("a", { href: dataset.dictionaryUrl, class: "small" }, "JSON")),
      ...dataset.dictionary.map((d) => h("details", {},
        h("summary", {}, `${d.name} — ${d.description}`),
        h("div", { class: "scroll" }, h("table", {},
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("column")), h("th", { scope: "col" }, t("type")), h("th", { scope: "col" }, t("description")))),
          h("tbody", {}, ...d.columns.map((c) => h("tr", {}, h("td", {}, h("code", {}, c.name)), h("td", {}, c.type), h("td", {}, c.description)))))))),
      h("h3", {}, t("indicatorsList")),
      h("div", { class: "scroll" }, h("table", {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("indicator")), h("th", { scope: "col" }, t("unit")), h("th", { scope: "col" }, t("description")))),
        h("tbody", {}, ...dataset.indicators.map((i) => h("tr", {},
          h("td", {}, name(i.name), h("br"), h("code", {}, i.code)), h("td", {}, i.unit), h("td", {}, i.description))))))));
};
