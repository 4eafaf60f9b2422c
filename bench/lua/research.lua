-- A researcher's series with varying arguments, so no cache can answer twice: each request picks an indicator
-- (from $INDICATORS), a district (from $DISTRICTS) and a five-year window at random. MODE=graphql posts the
-- observations query to /graphql; MODE=baseline sends the same question to the hand-written /observations.
-- Prints one JSON line of figures when done (bench/lua/done.lua).
local function split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do table.insert(items, item) end
  return items
end

local indicators = split(os.getenv("INDICATORS"))
local districts = split(os.getenv("DISTRICTS"))
local mode = os.getenv("MODE") or "graphql"
local query = 'query Series($indicator: String!, $district: String!, $from: Int!, $to: Int!) { observations(first: 100, where: { indicator: { eq: $indicator }, district: { eq: $district }, year: { gte: $from, lte: $to } }, orderBy: [{ field: COMMUNITY }, { field: YEAR }]) { totalCount nodes { community { code } year value provenance } } }'

threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  conflicts = 0
  errors_in_body = 0
  math.randomseed(os.time() + #threads * 7919 + math.floor(os.clock() * 1e6))
end

function request()
  local indicator = indicators[math.random(#indicators)]
  local district = districts[math.random(#districts)]
  local from = math.random(2004, 2016)
  local to = from + 4
  if mode == "baseline" then
    return wrk.format("GET", string.format("/observations?indicator=%s&district=%s&from=%d&to=%d", indicator, district, from, to), { ["Accept"] = "application/json" })
  end
  local body = string.format('{"query":"%s","variables":{"indicator":"%s","district":"%s","from":%d,"to":%d}}', query:gsub('"', '\\"'), indicator, district, from, to)
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function response(status, headers, body)
  if body and body:find('"errors":%[{') then
    errors_in_body = errors_in_body + 1
  end
end

done = dofile("bench/lua/done.lua")
