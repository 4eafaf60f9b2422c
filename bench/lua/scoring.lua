-- The scoring mutation under load: each request sends the evaluation version last seen in a response, as a real
-- client would after reading, so requests that raced with another one get CONFLICT (counted) and the rest score.
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
local template = f:read("*a")
f:close()
local token = os.getenv("TOKEN")
local version = tonumber(os.getenv("START_VERSION") or "0")
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. token }

threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  conflicts = 0
  errors_in_body = 0
end

function request()
  local body = template:gsub('"evaluationVersion": ?%d+', '"evaluationVersion": ' .. version)
  return wrk.format("POST", "/graphql", headers, body)
end

function response(status, headers, body)
  local seen = body and body:match('"version":(%d+)')
  if seen then
    version = tonumber(seen)
  end
  if body and body:find('"CONFLICT"', 1, true) then
    conflicts = conflicts + 1
  elseif body and body:find('"errors":%[{') then
    errors_in_body = errors_in_body + 1
  end
end

done = dofile("bench/lua/done.lua")
