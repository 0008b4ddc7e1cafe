#!/usr/bin/env python3
"""Tables from a measure.sh run directory (wrk.txt, filter.txt, uptime.txt): medians over rounds and their spread."""
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1])
KEYS = {("load", "/view"): "view", ("load", "/mapped"): "view-mapped", ("load", "/servlet"): "servlet", ("load", "/cdi"): "cdi",
        ("load-plain", "/servlet"): "servlet-plain", ("load", "/rest/echo"): "rest",
        ("load", "/static.txt"): "static", ("load", "/page/view"): "page-view",
        ("load", "/page/servlet"): "page-servlet", ("load", "/rest/krazo"): "page-krazo"}
ORDER = list(KEYS.values())

wrk = {}  # name -> list of (round, fields)
for line in (out / "wrk.txt").read_text().split("\n"):
    if line.strip():
        f = line.split()
        wrk.setdefault(f[1], {})[int(f[0])] = [float(x) for x in f[2:]]
flt = {}  # name -> round -> (count, b10, b50, b90, c10, c50, c90)
empty = []
for line in (out / "filter.txt").read_text().split("\n"):
    if not line.strip():
        continue
    f = line.split()
    r, app, key = int(f[0]), f[1], f[2]
    if key == "(empty)":
        empty.append([float(x) for x in f[3:]])
        continue
    name = KEYS.get((app, key))
    if name:
        flt.setdefault(name, {})[r] = [float(x) for x in f[3:]]


def spread(values, fmt="{:.0f}"):
    if not values:
        return "-"
    return (fmt + " ({}-{})").format(statistics.median(values), fmt.format(min(values)), fmt.format(max(values)))


def med(values):
    return statistics.median(values) if values else float("nan")


print("Inside the filter chain (MeasureFilter), per request: median over rounds of each round's median "
      "(min-max of the round medians); p10/p90: median over rounds of each round's 10th/90th percentile.\n")
print("| endpoint | requests measured | bytes allocated | p10 | p90 | CPU µs | p10 | p90 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in ORDER:
    rounds = flt.get(name, {})
    if not rounds:
        continue
    v = list(rounds.values())
    print("| {} | {:.0f} | {} | {:.0f} | {:.0f} | {} | {:.1f} | {:.1f} |".format(
        name, sum(x[0] for x in v), spread([x[2] for x in v]), med([x[1] for x in v]), med([x[3] for x in v]),
        spread([x[5] / 1000 for x in v], "{:.1f}"), med([x[4] / 1000 for x in v]), med([x[6] / 1000 for x in v])))
if empty:
    print("\nThe measurement's own cost (the counter reads around nothing, 10,000 times per round): "
          "{:.0f} bytes, {:.2f} µs CPU (medians).".format(med([e[2] for e in empty]), med([e[5] / 1000 for e in empty])))

print("\nThe whole server process (/proc/<pid>/stat utime+stime over each wrk run, per response), throughput "
      "and latency (wrk, 64 connections; medians over rounds, min-max):\n")
print("| endpoint | server CPU µs per response | responses/s | latency p50 µs | p99 µs | p99.9 µs | errors | mismatches |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in ORDER:
    rounds = wrk.get(name, {})
    if not rounds:
        continue
    v = list(rounds.values())
    print("| {} | {} | {} | {} | {} | {} | {:.0f} | {:.0f} |".format(
        name, spread([x[7] for x in v], "{:.1f}"), spread([x[0] for x in v]), spread([x[4] for x in v]),
        spread([x[5] for x in v]), spread([x[6] for x in v]), sum(x[2] for x in v), sum(x[3] for x in v)))


def ratio_rows(label, top, bottom, goal):
    both = sorted(set(wrk.get(top, {})) & set(wrk.get(bottom, {})))
    rps = [wrk[top][r][0] / wrk[bottom][r][0] for r in both if wrk[bottom][r][0] > 0]
    cpu = [wrk[bottom][r][7] / wrk[top][r][7] for r in both if wrk[top][r][7] > 0]
    print("| {} | {} | {} | {} |".format(label, goal, spread(rps, "{:.2f}"), spread(cpu, "{:.2f}")))


print("\nRatios per round (same round, not back to back), median (min-max): throughput, and the inverse of the "
      "server CPU per response (how many more responses the same CPU gives):\n")
print("| ratio | goal | throughput | server CPU per response, inverted |")
print("|---|---:|---:|---:|")
ratio_rows("page: view / Krazo", "page-view", "page-krazo", "1.5")
ratio_rows("page: view / raw servlet", "page-view", "page-servlet", "0.90")
ratio_rows("text: view / raw servlet", "view", "servlet", "0.90")
ratio_rows("text: view under a servlet-mapped prefix / raw servlet", "view-mapped", "servlet", "0.90")
ratio_rows("text: view under a servlet-mapped prefix / view", "view-mapped", "view", "-")
ratio_rows("text: view / RESTEasy", "view", "rest", "1.5")


def diff(a, b, col):
    both = sorted(set(flt.get(a, {})) & set(flt.get(b, {})))
    return [flt[a][r][col] - flt[b][r][col] for r in both]


print("\nDifferences inside the chain, per round (median of round medians, min-max):\n")
print("| difference | what it is | bytes | CPU µs |")
print("|---|---|---:|---:|")
for a, b, what in [("cdi", "servlet", "the CDI container's share: one request-scoped instance taken from the context"),
                   ("view", "cdi", "Freshview's own code beyond a servlet reading the same values into a request-scoped bean"),
                   ("view", "servlet", "the view against the raw servlet (Freshview + CDI)"),
                   ("view-mapped", "view", "the view under a prefix mapped to a servlet, against the same view under the default servlet"),
                   ("servlet", "servlet-plain", "a request no view claims: Freshview's filter and router's miss"),
                   ("page-view", "page-servlet", "rendered page: view against raw servlet")]:
    print("| {} - {} | {} | {} | {} |".format(a, b, what, spread(diff(a, b, 2)),
                                             spread([x / 1000 for x in diff(a, b, 5)], "{:.1f}")))

up = (out / "uptime.txt").read_text().strip().split("\n")
print("\nMachine load at the start of each round:", "; ".join(l.split("load average:")[-1].strip() for l in up))
