"""Turns the figures of bench/run.sh into the Markdown table of docs/benchmarks.md."""
import json
import os
import platform
import subprocess
import sys

figures_path, peak_kb, scale, seed, connections, duration, db, downloads_path = sys.argv[1:9]
rows = [json.loads(line) for line in open(figures_path, encoding="utf-8")]
by_name = {row["operation"]: row for row in rows}


def cpu():
    for line in open("/proc/cpuinfo", encoding="utf-8"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def mean(names, key):
    values = [by_name[n]["figures"][key] for n in names if n in by_name]
    return sum(values) / len(values)


dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
print(f"Scale {scale} (seed {seed}), SQLite file {os.path.basename(db)} ({os.path.getsize(db) / 2**20:.0f} MiB); "
      f"{connections} connections, 2 wrk threads, {duration} s per run; {os.cpu_count()} cores ({cpu()}), .NET SDK {dotnet}.")
print()
print("SQL commands per request are counted by the API itself (X-Sql-Commands); 0 for a cache hit.")
print()
print("| operation | requests/s | p50 ms | p95 ms | p99 ms | SQL commands per request | non-2xx | GraphQL errors | conflicts |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for row in rows:
    f = row["figures"]
    print(f"| {row['operation']} | {f['rps']:.0f} | {f['p50_ms']:.1f} | {f['p95_ms']:.1f} | {f['p99_ms']:.1f} | {row['sql'] if row['sql'] is not None else '–'} | {f['non_2xx']} | {f['graphql_errors']} | {f['conflicts']} |")
print()
baseline = ["baseline-round-1", "baseline-round-2"]
for label, names in (("as served (public result cache on)", ["journalist-round-1", "journalist-round-2"]),
                     ("computed on every request (cache off)", ["journalist-uncached-round-1", "journalist-uncached-round-2"])):
    throughput = mean(names, "rps") / mean(baseline, "rps")
    p99 = mean(names, "p99_ms") / mean(baseline, "p99_ms")
    print(f"- Journalist's list {label}, vs the baseline (means of two alternating rounds): throughput **{throughput:.2f}x** "
          f"(target at least 0.70x), p99 latency **{p99:.2f}x** (target at most 1.50x).")
print()
print(f"API process peak resident memory (VmHWM) over the GraphQL runs: {int(peak_kb) / 1024:.0f} MiB.")
downloads = json.load(open(downloads_path, encoding="utf-8"))
print()
print(f"Bulk download of every published observation as CSV ({downloads['bytes'] / 2**20:.0f} MiB, {downloads['seconds']:.1f} s), "
      f"four times in a row: the API's peak resident memory went from {downloads['peak_before_kb'] / 1024:.0f} MiB to "
      f"{downloads['peak_after_kb'] / 1024:.0f} MiB.")
