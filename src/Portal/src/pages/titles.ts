// This year's titles (the latest year with published titles) by level and by the district they were awarded in, with
// search by name in Chinese or English and the past years.
import { h, replace } from "../dom";
import { formatNumber, name, t } from "../i18n";
import { isLevel, titles, years, type Title } from "../data";
import { navigate, type Page } from "../main";

export const renderTitles: Page = async (main, route, isCurrent) => {
  const { years: all, latest } = await years();
  const yearParam = route.params.get("year");
  const year = yearParam === "all" ? undefined : yearParam && all.includes(Number(yearParam)) ? Number(yearParam) : latest;
  const levelParam = route.params.get("level");
  const level = isLevel(levelParam) ? levelParam : undefined;
  const search = route.params.get("q")?.trim() || undefined;
  const list = await titles(year, level, search);
  if (!isCurrent()) return;

  const form = controls(all, year, level, search, (next) => navigate("", next, true), true);
  const heading = year === undefined ? t("allYears") : String(year);
  replace(main,
    h("h1", {}, `${t("titlesHeading")} · ${heading}`),
    h("p", { class: "lead" }, t("titlesIntro")),
    form,
    h("p", { role: "status", class: "count", id: "title-count" }, t("count", { n: list.totalCount })),
    list.nodes.length === 0 ? h("p", {}, t("none")) : groups(list.nodes),
    list.pageInfo.hasNextPage ? h("p", { class: "note" }, t("more")) : null);
};

/** The year, level and search controls; onChange gets the new hash parameters. */
export function controls(all: number[], year: number | undefined, level: string | undefined, search: string | undefined,
  onChange: (params: Record<string, string | undefined>) => void, withSearch: boolean): HTMLFormElement {
  const yearSelect = h("select", { id: "year", name: "year" },
    ...all.map((y) => h("option", { value: y, selected: y === year }, y)),
    h("option", { value: "all", selected: year === undefined }, t("allYears")));
  const levelSelect = h("select", { id: "level", name: "level" },
    h("option", { value: "", selected: !level }, t("allLevels")),
    h("option", { value: "CITY", selected: level === "CITY" }, t("CITY")),
    h("option", { value: "DISTRICT", selected: level === "DISTRICT" }, t("DISTRICT")));
  const searchInput = h("input", { id: "search", name: "q", type: "search", value: search ?? "", autocomplete: "off" });
  const params = () => ({ year: yearSelect.value, level: levelSelect.value || undefined, q: withSearch ? searchInput.value.trim() || undefined : undefined });
  yearSelect.addEventListener("change", () => onChange(params()));
  levelSelect.addEventListener("change", () => onChange(params()));
  const form = h("form", { class: "controls", role: "search", onSubmit: (event: Event) => { event.preventDefault(); onChange(params()); } },
    h("div", { class: "field" }, h("label", { for: "year" }, t("year")), yearSelect),
    h("div", { class: "field" }, h("label", { for: "level" }, t("level")), levelSelect),
    withSearch ? h("div", { class: "field grow" }, h("label", { for: "search" }, t("search")),
      h("div", { class: "inline" }, searchInput, h("button", { type: "submit" }, t("searchButton")))) : null);
  return form;
}

function groups(nodes: Title[]): HTMLElement {
  const container = h("div", { class: "groups" });
  for (const level of ["CITY", "DISTRICT"] as const) {
    const ofLevel = nodes.filter((n) => n.level === level);
    if (ofLevel.length === 0) continue;
    const byDistrict = new Map<string, Title[]>();
    for (const node of ofLevel) {
      const key = node.districtAtAward.code;
      byDistrict.set(key, [...(byDistrict.get(key) ?? []), node]);
    }
    const section = h("section", { class: "level", "aria-labelledby": `level-${level}` },
      h("h2", { id: `level-${level}` }, `${t(level)} (${ofLevel.length})`));
    for (const [, awards] of [...byDistrict].sort(([a], [b]) => a.localeCompare(b))) {
      section.append(h("h3", {}, `${name(awards[0]!.districtAtAward.name)} (${awards.length})`),
        h("ul", { class: "titles" }, ...awards.map((award) => h("li", { "data-code": award.community.code },
          h("a", { href: `#/community/${encodeURIComponent(award.community.code)}` }, name(award.community.name)),
          " ", h("span", { class: "meta" }, `${award.year}`, award.score != null ? ` · ${t("score")} ${formatNumber(award.score)}` : "",
            award.revocation ? ` · ${t("revoked")}` : "")))));
    }
    container.append(section);
  }
  return container;
}
