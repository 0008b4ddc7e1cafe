#!/usr/bin/env bash
# Freshview load harness: isolation soak, view life cycle and throughput ratios, on 127.0.0.1 only.
#
#   benchmarks/load/run.sh                       # full run, both servers (about 25 minutes on 2 cores)
#   benchmarks/load/run.sh --servers tomcat --rounds 2 --round-seconds 5 --soak-requests 20000
#
# For each server (WildFly from wildfly-dist, embedded Tomcat + Weld) it builds and deploys the
# benchmark WAR in three variants (load, load-routes, load-plain), pins the server and the load
# generator to different CPUs with taskset, warms up, measures the endpoints with wrk in
# alternating order over several rounds, soaks the view with the testkit's isolation check
# (and the shared-field servlet as the negative control), reads the view's life-cycle counters
# and the heap after a full GC, prints markdown tables and stops everything it started.
# Results go to benchmarks/load/target/run-<time>/. Needs: JDK 17 (java, jcmd), Maven, wrk,
# taskset, curl. Not part of CI. Ports 8080/9990 (WildFly) and 8180 (Tomcat) must be free.
# Exit status 0 when isolation, control and life cycle checks pass; ratios are reported only.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

SERVERS="wildfly tomcat"
ROUNDS=9
ROUND_SECONDS=5
WARMUP_SECONDS=40
CONNECTIONS=64
SOAK_REQUESTS=1000000
CONTROL_REQUESTS=20000
SOAK_SECONDS=900
MAX_REQUESTS_PER_RUN=5000000
BUILD=yes
JFR=no
SERVER_HEAP="-Xms1g -Xmx1g -XX:+UseG1GC"

usage() {
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options (defaults in brackets):
  --servers "wildfly tomcat"   which servers, in order [$SERVERS]
  --rounds N                   measurement rounds; each measures every ratio's pair back to back [$ROUNDS]
  --round-seconds N            wrk duration of one measurement [$ROUND_SECONDS]
  --warmup-seconds N           warm-up over all endpoints before measuring, >= 30 [$WARMUP_SECONDS]
  --connections N              wrk connections and soak concurrency [$CONNECTIONS]
  --soak-requests N            isolation soak requests against the view [$SOAK_REQUESTS]
  --control-requests N         requests against the shared-field servlet [$CONTROL_REQUESTS]
  --soak-seconds N             time limit of each soak [$SOAK_SECONDS]
  --jfr                        record JFR (settings=profile) on the server during round 1's first pair
  --no-build                   use the artifacts already built
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --servers) SERVERS="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --round-seconds) ROUND_SECONDS="$2"; shift 2 ;;
        --warmup-seconds) WARMUP_SECONDS="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --soak-requests) SOAK_REQUESTS="$2"; shift 2 ;;
        --control-requests) CONTROL_REQUESTS="$2"; shift 2 ;;
        --soak-seconds) SOAK_SECONDS="$2"; shift 2 ;;
        --jfr) JFR=yes; shift ;;
        --no-build) BUILD=no; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 64 ;;
    esac
done

for tool in java jcmd wrk taskset curl mvn; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "missing: $tool (wrk: apt-get install -y wrk; taskset: util-linux)" >&2
        exit 69
    fi
done

# Half the CPUs for the server, the other half for the load generator.
CPUS=$(nproc)
if [ "$CPUS" -ge 2 ]; then
    SERVER_CPUS="0-$((CPUS / 2 - 1))"
    LOAD_CPUS="$((CPUS / 2))-$((CPUS - 1))"
else
    echo "warning: one CPU only, server and load generator share it" >&2
    SERVER_CPUS=0
    LOAD_CPUS=0
fi

OUT="$HERE/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
RESULTS="$OUT/results.md"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if [ "$BUILD" = yes ]; then
    log "building the WARs, the Tomcat main and the testkit (mvn ${MAVEN_ARGS:-})"
    (cd "$ROOT" && mvn ${MAVEN_ARGS:-} -q package -DskipTests -Pload-harness \
        -pl testkit,benchmarks/load/war,benchmarks/load/tomcat -am)
