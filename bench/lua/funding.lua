-- A researcher's funding-outcome question with varying arguments, so no cache can answer twice in a row: each
-- request picks an indicator (from $INDICATORS) and a grouping (a subset of CATEGORY, DISTRICT, YEAR, the empty one
-- giving the city total) at random, and posts statistics.fundingOutcomes to /graphql.
-- Prints one JSON line of figures when done (bench/lua/done.lua).
local indicators = {}
for item in string.gmatch(os.getenv("INDICATORS") or "", "[^,]+") do table.insert(indicators, item) end
local groupings = { "", "CATEGORY", "DISTRICT", "YEAR", "CATEGORY, DISTRICT", "CATEGORY, YEAR", "DISTRICT, YEAR", "CATEGORY, DISTRICT, YEAR" }
local query = 'query Outcomes($indicator: String!, $groupBy: [FundingOutcomeDimension!]!) { statistics { fundingOutcomes(indicator: $indicator, groupBy: $groupBy) { category district { code } year fundedCommunities unfundedCommunities suppressed fundedMeanChange unfundedMeanChange difference }  } }'

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
  local grouping = groupings[math.random(#groupings)]
  local body = string.format('{"query":"%s","variables":{"indicator":"%s","groupBy":[%s]}}', query:gsub('"', '\\"'), indicator,
    (grouping:gsub("(%u+)", '"%1"')))
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function response(status, headers, body)
  if body and body:find('"errors":%[{') then
    errors_in_body = errors_in_body + 1
  end
end

done = dofile("bench/lua/done.lua")
