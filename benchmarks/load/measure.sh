#!/usr/bin/env bash
# Per-request costs that do not drown in a shared machine's noise: bytes allocated and CPU time
# inside the filter chain (MeasureFilter, from the JDK's per-thread counters), the server
# process's CPU time per response (/proc, everything the server does), throughput and latency
# (p50/p99/p99.9 from wrk), for every endpoint, interleaved, on one WildFly.
#
#   flock /tmp/fv-8080.lock benchmarks/load/measure.sh                 # 5 rounds x 4 s per endpoint
#   flock /tmp/fv-8080.lock benchmarks/load/measure.sh --rounds 9 --round-seconds 5 --no-build
#   ... --no-build --wars /tmp/before --endpoints "view view-mapped servlet"   # other WARs, some endpoints
#   ... --jfr 20    # then one JFR recording per endpoint under load, 20 s each (JfrProfile.java reads them)
#
# The server runs with -Dbench.workNanos=0 (Echo.work does nothing): the costs are the
# frameworks' own. Every round resets the filter's samples, measures each endpoint once (the
# order rotates every round), records `uptime` and reads the per-endpoint medians. Results in
# benchmarks/load/target/measure-<time>/. Needs what run.sh needs. Not part of CI.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=5
ROUND_SECONDS=4
WARMUP_SECONDS=15  # per endpoint, twice: C2 escape analysis changes the byte counts until then (README, run 2)
CONNECTIONS=64
BUILD=yes
ONLY=""      # --endpoints: names from ENDPOINTS below, space-separated; all if empty
WAR_DIR=""   # --wars: a directory holding load.war and load-plain.war (e.g. built from another commit)
JFR_SECONDS=0  # --jfr: after the rounds, record each endpoint alone under load this long

SERVER_HEAP="-Xms1g -Xmx1g -XX:+UseG1GC"
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --round-seconds) ROUND_SECONDS="$2"; shift 2 ;;
        --warmup-seconds) WARMUP_SECONDS="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --no-build) BUILD=no; shift ;;
        --endpoints) ONLY="$2"; shift 2 ;;
        --wars) WAR_DIR="$2"; shift 2 ;;
        --jfr) JFR_SECONDS="$2"; shift 2 ;;
        *) sed -n '2,16p' "$0"; exit 64 ;;
    esac
done

OUT="$HERE/target/measure-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
if [ "$BUILD" = yes ]; then
    (cd "$ROOT" && mvn ${MAVEN_ARGS:-} -B -q package -DskipTests -Pload-harness -pl benchmarks/load/war -am)
fi
WARS="$HERE/war/target"
JBOSS_HOME=$(ls -d "$WARS"/wildfly-* | head -1)
CPUS=$(nproc)
SERVER_CPUS="0-$((CPUS / 2 - 1))"
LOAD_CPUS="$((CPUS / 2))-$((CPUS - 1))"

