"""Writes the soak's report (Markdown) from the files bench/soak.sh leaves in its work folder."""
import csv
import json
import os
import re
import statistics
import sys

work, minutes, connections, write_every, sample, scale, seed = sys.argv[1:8]
idle_rss_kb, after_gc_rss_kb, warnings, errors = (int(x or 0) for x in sys.argv[8:12])
api_env = sys.argv[12] if len(sys.argv) > 12 else ""
mib = lambda kb: kb / 1024

proc = [dict(time=int(r["time"]), rss=int(r["rss_kb"]), threads=int(r["threads"]), fds=int(r["fds"]), conns=int(r["connections"]), others=int(r.get("other_connections") or 0))
        for r in csv.DictReader(open(os.path.join(work, "proc.csv")))]
rounds = [json.loads(line) for line in open(os.path.join(work, "rounds.jsonl")) if line.strip()]
writes = [tuple(int(x) for x in line.split(",")) for line in open(os.path.join(work, "writes.csv")) if line.strip()]


# dotnet-counters CSV: Timestamp,Provider,Counter Name,Counter Type,Mean/Increment. The runtime's counters carry
# their unit and tags in the name, e.g. "dotnet.gc.last_collection.heap.size (By) / gc.heap.generation=gen0".
def read_counters():
    path = os.path.join(work, "counters.csv")
    if not os.path.exists(path):
        return {}
    series = {}
    with open(path) as f:
        for row in csv.reader(f):
            if len(row) < 5 or row[0] == "Timestamp":
                continue
            try:
                value = float(row[4])
            except ValueError:
                continue
            series.setdefault(row[2], []).append((row[0], value))
    return series


counters = read_counters()


def total(prefix, tag=""):
    """The sum of every value of the series whose name starts with prefix (and has tag): a counter's increments."""
    return sum(v for name, points in counters.items() if name.startswith(prefix) and tag in name for _, v in points)


def summed(prefix):
    """Per timestamp, the sum of the series whose name starts with prefix (e.g. a heap's generations)."""
    by_time = {}
    for name, points in counters.items():
        if name.startswith(prefix):
            for t, v in points:
                by_time[t] = by_time.get(t, 0) + v
    return [by_time[t] for t in sorted(by_time)]


heap = summed("dotnet.gc.last_collection.heap.size (")
committed = summed("dotnet.gc.last_collection.memory.committed_size")
cache_entries = summed("greencommunity.result_cache.entries")
cache_bytes = summed("greencommunity.result_cache.size")
cache_limit = summed("greencommunity.result_cache.limit")
dropped = total("greencommunity.result_cache.dropped_stale")
hits_memory = total("greencommunity.result_cache.hits (", "level=memory")
hits_redis = total("greencommunity.result_cache.hits (", "level=redis")
misses = total("greencommunity.result_cache.misses")

live_heap = None
gcdump = os.path.join(work, "gcdump.txt")
if os.path.exists(gcdump):
    text = open(gcdump).read()
    totals = re.findall(r"([\d,]+)\s+GC Heap bytes", text) or re.findall(r"([\d,]+)\s+Total", text)
    if totals:
        live_heap = int(totals[0].replace(",", ""))

start_time = proc[0]["time"] if proc else 0
print(f"# Soak: {minutes} minute(s)\n")
settings = f"with `{api_env}`" if api_env else "default settings"
print(f"One API process (Release, Production, {settings}; {int(cache_limit[-1] / 1048576) if cache_limit else 'n/a'} MiB for cached answers) on loopback, "
      f"SQLite city at scale {scale} (seed {seed}); wrk with {connections} connections of anonymous reads with varying "
      f"arguments (`bench/lua/soak.lua`), and one evaluator writing every {write_every} s (each committed write advances the "
      f"cache generation). Samples every {sample} s.\n")
