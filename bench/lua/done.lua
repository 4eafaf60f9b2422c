-- Prints one JSON line of figures when a wrk run ends (shared by the scripts).
-- `threads` is the global table the calling script fills in setup().
return function(summary, latency, requests)
  local conflicts_total, errors_total = 0, 0
  for _, thread in ipairs(threads) do
    conflicts_total = conflicts_total + (thread:get("conflicts") or 0)
    errors_total = errors_total + (thread:get("errors_in_body") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,"socket_errors":%d,"non_2xx":%d,"conflicts":%d,"graphql_errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, conflicts_total, errors_total))
end
