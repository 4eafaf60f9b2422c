-- Anonymous reads with varying arguments, for bench/soak.sh: each request picks one of four public queries and
-- random arguments (year, page size, level, community, district, thresholds), so the public result cache fills
-- with many distinct answers while repeats still hit. $CODES_FILE and $INDICATORS_FILE list community and
-- indicator codes, one a line.
local codes, districts = {}, {}
for line in io.lines(os.getenv("CODES_FILE")) do
  local code = line:match("^(%d+)")
  if code then
    table.insert(codes, code)
    districts[code:sub(1, 6)] = true
  end
end
local district_list = {}
for d in pairs(districts) do table.insert(district_list, d) end
local indicators = {}
for line in io.lines(os.getenv("INDICATORS_FILE")) do
  if line ~= "" then table.insert(indicators, line) end
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

local function pick(t) return t[math.random(#t)] end

local templates = {
  function()
    return string.format(
      '{"query":"query Journalist($year: Int!, $level: TitleLevel!, $first: Int!) { awards(first: $first, where: { year: { eq: $year }, level: { eq: $level } }, orderBy: [{ field: NAME }]) { totalCount nodes { id year score awardedOn community { code name { zh en } street { name { zh en } } district { code name { zh en } } } districtAtAward { code name { zh en } } } } }","variables":{"year":%d,"level":"%s","first":%d}}',
      math.random(2000, 2024), pick({ "CITY", "DISTRICT" }), 10 * math.random(1, 10))
  end,
  function()
    return string.format(
      '{"query":"query Profile($code: String) { community(code: $code) { id code name { zh en } kind gated households occupancyRate street { name { en } } district { name { en } } awards(first: 20) { totalCount nodes { level year score } } latestObservations { indicator { code unit } year value provenance } } }","variables":{"code":"%s"}}',
      pick(codes))
  end,
  function()
    local from = math.random(2000, 2015)
    return string.format(
      '{"query":"query Series($indicator: String!, $district: String!, $from: Int!, $to: Int!) { observations(first: 100, where: { indicator: { eq: $indicator }, district: { eq: $district }, year: { gte: $from, lte: $to } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value provenance } } }","variables":{"indicator":"%s","district":"%s","from":%d,"to":%d}}',
      pick(indicators), pick(district_list), from, from + math.random(0, 9))
  end,
  function()
    return string.format(
      '{"query":"query Filtered($district: String!, $households: Int!, $first: Int!) { communities(first: $first, where: { district: { eq: $district }, households: { gte: $households } }, orderBy: [{ field: HOUSEHOLDS, direction: DESC }]) { totalCount nodes { code name { en } households street { name { en } } } } }","variables":{"district":"%s","households":%d,"first":%d}}',
      pick(district_list), 100 * math.random(0, 40), 10 * math.random(1, 5))
  end,
}

threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + seed)
  conflicts = 0
  errors_in_body = 0
end

function request()
  return wrk.format("POST", "/graphql", headers, pick(templates)())
end

function response(status, headers, body)
  if body and body:find('"errors":%[{') then
    errors_in_body = errors_in_body + 1
  end
end

done = dofile("bench/lua/done.lua")
