// Drives the built portal in headless Chromium (the system's, through puppeteer-core) the way a resident or a reporter
// would, checks accessibility with axe-core in the same browser, and prints what it saw as one JSON line for the API's
// test (tests/Api.Tests/Portal/PortalInBrowserTests.cs) to assert on.
// Usage: node e2e/portal.mjs <http://host:port> [--screenshot <file.png>]   (CHROMIUM_PATH, default /usr/bin/chromium)
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const base = process.argv[2]?.replace(/\/$/, "");
if (!base) throw new Error("Usage: node e2e/portal.mjs <http://host:port> [--screenshot <file.png>]");
const screenshotAt = process.argv.indexOf("--screenshot");
const screenshot = screenshotAt > 0 ? process.argv[screenshotAt + 1] : undefined;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-extensions", "--lang=en-US"],
});
const facts = {};
try {
  const page = await browser.newPage();
  await page.setBypassCSP(true); // only so axe-core can be injected; the portal's own scripts are all 'self'
  await page.setViewport({ width: 1200, height: 900 });
  page.setDefaultTimeout(20000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  // Everything the first visit to / loads, until the list is shown.
  const requests = [];
  const recording = [];
  page.on("response", (response) => {
    const request = response.request();
    recording.push((async () => {
      const entry = { url: response.url(), method: request.method(), type: request.resourceType(), status: response.status(), cacheControl: response.headers()["cache-control"] ?? null };
      if (entry.type === "script") entry.bytes = (await response.buffer().catch(() => Buffer.alloc(0))).length;
      requests.push(entry);
    })());
  });
  await page.goto(`${base}/`, { waitUntil: "load" });
  await page.waitForSelector("#title-count");
  await page.waitForNetworkIdle({ idleTime: 300 });
  await Promise.all(recording);
  const graphql = requests.filter((r) => new URL(r.url).pathname === "/graphql");
  facts.home = {
    heading: await page.$eval("h1", (e) => e.textContent),
    count: await page.$eval("#title-count", (e) => e.textContent),
    cityTitles: await page.$$eval("section.level[aria-labelledby='level-CITY'] li", (items) => items.length),
    cityYears: await page.$$eval("section.level[aria-labelledby='level-CITY'] li .meta", (items) => [...new Set(items.map((i) => i.textContent.slice(0, 4)))]),
    scriptBytes: requests.filter((r) => r.type === "script").reduce((sum, r) => sum + r.bytes, 0),
    scripts: requests.filter((r) => r.type === "script").map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes, cacheControl: r.cacheControl })),
    graphql: graphql.map((r) => {
      const url = new URL(r.url);
      return { method: r.method, status: r.status, documentId: url.searchParams.get("documentId"), hasQuery: url.searchParams.has("query"), cacheControl: r.cacheControl };
    }),
  };
  facts.axe = { home: await axe(page) };

  // Phone: nothing wider than the screen.
  await page.setViewport({ width: 375, height: 740, isMobile: true });
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#title-count");
  facts.phone = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  await page.setViewport({ width: 1200, height: 900 });

  // Search in Chinese, then in English (all years).
  facts.search = {};
  for (const term of ["侨苑", "Qiaoyuan"]) {
    await page.goto(`${base}/#/`, { waitUntil: "load" });
    await page.waitForSelector("#search");
    await page.select("#year", "all");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("All years") || document.querySelector("h1")?.textContent?.includes("全部年份"));
    await page.waitForSelector("#search");
    await page.type("#search", term);
    await page.keyboard.press("Enter");
    await page.waitForFunction((t) => decodeURIComponent(location.hash).includes(`q=${t}`) && document.querySelector("#title-count"), {}, term);
    await page.waitForNetworkIdle({ idleTime: 200 });
    facts.search[term] = await page.$$eval("li[data-code]", (items) => items.map((i) => ({ code: i.dataset.code, text: i.textContent })));
  }

  // The map of 2002: the former districts' outlines and a point per located award.
  await page.goto(`${base}/#/map?year=2002`, { waitUntil: "load" });
  await page.waitForSelector("path.gc-point");
  facts.map = {
    points: await page.$$eval("path.gc-point", (p) => p.length),
    districts: await page.$$eval(".district-label", (labels) => labels.map((l) => l.textContent)),
    approximateNote: await page.$eval("#map-approximate", (e) => e.textContent),
  };
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, "-map.png") });
  facts.axe.map = await axe(page);

  // A community's history (the district at award may be a former one), its published practices and funding, all in
  // one GraphQL request.
  const communityRequests = [];
  const onCommunityRequest = (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/graphql") communityRequests.push({ method: request.method(), operationName: url.searchParams.get("operationName"), hasQuery: url.searchParams.has("query"), documentId: url.searchParams.get("documentId") });
  };
  page.on("request", onCommunityRequest);
  await page.goto(`${base}/#/community/YX-QIAOYUAN`, { waitUntil: "load" });
  await page.waitForSelector("#history");
  await page.waitForSelector("#chart canvas");
  await page.waitForSelector("#extras");
  await page.waitForNetworkIdle({ idleTime: 300 });
  page.off("request", onCommunityRequest);
  const cellTexts = (selector) => page.$$eval(selector, (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  facts.community = {
    heading: await page.$eval("h1", (e) => e.textContent),
    history: await cellTexts("#history tbody tr"),
    chart: await page.$$eval("#chart canvas", (c) => c.length),
    extras: await page.$$eval("#extras", (e) => e.length),
    graphql: communityRequests,
    practicesCaption: await page.$eval("#practices caption", (e) => e.textContent),
    practicesHeaders: await page.$$eval("#practices thead th[scope=col]", (c) => c.map((e) => e.textContent)),
    practices: await cellTexts("#practices tbody tr"),
    fundingCaption: await page.$eval("#funding caption", (e) => e.textContent),
    fundingHeaders: await page.$$eval("#funding thead th[scope=col]", (c) => c.map((e) => e.textContent)),
    funding: await cellTexts("#funding tbody tr"),
    change: await page.$$eval("table.funding-change", (tables) => tables.map((t) => ({
      caption: t.caption.textContent,
      rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
    }))),
  };
  facts.axe.community = await axe(page);
  // On a phone the tables read as labelled rows, no wider than the screen.
  await page.setViewport({ width: 375, height: 740, isMobile: true });
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#funding");
  facts.community.phone = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    firstFundingCell: getComputedStyle(document.querySelector("#funding tbody td"), "::before").content,
  }));
  facts.axe.communityPhone = await axe(page);
  await page.setViewport({ width: 1200, height: 900 });
  // In Chinese.
  await page.goto(`${base}/#/community/YX-QIAOYUAN`, { waitUntil: "load" });
  await page.waitForSelector("#extras");
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN" && document.querySelector("#extras"));
  facts.community.zh = {
    extras: await page.$eval("#extras-h", (e) => e.textContent),
    practiceKinds: await page.$$eval("#practices tbody tr", (rows) => rows.map((r) => r.cells[1].textContent)),
    fundingHeaders: await page.$$eval("#funding thead th[scope=col]", (c) => c.map((e) => e.textContent)),
    fundingPurpose: await page.$eval("#funding tbody td:nth-child(3)", (e) => e.textContent),
  };
  facts.axe.communityZh = await axe(page);
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.lang === "en" && document.querySelector("#extras"));
  // A community with neither practices nor funding published says so.
  await page.goto(`${base}/#/community/LW-SHAMIAN`, { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("Shamian") && document.querySelector("#extras"));
  facts.emptyCommunity = {
    heading: await page.$eval("h1", (e) => e.textContent),
    practices: await page.$eval("#no-practices", (e) => e.textContent),
    funding: await page.$eval("#no-funding", (e) => e.textContent),
    tables: await page.$$eval("#extras table", (t) => t.length),
  };
  facts.axe.emptyCommunity = await axe(page);

  // Publicity: an open notice's candidates, and an objection filed through the form.
  await page.goto(`${base}/#/publicity`, { waitUntil: "load" });
  await page.waitForSelector("article.notice, main p");
  await page.waitForFunction(() => document.querySelector("h1"));
  facts.publicity = {
    notices: await page.$$eval("article.notice", (n) => n.map((a) => ({ open: a.classList.contains("open"), candidates: a.querySelectorAll("details li").length, deadline: a.querySelector(".deadline")?.textContent }))),
  };
  facts.axe.publicity = await axe(page);
  if (await page.$("form.objection")) {
    await page.click("form.objection button[type=submit]");
    await page.waitForFunction(() => document.querySelector("form.objection .answer")?.textContent);
    facts.publicity.emptyAnswer = await page.$eval("form.objection .answer", (e) => e.textContent);
    await page.type("form.objection textarea[name=reasons]", "The community's waste-sorting bins were not in use when I visited in November (browser test).");
    await page.click("form.objection button[type=submit]");
    await page.waitForFunction(() => document.querySelector("form.objection .answer.ok, form.objection .answer.error"));
    facts.publicity.answer = await page.$eval("form.objection .answer", (e) => ({ text: e.textContent, ok: e.classList.contains("ok") }));
    // Once more from the same address: past the anonymous budget, the answer says so.
    await page.evaluate(() => { document.querySelector("form.objection .answer").className = "answer"; });
    await page.type("form.objection textarea[name=reasons]", "A second objection from the same address (browser test).");
    await page.click("form.objection button[type=submit]");
    await page.waitForFunction(() => document.querySelector("form.objection .answer.ok, form.objection .answer.error"));
    facts.publicity.secondAnswer = await page.$eval("form.objection .answer", (e) => ({ text: e.textContent, ok: e.classList.contains("ok") }));
  }

  // Open data.
  await page.goto(`${base}/#/open-data`, { waitUntil: "load" });
  await page.waitForSelector("#downloads");
  facts.openData = {
    downloads: await page.$$eval("#downloads a", (links) => links.map((a) => a.getAttribute("href"))),
    citations: await page.$$eval(".citation", (c) => c.map((e) => e.textContent)),
    hashes: await page.$$eval("code.hash", (c) => c.map((e) => e.textContent)),
  };
  facts.axe.openData = await axe(page);

  // The language switch, on the list.
  await page.goto(`${base}/#/`, { waitUntil: "load" });
  await page.waitForSelector("#title-count");
  const before = await page.evaluate(() => ({ lang: document.documentElement.lang, heading: document.querySelector("h1").textContent, nav: document.querySelector("nav a").textContent }));
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN" && document.querySelector("#title-count"));
  const after = await page.evaluate(() => ({ lang: document.documentElement.lang, heading: document.querySelector("h1").textContent, nav: document.querySelector("nav a").textContent, firstTitle: document.querySelector("li[data-code] a")?.textContent }));
  facts.axe.homeZh = await axe(page);
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#title-count");
  const kept = await page.evaluate(() => document.documentElement.lang);
  await page.click("#lang");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  facts.language = { before, after, keptAfterReload: kept };

  if (screenshot) {
    await page.goto(`${base}/#/`, { waitUntil: "load" });
    await page.waitForSelector("#title-count");
    await page.waitForNetworkIdle({ idleTime: 300 });
    await page.screenshot({ path: screenshot });
  }
  facts.errors = errors;
} finally {
  await browser.close();
}
console.log(JSON.stringify(facts));

/** axe-core's serious and critical violations on the page as it is now. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}