# name path lua-script
ENDPOINTS=(
    "view /load/view distinct-values.lua"
    "view-mapped /load/mapped distinct-values.lua"
    "servlet /load/servlet distinct-values.lua"
    "cdi /load/cdi distinct-values.lua"
    "servlet-plain /load-plain/servlet distinct-values.lua"
    "rest /load/rest/echo distinct-values.lua"
    "static /load/static.txt distinct-values.lua"
    "page-view /load/page/view page.lua"
    "page-servlet /load/page/servlet page.lua"
    "page-krazo /load/rest/krazo page.lua"
)
if [ -n "$ONLY" ]; then
    chosen=()
    for e in "${ENDPOINTS[@]}"; do
        case " $ONLY " in *" ${e%% *} "*) chosen+=("$e") ;; esac
    done
    [ ${#chosen[@]} -gt 0 ] || { echo "no endpoint named in --endpoints \"$ONLY\"" >&2; exit 64; }
    ENDPOINTS=("${chosen[@]}")
fi

deployments="$JBOSS_HOME/standalone/deployments"
rm -rf "$deployments"/load*.war* "$JBOSS_HOME/standalone/tmp" "$JBOSS_HOME/standalone/data"
cp "${WAR_DIR:-$WARS}"/load.war "${WAR_DIR:-$WARS}"/load-plain.war "$deployments/"
JFR_OPTS=""
# A JSP's stacks are deep; allocation samples are taken when a thread's TLAB fills, which at the
# default sizes was once per ~15 requests (1,083 samples in 15 s): 2 KB TLABs give several per request.
[ "$JFR_SECONDS" -gt 0 ] && JFR_OPTS="-XX:FlightRecorderOptions=stackdepth=160 -XX:TLABSize=2k -XX:MinTLABSize=2k -XX:-ResizeTLAB"
JAVA_OPTS="$SERVER_HEAP $JFR_OPTS -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true \
-Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true -Dbench.workNanos=0" \
LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$OUT/wildfly.pid" \
    taskset -c "$SERVER_CPUS" "$JBOSS_HOME/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    > "$OUT/wildfly.log" 2>&1 &
LAUNCHER=$!
stop() {
    local pid
    for pid in $(cat "$OUT/wildfly.pid" 2>/dev/null) $LAUNCHER; do kill "$pid" 2>/dev/null || true; done
    for pid in $(cat "$OUT/wildfly.pid" 2>/dev/null) $LAUNCHER; do
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$deployments"/load*.war*
}
trap stop EXIT
for war in load load-plain; do
    for _ in $(seq 240); do
        [ -e "$deployments/$war.war.deployed" ] && break
        [ -e "$deployments/$war.war.failed" ] && { echo "$war.war failed; see $OUT/wildfly.log" >&2; exit 1; }
        sleep 1
    done
done
PID=$(cat "$OUT/wildfly.pid")
BASE=http://127.0.0.1:8080
log "WildFly up (pid $PID)"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
TICK=$(getconf CLK_TCK)

# One wrk run: prints "rps responses errors mismatches p50us p99us p999us server-cpu-us-per-response".
measure() {
    local path="$1" script="$2" seconds="$3" file="$4" mode=path before after
    case "$path" in *.txt) mode=nopath ;; esac
    before=$(cpu_ticks)
    taskset -c "$LOAD_CPUS" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$HERE/$script" \
        "$BASE$path" -- 100000000 "$mode" > "$file" 2>&1
    after=$(cpu_ticks)
    awk -v ticks=$((after - before)) -v hz="$TICK" '
        /Requests\/sec:/ { rps = $2 }
        / requests in / { responses = $1 }
        /Non-2xx or 3xx responses:/ { errors += $5 }
        /Socket errors:/ { e = $4 + $6 + $8 + $10; errors += e }
        /echo mismatches:/ { mismatches = $3 }
        /latency-us/ { p50 = $(NF - 2); p99 = $(NF - 1); p999 = $NF }
        END { cpu = -1; if (responses > 0) cpu = ticks * 1e6 / hz / responses
              printf "%s %s %d %d %s %s %s %.1f\n", rps, responses, errors, mismatches, p50, p99, p999, cpu }' "$file"
}

{
    echo "# measure.sh $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "- $(nproc) CPUs, server on $SERVER_CPUS, wrk on $LOAD_CPUS, $CONNECTIONS connections, $ROUNDS rounds x ${ROUND_SECONDS}s"
    echo "- JDK: $(java -version 2>&1 | head -1)"
    echo "- WARs: ${WAR_DIR:-$WARS}; endpoints: ${ENDPOINTS[*]%% *}"
} > "$OUT/header.txt"

for e in "${ENDPOINTS[@]}"; do
    set -- $e
    url="$BASE$2/probe1"
    case "$2" in *.txt) url="$BASE$2" ;; esac
    body=$(curl -sS -H 'Cookie: visit=1' -H 'X-Value: probe1' "$url?q=probe1&f0=probe1&f19=probe1")
    case "$1:$body" in
        static:*"a static file"*|page-*:*'value="probe1"'*|*:*"path=probe1 query=probe1 header=probe1"*) ;;
        *) echo "$1: $BASE$2 answered: $(echo "$body" | head -c 400)" >&2; exit 1 ;;
    esac
