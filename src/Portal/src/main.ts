// The portal's shell: navigation, the language switch and a hash router (#/, #/map, #/community/CODE, #/publicity,
// #/open-data), so the API serves one page at / and every view has a link.
import "./style.css";
import { h, replace } from "./dom";
import { lang, setLang, t, type StringKey } from "./i18n";
import { renderTitles } from "./pages/titles";

export type Route = { path: string; params: URLSearchParams };
export type Page = (main: HTMLElement, route: Route, isCurrent: () => boolean) => Promise<void>;

const pages: Record<string, () => Promise<Page>> = {
  "": async () => renderTitles,
  map: async () => (await import("./pages/map")).renderMap,
  community: async () => (await import("./pages/community")).renderCommunity,
  publicity: async () => (await import("./pages/publicity")).renderPublicity,
  "open-data": async () => (await import("./pages/openData")).renderOpenData,
};

const nav: [string, StringKey][] = [["#/", "navTitles"], ["#/map", "navMap"], ["#/publicity", "navPublicity"], ["#/open-data", "navOpenData"]];

let generation = 0;

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?", 2);
  return { path: decodeURIComponent(path ?? ""), params: new URLSearchParams(query ?? "") };
}

/** Sets the hash for path and params without adding a history entry per keystroke. */
export function navigate(path: string, params: Record<string, string | undefined> = {}, replaceEntry = false): void {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  const target = `#/${path}${query ? `?${query}` : ""}`;
  if (replaceEntry) history.replaceState(null, "", target);
  else history.pushState(null, "", target);
  void render();
}

function renderShell(route: Route): void {
  document.documentElement.lang = lang() === "zh" ? "zh-CN" : "en";
  document.title = `${t("siteName")} · ${lang() === "zh" ? "Green Community" : "绿色社区"}`;
  const switcher = document.getElementById("lang")!;
  switcher.textContent = t("switchTo");
  switcher.setAttribute("lang", lang() === "zh" ? "en" : "zh-CN");
  switcher.setAttribute("aria-label", t("switchLabel"));
  document.querySelector<HTMLAnchorElement>(".skip")!.textContent = t("skip");
  const section = route.path.split("/")[0] ?? "";
  const navElement = document.getElementById("nav")!;
  navElement.setAttribute("aria-label", t("navMain"));
  replace(navElement, h("ul", {}, ...nav.map(([href, key]) => {
    const current = href.slice(2) === section || (section === "community" && href === "#/");
    return h("li", {}, h("a", { href, "aria-current": current ? "page" : undefined }, t(key)));
  })));
  replace(document.getElementById("footer")!,
    h("p", {}, t("sample")),
    h("p", {}, h("a", { href: "/graphql" }, t("footerApi")), " · ", h("a", { href: "#/open-data" }, t("footerLicence"))));
}

/** Renders the current route; after a link was followed, moves the focus to the new page, as a page load would. */
async function render(moveFocus = false): Promise<void> {
  const mine = ++generation;
  const route = currentRoute();
  renderShell(route);
  const main = document.getElementById("main")!;
  const load = pages[route.path.split("/")[0] ?? ""] ?? pages[""]!;
  replace(main, h("p", { role: "status" }, t("loading")));
  try {
    const page = await load();
    if (mine === generation) await page(main, route, () => mine === generation);
    if (moveFocus && mine === generation) main.focus();
  } catch (error) {
    if (mine === generation) replace(main, h("p", { role: "alert", class: "error" }, t("failed"), String((error as Error).message ?? error)));
  }
}

document.getElementById("lang")!.addEventListener("click", () => {
  setLang(lang() === "zh" ? "en" : "zh");
  void render();
});
window.addEventListener("hashchange", () => void render(true));
void render();
