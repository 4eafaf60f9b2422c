// The awarded communities of a year on the districts as they were that year (the former Dongshan and Fangcun before
// 2005). No tile server is reachable, so the only background is the approximate outlines shipped in
// src/data/districts-approximate.geo.json, drawn with Leaflet. Loaded only when the map is opened.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import districts from "../data/districts-approximate.geo.json";
import { h, replace } from "../dom";
import { name, t } from "../i18n";
import { isLevel, titles, years } from "../data";
import { navigate, type Page } from "../main";
import { controls } from "./titles";

type DistrictProperties = { code: string; name_zh: string; name_en: string; validFrom: string | null; validTo: string | null; former: boolean };

const colours = { CITY: "#0b6e2f", DISTRICT: "#8a4b00" } as const;

export const renderMap: Page = async (main, route, isCurrent) => {
  const { years: all, latest } = await years();
  const yearParam = route.params.get("year");
  const year = yearParam === "all" ? undefined : yearParam && all.includes(Number(yearParam)) ? Number(yearParam) : latest;
  const levelParam = route.params.get("level");
  const level = isLevel(levelParam) ? levelParam : undefined;
  const list = await titles(year, level, undefined);
  if (!isCurrent()) return;

  // The districts as they stood at the end of the year shown (today's for "all years").
  const day = year === undefined ? new Date().toISOString().slice(0, 10) : `${year}-12-31`;
  const shown = {
    ...districts,
    features: districts.features.filter((f) => {
      const p = f.properties as DistrictProperties;
      return (!p.validFrom || p.validFrom <= day) && (!p.validTo || day < p.validTo);
    }),
  } as GeoJSON.FeatureCollection;

  const mapElement = h("div", { id: "map", class: "map", role: "region", "aria-label": t("mapLabel", { year: year ?? t("allYears") }) });
  const located = list.nodes.filter((n) => n.community.location);
  replace(main,
    h("h1", {}, `${t("mapHeading")} · ${year ?? t("allYears")}`),
    controls(all, year, level, undefined, (next) => navigate("map", next, true), false),
    h("p", { class: "note", id: "map-approximate" }, t("mapApproximate")),
    h("div", { class: "legend" },
      h("span", { class: "dot city" }), t("CITY"), " ", h("span", { class: "dot district" }), t("DISTRICT")),
    mapElement,
    h("h2", {}, t("mapList"), ` (${list.nodes.length})`),
    h("ul", { class: "titles compact" }, ...list.nodes.map((n) => h("li", {},
      h("a", { href: `#/community/${encodeURIComponent(n.community.code)}` }, name(n.community.name)),
      " ", h("span", { class: "meta" }, `${t(n.level)} · ${name(n.districtAtAward.name)}${n.community.location ? "" : ` · ${t("noLocation")}`}`)))));

  const map = L.map(mapElement, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
  const outlines = L.geoJSON(shown, {
    style: (feature) => ({
      color: "#40604a", weight: 1.5, fillColor: (feature?.properties as DistrictProperties).former ? "#f4ead2" : "#e3efe5", fillOpacity: 0.8,
      dashArray: "4 3",
    }),
    onEachFeature: (feature, layer) => {
      const p = feature.properties as DistrictProperties;
      layer.bindTooltip(name({ zh: p.name_zh, en: p.name_en.replace(/ District$/, "") }), { permanent: true, direction: "center", className: "district-label" });
    },
  }).addTo(map);
  map.fitBounds(outlines.getBounds(), { padding: [8, 8] });

  for (const award of located) {
    const { latitude, longitude } = award.community.location!;
    L.circleMarker([latitude, longitude], { radius: 6, color: "#ffffff", weight: 1.5, fillColor: colours[award.level], fillOpacity: 1, className: "gc-point" })
      .bindTooltip(`${name(award.community.name)} · ${t(award.level)} ${award.year}`)
      .on("click", () => { location.hash = `#/community/${encodeURIComponent(award.community.code)}`; })
      .addTo(map);
  }
};
