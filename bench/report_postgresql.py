"""Turns the figures of bench/postgresql.sh into the Markdown of docs/benchmarks.md's PostgreSQL section."""
import json
import os
import platform
import subprocess
import sys

figures_path, statements_path, scale, seed, connections, duration, rounds, short = sys.argv[1:9]
rows = [json.loads(line) for line in open(figures_path, encoding="utf-8")]
statements = {s["target"]: s for s in (json.loads(line) for line in open(statements_path, encoding="utf-8") if line.strip())}
targets = list(dict.fromkeys(r["target"] for r in rows))


def cpu_model():
    for line in open("/proc/cpuinfo", encoding="utf-8"):
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def mean(target, value):
    values = [value(r) for r in rows if r["target"] == target]
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def per_request(target, key, scale_by):
    def value(r):
        if r.get(key) is None or not r["figures"]["requests"]:
            return None
        return r[key] * scale_by(r) / r["figures"]["requests"]
    return mean(target, value)


summary = {}
for t in targets:
    summary[t] = {
        "rps": mean(t, lambda r: r["figures"]["rps"]),
        "p50": mean(t, lambda r: r["figures"]["p50_ms"]),
        "p99": mean(t, lambda r: r["figures"]["p99_ms"]),
        "dotnet_ms": per_request(t, "dotnet_ticks", lambda r: 1000 / r["hz"]),
        "pg_ms": per_request(t, "pg_ticks", lambda r: 1000 / r["hz"]),
        "alloc_kib": per_request(t, "allocated", lambda r: 1 / 1024),
        "errors": sum(r["figures"]["non_2xx"] + r["figures"]["socket_errors"] + r["figures"]["graphql_errors"] for r in rows if r["target"] == t),
    }


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
if short == "1":
    print("**Short form (`--short`): a check of the harness, not a measurement.**")
    print()
print(f"PostgreSQL, scale {scale} (seed {seed}); {connections} connections, 2 wrk threads, {duration} s per run, "
      f"{rounds} alternating round(s); {os.cpu_count()} cores ({cpu_model()}), .NET SDK {dotnet}.")
print()
print("| target | requests/s | p50 ms | p99 ms | .NET CPU ms/request | PostgreSQL CPU ms/request | KiB allocated/request | SQL statements/request | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for t in targets:
    s = summary[t]
    st = statements.get(t)
    sql = "0 (cache hit)" if t == "journalist-cached" else ("–" if st is None else
          f"{st['statements']:g}" + (f" + {st['discard_all']:g} `DISCARD ALL`" if st["discard_all"] else "") + (f" ({st['prepared']:g} prepared)" if st["prepared"] else ""))
    print(f"| {t} | {fmt(s['rps'], 0)} | {fmt(s['p50'])} | {fmt(s['p99'])} | {fmt(s['dotnet_ms'], 2)} | {fmt(s['pg_ms'], 2)} | {fmt(s['alloc_kib'], 0)} | {sql} | {s['errors']} |")
print()


def ratio(a, b, key):
    if a not in summary or b not in summary or not summary[b][key]:
        return None
    return summary[a][key] / summary[b][key]


checks = [
    ("Journalist's list computed (cache off) vs tuned hand-written", "journalist-uncached", "journalist-tuned", 0.6, 1.5),
    ("Journalist's list computed (cache off) vs plain hand-written", "journalist-uncached", "journalist-plain", None, None),
    ("Journalist's list as served (cache on) vs tuned hand-written", "journalist-cached", "journalist-tuned", None, None),
    ("Reviewer's queue (signed in) vs tuned hand-written", "queue-api", "queue-tuned", 0.5, 2.0),
    ("Research series, varying arguments, vs tuned hand-written", "research-api", "research-tuned", 0.5, 2.0),
]
for label, a, b, throughput_target, p99_target in checks:
    t, p = ratio(a, b, "rps"), ratio(a, b, "p99")
    if t is None:
        continue
    target_text = f" (target at least {throughput_target:.2f}x throughput, at most {p99_target:.1f}x p99)" if throughput_target else ""
    print(f"- {label}: throughput **{t:.2f}x**, p99 **{p:.2f}x**{target_text}.")
alloc = summary.get("journalist-uncached", {}).get("alloc_kib")
if alloc is not None:
    print(f"- Allocations for the computed journalist's list: **{alloc:,.0f} KiB per request** (target under 300 KiB); "
          f"tuned hand-written: {fmt(summary.get('journalist-tuned', {}).get('alloc_kib'), 0)} KiB.")