fi
WARS="$HERE/war/target"
TOMCAT="$HERE/tomcat/target"
TESTKIT=$(ls "$ROOT"/testkit/target/freshview-testkit-*.jar | grep -v -e sources -e javadoc | head -1)
JBOSS_HOME=$(ls -d "$WARS"/wildfly-* 2>/dev/null | head -1 || true)

# --- servers -------------------------------------------------------------------------------

SERVER_PID=""
LAUNCHER_PID=""
PORT=""

start_wildfly() {
    [ -n "$JBOSS_HOME" ] || { echo "WildFly is not unpacked: run without --no-build" >&2; exit 1; }
    local deployments="$JBOSS_HOME/standalone/deployments"
    rm -rf "$deployments"/load*.war* "$JBOSS_HOME/standalone/tmp" "$JBOSS_HOME/standalone/data"
    cp "$WARS"/load.war "$WARS"/load-routes.war "$WARS"/load-plain.war "$deployments/"
    rm -f "$OUT/wildfly.pid"
    JAVA_OPTS="$SERVER_HEAP -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true \
-Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$OUT/wildfly.pid" \
        taskset -c "$SERVER_CPUS" "$JBOSS_HOME/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
        > "$OUT/wildfly.log" 2>&1 &
    LAUNCHER_PID=$!
    PORT=8080
    local waited=0
    for war in load load-routes load-plain; do
        while [ ! -e "$deployments/$war.war.deployed" ]; do
            if [ -e "$deployments/$war.war.failed" ] || [ $waited -ge 240 ] || ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
                echo "WildFly did not deploy $war.war; see $OUT/wildfly.log" >&2
                exit 1
            fi
            sleep 1; waited=$((waited + 1))
        done
    done
    SERVER_PID=$(cat "$OUT/wildfly.pid")
}

start_tomcat() {
    taskset -c "$SERVER_CPUS" java $SERVER_HEAP -cp "$TOMCAT/classes:$TOMCAT/server-lib/*" \
        org.freshview.bench.tomcat.TomcatServer 8180 "$TOMCAT/webapp-lib" \
        "$WARS/load.war" "$WARS/load-routes.war" "$WARS/load-plain.war" > "$OUT/tomcat.log" 2>&1 &
    SERVER_PID=$!
    PORT=8180
    local waited=0
    until grep -q '^started' "$OUT/tomcat.log"; do
        if [ $waited -ge 240 ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "Tomcat did not start; see $OUT/tomcat.log" >&2
            exit 1
        fi
        sleep 0.5; waited=$((waited + 1))
    done
}

stop_server() {
    local pid
    for pid in $SERVER_PID $LAUNCHER_PID; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    for pid in $SERVER_PID $LAUNCHER_PID; do
        local waited=0
        while kill -0 "$pid" 2>/dev/null && [ $waited -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
        wait "$pid" 2>/dev/null || true
    done
    SERVER_PID=""
    LAUNCHER_PID=""
    if [ -n "$JBOSS_HOME" ]; then rm -rf "$JBOSS_HOME"/standalone/deployments/load*.war*; fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# --- measuring -----------------------------------------------------------------------------

# wrk against one endpoint: prints "requests_per_second responses non_2xx socket_errors mismatches".
measure() {
    local url="$1" seconds="$2" file="$3"
    local mode=path
    case "$url" in *.txt) mode=nopath ;; esac
    taskset -c "$LOAD_CPUS" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s \
        -s "$HERE/distinct-values.lua" "$url" -- "$MAX_REQUESTS_PER_RUN" "$mode" > "$file" 2>&1
    awk '
        /Requests\/sec:/ { rps = $2 }
        / requests in / { responses = $1 }
        /Non-2xx or 3xx responses:/ { non2xx = $5 }
        /Socket errors:/ { errors = $4 + $6 + $8 + $10; gsub(",", "", errors) }
        /echo mismatches:/ { mismatches = $3 }
        END { printf "%s %s %d %d %d\n", rps, responses, non2xx, errors, mismatches }
    ' "$file"
}

heap_used_after_gc() {
    jcmd "$SERVER_PID" GC.run > /dev/null
    sleep 1
    jcmd "$SERVER_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); gsub(/[^0-9]/, "", v); print v; exit } }'
}

counters() {
    curl -fsS "http://127.0.0.1:$PORT/load/counters"
}

check_endpoint() {
    local name="$1" url="$2" expect="$3"
    local body
    case "$url" in *.txt) ;; *) url="$url/probe1" ;; esac
    body=$(curl -fsS -H 'X-Value: probe1' "$url?q=probe1") || { echo "$name: $url does not answer 200" >&2; exit 1; }
    case "$body" in
        *"$expect"*) ;;
        *) echo "$name: $url answered '$body', expected it to contain '$expect'" >&2; exit 1 ;;
    esac
}

