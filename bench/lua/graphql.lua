-- Sends the GraphQL POST body in $BODY_FILE on every request (or GET $PATH_AND_QUERY when $METHOD is GET),
-- with an optional bearer token, and prints one JSON line of figures when done.
local body_file = os.getenv("BODY_FILE")
local token = os.getenv("TOKEN")
if os.getenv("METHOD") == "GET" then
  wrk.method = "GET"
  wrk.path = os.getenv("PATH_AND_QUERY")
else
  local f = assert(io.open(body_file, "r"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.path = "/graphql"
end
wrk.headers["Accept"] = "application/json"
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  conflicts = 0
  errors_in_body = 0
end

function response(status, headers, body)
  if body and body:find('"CONFLICT"', 1, true) then
    conflicts = conflicts + 1
  elseif body and body:find('"errors":%[{') then
    errors_in_body = errors_in_body + 1
  end
end

done = dofile("bench/lua/done.lua")
