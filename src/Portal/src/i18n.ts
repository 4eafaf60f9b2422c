// The portal's two languages. Names from the API come in both (LocalizedText); everything else is here.
export type Lang = "zh" | "en";

const strings = {
  siteName: { zh: "绿色社区", en: "Green Community" },
  skip: { zh: "跳到正文", en: "Skip to content" },
  switchTo: { zh: "English", en: "中文" },
  switchLabel: { zh: "Switch to English", en: "切换到中文" },
  navMain: { zh: "主导航", en: "Main" },
  navTitles: { zh: "称号", en: "Titles" },
  navMap: { zh: "地图", en: "Map" },
  navPublicity: { zh: "公示与异议", en: "Publicity" },
  navOpenData: { zh: "开放数据", en: "Open data" },
  loading: { zh: "正在加载…", en: "Loading…" },
  failed: { zh: "无法加载数据：", en: "Could not load the data: " },
  sample: { zh: "示例数据：依据该市2002年工作报告编制，非官方记录。", en: "Sample data modelled on the city's 2002 report, not an official record." },
  footerApi: { zh: "数据接口", en: "GraphQL API" },
  footerLicence: { zh: "数据许可：CC BY 4.0", en: "Data licence: CC BY 4.0" },
  titlesHeading: { zh: "绿色社区称号", en: "Green Community titles" },
  titlesIntro: { zh: "按级别和授予时所在区列出已公布的称号。", en: "Published titles by level and by the district they were awarded in." },
  year: { zh: "年份", en: "Year" },
  allYears: { zh: "全部年份", en: "All years" },
  level: { zh: "级别", en: "Level" },
  allLevels: { zh: "全部级别", en: "All levels" },
  CITY: { zh: "市级", en: "City level" },
  DISTRICT: { zh: "区级", en: "District level" },
  search: { zh: "按名称搜索（中文或英文）", en: "Search by name (Chinese or English)" },
  searchButton: { zh: "搜索", en: "Search" },
  clear: { zh: "清除", en: "Clear" },
  count: { zh: "共 {n} 个称号", en: "{n} titles" },
  none: { zh: "没有符合条件的称号。", en: "No titles match." },
  more: { zh: "还有更多结果，请缩小搜索范围。", en: "More results exist: narrow the search." },
  score: { zh: "得分", en: "Score" },
  community: { zh: "社区", en: "Community" },
  districtAtAward: { zh: "授予时所在区", en: "District at award" },
  districtNow: { zh: "现属区", en: "District today" },
  mapHeading: { zh: "获奖社区地图", en: "Map of awarded communities" },
  mapApproximate: { zh: "区界为近似示意，不是测绘边界。2005年前显示原东山区、芳村区。", en: "District outlines are approximate sketches, not surveyed boundaries. Years before 2005 show the former Dongshan and Fangcun districts." },
  mapLabel: { zh: "地图：{year}年获奖社区", en: "Map: communities awarded in {year}" },
  mapList: { zh: "地图上的社区", en: "Communities on the map" },
  noLocation: { zh: "无位置", en: "no location" },
  profile: { zh: "概况", en: "Profile" },
  kind: { zh: "类型", en: "Kind" },
  HISTORIC: { zh: "老城区社区", en: "Historic old-town" },
  NEW_ESTATE: { zh: "新建住宅区", en: "New residential estate" },
  URBAN_CENTRE: { zh: "城市中心社区", en: "Urban centre" },
  FARMERS_NEW_VILLAGE: { zh: "农民新村", en: "Farmers' new village" },
  gated: { zh: "封闭式", en: "Gated" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  coBuilt: { zh: "共建", en: "Co-built with" },
  NONE: { zh: "无", en: "None" },
  ARMY: { zh: "军民共建", en: "The army" },
  POLICE: { zh: "警民共建", en: "The police" },
  commercial: { zh: "商品房小区（物业管理）", en: "Commercial estate with property management" },
  households: { zh: "户数", en: "Households" },
  occupancy: { zh: "入住率", en: "Occupancy" },
  street: { zh: "街道", en: "Street" },
  history: { zh: "称号记录", en: "Titles" },
  validUntil: { zh: "有效期至", en: "Valid until" },
  revoked: { zh: "已撤销", en: "Revoked" },
  noTitles: { zh: "暂无已公布的称号。", en: "No published titles." },
  indicators: { zh: "指标时间序列", en: "Indicators over time" },
  indicator: { zh: "指标", en: "Indicator" },
  value: { zh: "数值", en: "Value" },
  noObservations: { zh: "暂无已公布的指标数据。", en: "No published indicator values." },
  chartLabel: { zh: "{name}随年份变化的折线图", en: "Line chart of {name} by year" },
  extras: { zh: "实践与资金", en: "Practices and funding" },
  practices: { zh: "实践", en: "Practices" },
  practicesCaption: { zh: "{name}已公布的实践", en: "Published practices of {name}" },
  noPractices: { zh: "暂无已公布的实践记录。", en: "No published practices." },
  practice: { zh: "实践", en: "Practice" },
  dates: { zh: "时间", en: "Dates" },
  since: { zh: "{date}起", en: "Since {date}" },
  evidence: { zh: "证据", en: "Evidence" },
  source: { zh: "来源：", en: "Source: " },
  countOf: { zh: "数量：{n}", en: "Count: {n}" },
  moreItems: { zh: "共 {total} 条，此处列出 {shown} 条。", en: "Showing {shown} of {total}." },
  sampleRecord: { zh: "示例数据", en: "Sample data" },
  GREEN_FAMILY_AWARD: { zh: "“绿色家庭”评比", en: "\"Green family\" awards" },
  WILDLIFE_SHOP_AGREEMENT: { zh: "商铺不售野生动植物协议", en: "Shop agreements on protected wildlife" },
  WASTE_SORTING: { zh: "垃圾分类", en: "Waste sorting" },
  NOISE_MONITORING_DISPLAY: { zh: "噪声监测显示屏", en: "Noise-monitoring display" },
  VOLUNTEER_GROUP: { zh: "环保志愿者队伍", en: "Volunteer group" },
  RESIDENT_FORUM: { zh: "居民环保论坛", en: "Residents' forum" },
  funding: { zh: "资金", en: "Funding" },
  fundingCaption: { zh: "{name}获得的已公布资金", en: "Published funding received by {name}" },
  noFunding: { zh: "暂无已公布的资金记录。", en: "No published funding." },
  payer: { zh: "出资方", en: "Payer" },
  payerCity: { zh: "市", en: "The city" },
  purpose: { zh: "用途", en: "Purpose" },
  amount: { zh: "金额（元）", en: "Amount (yuan)" },
  note: { zh: "说明", en: "Note" },
  total: { zh: "合计", en: "Total" },
  FACILITIES: { zh: "设施", en: "Facilities" },
  ENVIRONMENTAL_CULTURE: { zh: "环境文化", en: "Environmental culture" },
  TRAINING: { zh: "培训", en: "Training" },
  EDUCATION_ONLY: { zh: "仅宣传教育（“软”扶持）", en: "Education only (\"soft\" support)" },
  fundingCategory: { zh: "资金扶持类别", en: "Funding category" },
  POORLY_EQUIPPED: { zh: "设施薄弱（重点扶持）", en: "Poorly equipped (key support)" },
  WELL_EQUIPPED_NON_COMMERCIAL: { zh: "设施较好的非商品房社区（部分扶持）", en: "Well equipped, not commercial (partial support)" },
  COMMERCIAL_FULLY_MANAGED: { zh: "物业管理完善的商品房小区（只作宣传教育）", en: "Commercial estate, fully managed (education only)" },
  changeCaption: { zh: "{year}年资金前后的指标值：{before}年与{year}年", en: "Indicator values the year before and the year of the {year} funding" },
  change: { zh: "变化", en: "Change" },
  changeNote: { zh: "以上为已公布的指标值，并列以供对照；变化并不等于资金的效果。", en: "Published values side by side for comparison; a change is not a measure of what the money did." },
  notFound: { zh: "找不到该社区。", en: "No such community." },
  publicityHeading: { zh: "公示与异议", en: "Publicity notices and objections" },
  publicityIntro: { zh: "候选名单公示期间，任何人都可以对候选社区提出异议。", en: "While a candidate list is announced, anyone may object to a candidate." },
  openNotice: { zh: "公示中", en: "Open to objection" },
  closedNotice: { zh: "已结束", en: "Closed" },
  openedOn: { zh: "公示日期", en: "Announced" },
  deadline: { zh: "异议截止日期", en: "Objection deadline" },
  candidates: { zh: "候选社区", en: "Candidates" },
  noNotices: { zh: "目前没有公示。", en: "No publicity notices." },
  objectHeading: { zh: "提出异议", en: "File an objection" },
  objectCandidate: { zh: "候选社区", en: "Candidate" },
  objectReasons: { zh: "异议理由（必填）", en: "Reasons (required)" },
  objectEvidence: { zh: "证据（可选）", en: "Evidence (optional)" },
  objectContact: { zh: "联系方式（可选，只供市里回复，不会公开）", en: "Contact (optional; for the city's reply only, never published)" },
  objectSubmit: { zh: "提交异议", en: "Submit objection" },
  objectSending: { zh: "正在提交…", en: "Sending…" },
  objectReceived: { zh: "异议已收到。回执编号：{ref}，提交时间：{at}。", en: "Objection received. Reference: {ref}, filed {at}." },
  objectRateLimited: { zh: "提交过于频繁，请稍后再试。", en: "Too many objections from this address: please try again later." },
  objectDeadline: { zh: "异议期已过，无法再提交。", en: "The objection period has ended: objections are no longer accepted." },
  objectInvalid: { zh: "请检查填写内容：", en: "Please check the form: " },
  objectOther: { zh: "未能提交：", en: "Not filed: " },
  objectReasonsMissing: { zh: "请填写异议理由。", en: "Please give your reasons." },
  openDataHeading: { zh: "开放数据", en: "Open data" },
  openDataIntro: { zh: "所有公开数据均可下载，无需登录。", en: "Everything public can be downloaded, without signing in." },
  downloads: { zh: "下载", en: "Downloads" },
  dataset: { zh: "数据集", en: "Dataset" },
  formats: { zh: "格式", en: "Formats" },
  licence: { zh: "许可", en: "Licence" },
  latestEdition: { zh: "最新版本", en: "Latest edition" },
  feed: { zh: "发布订阅（Atom）", en: "Publication feed (Atom)" },
  feedText: { zh: "新版本和公示会出现在订阅中：", en: "New editions and publicity notices appear in the feed: " },
  editions: { zh: "版本", en: "Editions" },
  edition: { zh: "版本", en: "Edition" },
  published: { zh: "发布时间", en: "Published" },
  reason: { zh: "原因", en: "Reason" },
  hash: { zh: "内容哈希（SHA-256）", en: "Content hash (SHA-256)" },
  awards: { zh: "称号", en: "Awards" },
  observations: { zh: "指标值", en: "Values" },
  cite: { zh: "引用方式", en: "How to cite" },
  citeIntro: { zh: "引用某一版本时写明版本号和日期，数据不会再变：", en: "Cite an edition by number and date; its data never changes:" },
  dictionary: { zh: "数据字典", en: "Data dictionary" },
  column: { zh: "列", en: "Column" },
  type: { zh: "类型", en: "Type" },
  description: { zh: "说明", en: "Description" },
  unit: { zh: "单位", en: "Unit" },
  indicatorsList: { zh: "指标", en: "Indicators" },
} as const;

export type StringKey = keyof typeof strings;

const stored = (() => {
  try {
    return localStorage.getItem("greencommunity-portal:lang");
  } catch {
    return null;
  }
})();

let current: Lang = stored === "zh" || stored === "en" ? stored : navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";

export const lang = (): Lang => current;

export function setLang(value: Lang): void {
  current = value;
  try {
    localStorage.setItem("greencommunity-portal:lang", value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The string for key in the current language, with {placeholders} filled in. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key][current].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Whether key is one of the portal's strings (for enum values from the API). */
export const has = (key: string): key is StringKey => key in strings;

/** A bilingual name from the API in the current language. */
export const name = (text: { zh: string; en: string }): string => text[current];

export const formatNumber = (value: number, digits = 1): string =>
  new Intl.NumberFormat(current === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: digits }).format(value);

export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat(current === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: iso.length > 10 ? undefined : "UTC" }).format(new Date(iso));