median_min_max() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "- - -"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}

FAILED=0
{
    echo "# Freshview load run $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) memory"
    echo "- JDK: $(java -version 2>&1 | head -1), wrk: $(wrk --version 2>&1 | head -1 | awk '{print $2}')"
    echo "- server on CPUs $SERVER_CPUS ($SERVER_HEAP), wrk and soak on CPUs $LOAD_CPUS"
    echo "- warm-up ${WARMUP_SECONDS}s, $ROUNDS rounds x ${ROUND_SECONDS}s per endpoint, $CONNECTIONS connections, soak $SOAK_REQUESTS requests"
    echo
} > "$RESULTS"

run_server() {
    local server="$1"
    log "$server: starting"
    "start_$server"
    log "$server: up (pid $SERVER_PID, affinity $(taskset -cp "$SERVER_PID" | awk '{print $NF}'))"
    local base="http://127.0.0.1:$PORT"

    local names=(view servlet static static-plain view-203)
    local paths=(/load/view /load/servlet /load/static.txt /load-plain/static.txt /load-routes/view)
    if [ "$server" = wildfly ]; then
        names+=(rest); paths+=(/load/rest/echo)
    fi
    local i
    for i in "${!names[@]}"; do
        case "${names[$i]}" in
            static*) check_endpoint "${names[$i]}" "$base${paths[$i]}" "a static file" ;;
            *) check_endpoint "${names[$i]}" "$base${paths[$i]}" "path=probe1 query=probe1 header=probe1 form=null" ;;
        esac
    done
    # Every variant must run with CDI, as any application that adds Freshview does; otherwise the
    # "without the extension" baseline leaves out CDI's own per-request work.
    for war in load load-routes load-plain; do
        case "$(curl -fsS "$base/$war/counters")" in
            *cdi=true*) ;;
            *) echo "$war: CDI is not active (see $base/$war/counters)" >&2; exit 1 ;;
        esac
    done
    local view_responses=0 line

    log "$server: warm-up ${WARMUP_SECONDS}s"
    local per=$(( (WARMUP_SECONDS + ${#names[@]} - 1) / ${#names[@]} ))
    for i in "${!names[@]}"; do
        line=$(measure "$base${paths[$i]}" "$per" "$OUT/$server-warmup-${names[$i]}.txt")
        if [ "${names[$i]}" = view ]; then view_responses=$((view_responses + $(echo "$line" | cut -d' ' -f2))); fi
    done
    local heap_warm
    heap_warm=$(heap_used_after_gc)
    local counters_warm
    counters_warm=$(counters)

    # Each ratio is measured as a pair, back to back, so slow drifts of a shared machine hit both
    # sides alike; the order inside a pair flips every round and the pairs rotate.
    local pairs=("view servlet" "view-203 view" "static static-plain")
    if [ "$server" = wildfly ]; then pairs+=("view rest"); fi
    local r k p name
    local np=${#pairs[@]}
    for r in $(seq 1 "$ROUNDS"); do
        log "$server: round $r/$ROUNDS"
        for k in $(seq 0 $((np - 1))); do
            p=$(( (k + r) % np ))
            set -- ${pairs[$p]}
            local order=("$1" "$2")
            if [ $((r % 2)) -eq 0 ]; then order=("$2" "$1"); fi
            for name in "${order[@]}"; do
                for i in "${!names[@]}"; do [ "${names[$i]}" = "$name" ] && break; done
                if [ "$JFR" = yes ] && [ "$r" = 1 ] && [ "$p" = 0 ]; then
                    jcmd "$SERVER_PID" JFR.start name="$name" settings=profile duration="${ROUND_SECONDS}s" \
                        filename="$OUT/$server-$name.jfr" > /dev/null
                fi
                line=$(measure "$base${paths[$i]}" "$ROUND_SECONDS" "$OUT/$server-round$r-pair$p-$name.txt")
                echo "$r $p $name $line" >> "$OUT/$server-rounds.txt"
                set -- $line
                if [ "$3" != 0 ] || [ "$4" != 0 ] || [ "$5" != 0 ]; then
                    log "$server: $name round $r: $3 non-2xx, $4 socket errors, $5 echo mismatches"
                    FAILED=1
                fi
                if [ "$name" = view ]; then view_responses=$((view_responses + $2)); fi
            done
        done
    done

    log "$server: isolation soak, $SOAK_REQUESTS requests at concurrency $CONNECTIONS"
    taskset -c "$LOAD_CPUS" java -jar "$TESTKIT" "$base/load/view" --requests "$SOAK_REQUESTS" \
        --concurrency "$CONNECTIONS" --seconds "$SOAK_SECONDS" --path --query q --header X-Value --form f \
        > "$OUT/$server-soak-view.txt" 2>&1 || true
    log "$server: negative control, $CONTROL_REQUESTS requests against the shared-field servlet"
    taskset -c "$LOAD_CPUS" java -jar "$TESTKIT" "$base/load/shared" --requests "$CONTROL_REQUESTS" \
        --concurrency "$CONNECTIONS" --seconds "$SOAK_SECONDS" --path --query q --header X-Value --form f \
        > "$OUT/$server-soak-control.txt" 2>&1 || true
    local soak control
    soak=$(grep '^sent=' "$OUT/$server-soak-view.txt" | tr '=' ' ')
    control=$(grep '^sent=' "$OUT/$server-soak-control.txt" | tr '=' ' ')
    [ -n "$soak" ] && [ -n "$control" ] || { echo "the soak did not finish; see $OUT/$server-soak-*.txt" >&2; exit 1; }
    view_responses=$((view_responses + $(echo "$soak" | awk '{print $4}')))

    sleep 2
    local heap_end counters_end
    heap_end=$(heap_used_after_gc)
    counters_end=$(counters)
    stop_server
    log "$server: stopped"

    # --- report for this server ---
    {
        echo "## $server"
        echo
        echo "Throughput, responses/s, every measurement of $ROUND_SECONDS s over $ROUNDS rounds (median, min-max):"
        echo
        echo "| endpoint | path | median | min | max |"
        echo "|---|---|---:|---:|---:|"
        for i in "${!names[@]}"; do
            set -- $(awk -v e="${names[$i]}" '$3 == e { print $4 }' "$OUT/$server-rounds.txt" | median_min_max)
            local shown="${paths[$i]}"
            case "$shown" in *.txt) ;; *) shown="$shown/{value}" ;; esac
            printf "| %s | %s | %.0f | %.0f | %.0f |\n" "${names[$i]}" "$shown" "$1" "$2" "$3"
        done
        echo
        echo "Ratios, each from one pair measured back to back, then median (min-max) over the $ROUNDS rounds:"
        echo
        echo "| ratio | goal | median | min | max |"
        echo "|---|---:|---:|---:|---:|"
        ratio_row "view / raw servlet" 0.90 view servlet
        if [ "$server" = wildfly ]; then ratio_row "view / Jakarta REST (RESTEasy)" 1.5 view rest; fi
        ratio_row "static file: with / without extension" 0.98 static static-plain
        ratio_row "view: 203 GitHub routes / 1 route" 0.97 view-203 view
        echo
        set -- $soak
        local soak_sent=$2 soak_answered=$4 soak_leaked=$6 soak_failed=$8 soak_seconds=${10}
        set -- $control
        local control_sent=$2 control_leaked=$6
        echo "Isolation (testkit IsolationCheck: POST, a distinct value in each of path segment, query q, header X-Value and form f; concurrency $CONNECTIONS):"
        echo
        echo "| target | requests | answered | leaked | failed | seconds |"
        echo "|---|---:|---:|---:|---:|---:|"
        echo "| view /load/view/{p} | $soak_sent | $soak_answered | $soak_leaked | $soak_failed | $soak_seconds |"
        set -- $control
        echo "| control: shared-field servlet /load/shared/* | $2 | $4 | $6 | $8 | ${10} |"
        echo
        local created destroyed handled
        created=$(echo "$counters_end" | sed 's/.*created=\([0-9]*\).*/\1/')
        destroyed=$(echo "$counters_end" | sed 's/.*destroyed=\([0-9]*\).*/\1/')
        handled=$(echo "$counters_end" | sed 's/.*handled=\([0-9]*\).*/\1/')
        echo "Life cycle of the view (counters at the end; client count = responses wrk and the soak received):"
        echo
        echo "| handled | client count | @PostConstruct | @PreDestroy | heap used after full GC: warm-up | end | change |"
        echo "|---:|---:|---:|---:|---:|---:|---:|"
        local change
        change=$(awk -v a="$heap_warm" -v b="$heap_end" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }')
        echo "| $handled | $view_responses | $created | $destroyed | $((heap_warm / 1024)) MiB | $((heap_end / 1024)) MiB | $change |"
        echo
        local verdict=""
        [ "$soak_leaked" = 0 ] && [ "$soak_failed" = 0 ] && [ "$soak_sent" = "$soak_answered" ] || verdict="$verdict view-isolation"
        [ "$control_leaked" -gt 0 ] || verdict="$verdict control-saw-no-leak"
        [ "$created" = "$destroyed" ] && [ "$created" = "$handled" ] || verdict="$verdict counters"
        # wrk stops with up to one request in flight per connection: handled may exceed the client count by that much.
        local runs=$(( ${#names[@]} + 3 * ROUNDS ))
        [ "$handled" -ge "$view_responses" ] && [ $((handled - view_responses)) -le $((runs * CONNECTIONS)) ] || verdict="$verdict handled-vs-client"
        awk -v a="$heap_warm" -v b="$heap_end" 'BEGIN { d = (b - a) / a; exit !(d <= 0.10 && d >= -0.10) }' || verdict="$verdict heap"
        if [ -z "$verdict" ]; then echo "Checks: all passed."; else echo "Checks FAILED:$verdict"; FAILED=1; fi
        echo
    } >> "$RESULTS"
    log "$server: counters after warm-up: $counters_warm"
}

ratio_row() {
    local label="$1" goal="$2" top="$3" bottom="$4"
    local stats
    stats=$(awk -v t="$top" -v b="$bottom" '
        $3 == t { top[$1 " " $2] = $4 } $3 == b { bottom[$1 " " $2] = $4 }
        END { for (k in top) if (k in bottom && bottom[k] > 0) print top[k] / bottom[k] }
    ' "$OUT/$server-rounds.txt" | median_min_max)
    set -- $stats
    echo "| $label | $goal | $1 | $2 | $3 |"
}

for server in $SERVERS; do
    run_server "$server"
done

cat "$RESULTS"
log "results in $RESULTS"
exit $FAILED
