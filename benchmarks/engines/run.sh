#!/usr/bin/env bash
# The same page (a form of 20 fields, a table of 100 rows) rendered by JSP, Thymeleaf and jte on
# embedded Tomcat + Weld (port 8180 unless PORT is set, 127.0.0.1), measured with wrk in interleaved rounds:
#
#   flock /tmp/fv-8180.lock benchmarks/engines/run.sh [ROUNDS] [SECONDS]    # defaults 7 and 5
#   PORT=8280 benchmarks/engines/run.sh 5 5                                  # a port no test uses
#
# Builds benchmarks/engines (the WAR) and benchmarks/load/tomcat (the launcher), checks that the
# three pages carry the same 100 rows and 21 inputs, warms every page up for 30 s, then measures
# each page for SECONDS per round, rotating which engine goes first. Prints responses/s per
# round and the median per engine, with each engine's median over JSP's. Server on CPU 1, wrk
# on CPU 0 (taskset). Needs JDK 17+, Maven, wrk, taskset, curl.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=${1:-7}
SECONDS_PER=${2:-5}
PORT=${PORT:-8180}
ENGINES=(jsp thymeleaf jte)
OUT="$HERE/target/run-$(date -u +%Y%m%dT%H%M%S)"

(cd "$ROOT" && mvn -B -q ${MAVEN_ARGS:-} -pl benchmarks/engines,benchmarks/load/tomcat -am package -DskipTests)
mkdir -p "$OUT"
TOMCAT="$ROOT/benchmarks/load/tomcat/target"
taskset -c 1 java -Xms1g -Xmx1g -XX:+UseG1GC -cp "$TOMCAT/classes:$TOMCAT/server-lib/*" \
    org.freshview.bench.tomcat.TomcatServer $PORT "$TOMCAT/webapp-lib" "$HERE/target/engines.war" > "$OUT/tomcat.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 240); do grep -q '^started' "$OUT/tomcat.log" && break; kill -0 $SERVER || { cat "$OUT/tomcat.log"; exit 1; }; sleep 0.5; done
grep -q '^started' "$OUT/tomcat.log" || { echo "Tomcat did not start: $OUT/tomcat.log" >&2; exit 1; }

for engine in "${ENGINES[@]}"; do
    page=$(curl -sf "http://127.0.0.1:$PORT/engines/page/$engine")
    rows=$(grep -o '<tr><td>' <<<"$page" | wc -l); inputs=$(grep -o '<input ' <<<"$page" | wc -l)
    escaped=$(grep -c 'Plan &lt;1&gt;' <<<"$page" || true)
    echo "$engine: $(wc -c <<<"$page") bytes, $rows rows, $inputs inputs, escaped: $escaped"
    [ "$rows" = 100 ] && [ "$inputs" = 21 ] && [ "$escaped" -ge 1 ] || { echo "$engine renders another page" >&2; exit 1; }
done
for engine in "${ENGINES[@]}"; do taskset -c 0 wrk -t1 -c16 -d10s "http://127.0.0.1:$PORT/engines/page/$engine" > /dev/null; done
for engine in "${ENGINES[@]}"; do taskset -c 0 wrk -t1 -c16 -d10s "http://127.0.0.1:$PORT/engines/page/$engine" > /dev/null; done

echo "round ${ENGINES[*]}" > "$OUT/rounds.txt"
for round in $(seq "$ROUNDS"); do
    line="$round"
    for i in 0 1 2; do
        engine=${ENGINES[$(( (i + round) % 3 ))]}
        rps=$(taskset -c 0 wrk -t1 -c16 -d"${SECONDS_PER}"s "http://127.0.0.1:$PORT/engines/page/$engine" \
            | awk '/Requests\/sec/ {print int($2)}')
        echo "$engine $rps $round" >> "$OUT/raw.txt"
        echo "round $round $engine $rps responses/s, load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
echo
echo "| engine | median responses/s | min | max | median / JSP's | median of the rounds' ratios to JSP (min-max) |"
echo "|---|---:|---:|---:|---:|---:|"
jsp=$(awk '$1=="jsp" {print $2}' "$OUT/raw.txt" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
for engine in "${ENGINES[@]}"; do
    awk -v e="$engine" -v jsp="$jsp" '$1==e {print $2}' "$OUT/raw.txt" | sort -n | awk -v e="$engine" -v jsp="$jsp" \
        '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "| %s | %d | %d | %d | %.2f ", e, m, a[1], a[NR], m/jsp}'
    # Each round's ratio to the JSP figure of the same round: the machine's load drifts between rounds.
    awk -v e="$engine" '$1=="jsp" {j[$3]=$2} $1==e {x[$3]=$2} END {for (r in x) print x[r]/j[r]}' "$OUT/raw.txt" | sort -g \
        | awk '{a[NR]=$1} END {printf "| %.2f (%.2f-%.2f) |\n", a[int((NR+1)/2)], a[1], a[NR]}'
done