print("| minute | requests/s | p50 ms | p99 ms | non-2xx | socket errors | writes | RSS MiB (max) | GC heap MiB (max) | cache entries (max) | cache MiB (max) | threads | fds | connections |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
previous_end = start_time
for r in rounds:
    f, end = r["figures"], r["end"]
    window = [p for p in proc if previous_end <= p["time"] <= end] or proc[-1:] or [dict(rss=0, threads=0, fds=0, conns=0, others=0)]
    wrote = [w for w in writes if previous_end <= w[0] <= end]
    ok = (wrote[-1][1] - wrote[0][1] + 1) if len(wrote) > 1 else len(wrote)
    # counters have no epoch timestamps we can align simply: take the share of series that falls in this minute
    n = len(rounds)
    i = r["minute"] - 1
    part = lambda xs: xs[len(xs) * i // n: max(len(xs) * (i + 1) // n, len(xs) * i // n + 1)] if xs else []
    fmt = lambda xs, scale=1048576, digits=0: f"{max(xs) / scale:.{digits}f}" if xs else "n/a"
    print(f"| {r['minute']} | {f['rps']:.0f} | {f['p50_ms']:.1f} | {f['p99_ms']:.1f} | {f['non_2xx']} | {f['socket_errors']} | {ok} "
          f"| {mib(max(p['rss'] for p in window)):.0f} | {fmt(part(heap))} | {fmt(part(cache_entries), 1)} | {fmt(part(cache_bytes), 1048576, 1)} "
          f"| {max(p['threads'] for p in window)} | {max(p['fds'] for p in window)} | {max(p['conns'] for p in window)} |")
    previous_end = end

rss = [p["rss"] for p in proc]
tail = rss[len(rss) * 2 // 3:] or rss
half = proc[len(proc) // 2:]
slope = 0.0
if len(half) > 2:
    xs = [(p["time"] - half[0]["time"]) / 60 for p in half]
    ys = [mib(p["rss"]) for p in half]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0
print()
print(f"- RSS: {mib(rss[0]):.0f} MiB at the first sample, at most {mib(max(rss)):.0f} MiB; steady state (median of the last third of "
      f"the samples) **{mib(statistics.median(tail)):.0f} MiB**; trend over the second half {slope:+.1f} MiB/min.")
if heap:
    print(f"- GC heap after each collection: at most {max(heap) / 1048576:.0f} MiB, median {statistics.median(heap) / 1048576:.0f} MiB"
          + (f"; GC committed memory at most {max(committed) / 1048576:.0f} MiB." if committed else "."))
if cache_bytes:
    print(f"- Public result cache: at most {max(cache_entries):.0f} answers and {max(cache_bytes) / 1048576:.1f} MiB "
          f"(bound {cache_limit[-1] / 1048576:.0f} MiB); answers dropped from memory as stale by writes: {dropped:.0f}; "
          f"hits {hits_memory + hits_redis:.0f}, misses {misses:.0f} (hit ratio {(hits_memory + hits_redis) / max(1, hits_memory + hits_redis + misses):.0%}).")
total_ok = writes[-1][1] if writes else 0
total_failed = writes[-1][2] if writes else 0
requests = sum(r["figures"]["requests"] for r in rounds)
print(f"- Requests: {requests} reads ({sum(r['figures']['non_2xx'] for r in rounds)} non-2xx, "
      f"{sum(r['figures']['graphql_errors'] for r in rounds)} with GraphQL errors); writes committed {total_ok}, refused or failed {total_failed}.")
print(f"- Threads at most {max(p['threads'] for p in proc)}, file descriptors at most {max(p['fds'] for p in proc)}, "
      f"open connections at most {max(p['conns'] for p in proc)} (of which from processes other than wrk and the writer: at most {max(p['others'] for p in proc)}).")
print(f"- After the load: RSS {mib(idle_rss_kb):.0f} MiB after 30 s idle, {mib(after_gc_rss_kb):.0f} MiB after a full GC"
      + (f"; live managed heap {live_heap / 1048576:.0f} MiB." if live_heap else "."))
print(f"- Log lines at Warning: {warnings}; at Error: {errors}.")