done

log "warm-up ${WARMUP_SECONDS}s per endpoint, twice"
for pass in 1 2; do
    for e in "${ENDPOINTS[@]}"; do
        set -- $e
        measure "$2" "$3" "$WARMUP_SECONDS" "$OUT/warmup$pass-$1.txt" > /dev/null
    done
done
curl -fsS "$BASE/load/measure?reset" > /dev/null
curl -fsS "$BASE/load-plain/measure?reset" > /dev/null

n=${#ENDPOINTS[@]}
for r in $(seq 1 "$ROUNDS"); do
    echo "$r $(uptime)" >> "$OUT/uptime.txt"
    ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-160 > "$OUT/ps-round$r.txt"
    log "round $r/$ROUNDS ($(uptime | sed 's/.*load/load/'))"
    for k in $(seq 0 $((n - 1))); do
        set -- ${ENDPOINTS[$(( (k + r) % n ))]}
        line=$(measure "$2" "$3" "$ROUND_SECONDS" "$OUT/round$r-$1.txt")
        echo "$r $1 $line" >> "$OUT/wrk.txt"
    done
    for app in load load-plain; do
        curl -fsS "$BASE/$app/measure?reset" | sed "s|^|$r $app |" >> "$OUT/filter.txt"
    done
done
# Profiles: each endpoint alone, allocation samples (throttled at 20,000/s rather than 300/s: the
# per-request bytes by stack are estimated from the samples' weights) and 1 ms execution samples
if [ "$JFR_SECONDS" -gt 0 ]; then
    sed -e 's|method-sampling-java-interval">[0-9]* ms|method-sampling-java-interval">1 ms|' \
        -e 's|"allocation-profiling">[0-9]*/s|"allocation-profiling">20000/s|' \
        "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > "$OUT/profile.jfc"
    # JFR's own start (its classes, the deoptimizations it causes) went into the first endpoint's
    # recording: 1,373 responses in 15 s against 12,648 for the next one. A recording to discard first.
    set -- ${ENDPOINTS[0]}
    jcmd "$PID" JFR.start name=warmup settings="$OUT/profile.jfc" > /dev/null
    measure "$2" "$3" "$JFR_SECONDS" "$OUT/jfr-warmup.txt" > /dev/null
    jcmd "$PID" JFR.stop name=warmup > /dev/null
    for e in "${ENDPOINTS[@]}"; do
        set -- $e
        log "JFR: $1, ${JFR_SECONDS}s"
        jcmd "$PID" JFR.start name="$1" settings="$OUT/profile.jfc" filename="$OUT/$1.jfr" > /dev/null
        line=$(measure "$2" "$3" "$JFR_SECONDS" "$OUT/jfr-$1.txt")
        jcmd "$PID" JFR.stop name="$1" > /dev/null
        echo "$1 $line" >> "$OUT/jfr-wrk.txt"  # the responses, which jfr-profile.py divides by
    done
fi
# Whether Freshview's Undertow extension is active: one ViewPathResources per deployment with it
jcmd "$PID" GC.class_histogram 2>/dev/null | grep -i 'org.freshview.internal.undertow' > "$OUT/undertow-classes.txt" || true
echo "- instances of org.freshview.internal.undertow classes after the run: $(awk '{ n += $2 } END { print n + 0 }' "$OUT/undertow-classes.txt")" >> "$OUT/header.txt"
log "done; results in $OUT"
"$HERE/measure-report.py" "$OUT" | tee "$OUT/report.md"
