#!/usr/bin/env bash
# Deployment time of a WAR with 3,000 classes (generate.py) with the shared-state audit on
# (freshview.audit=warn, the default) and off, on WildFly (from wildfly-dist) and on embedded
# Tomcat + Weld (benchmarks/load/tomcat), in alternating order over several rounds.
#
#   benchmarks/deploy/run.sh [--rounds N] [--servers "wildfly tomcat"] [--no-build] [--compare audit|freshview]
#                            [--baseline-jar JAR]
#
# --compare freshview (issue 22's start-up cost) instead compares a WAR of 500 views and 3,000
# other classes (generate.py --views 500 --beans 1000 --scale 2) with Freshview against the same
# application without it (--plain: the views as @RequestScoped beans, no extension jar), the
# audit at its default. --baseline-jar JAR adds a third WAR to it: the same application with
# Freshview, but with JAR as its extension jar (for example one built from main), so that a change
# to Freshview's deployment cost is measured against the code before it in the same rounds.
#
# The build makes the extension jar and the Tomcat main (benchmarks/load/tomcat); WildFly is the
# one the load harness or the WildFly integration tests unpacked (JBOSS_HOME overrides it;
# FRESHVIEW_JAR names another extension jar).
#
# Tomcat: a fresh JVM per deployment, timing Tomcat.start() (which deploys the WAR).
# Both also report the CPU time the server process used (less disturbed by other load).
# WildFly: one server; each round sets the system property freshview.audit through the CLI,
# copies the WAR into standalone/deployments and takes the time from server.log, from
# WFLYSRV0027 (Starting deployment) to WFLYSRV0010 (Deployed); one warm-up deployment per mode
# is not counted. Results (medians, on/off ratio) go to benchmarks/deploy/target/run-<time>/.
# Needs JDK 17, Maven, python3; ports 8080/9990 (WildFly) and 8180 (Tomcat) free. Not part of CI.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=5
SERVERS="wildfly tomcat"
BUILD=yes
COMPARE=audit
BASELINE_JAR=
while [ $# -gt 0 ]; do
    case "$1" in
        --compare) COMPARE="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --servers) SERVERS="$2"; shift 2 ;;
        --no-build) BUILD=no; shift ;;
        --baseline-jar) BASELINE_JAR=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
        *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
    esac
done

for server in $SERVERS; do
    case "$server" in wildfly|tomcat) ;; *) echo "unknown server: $server (wildfly, tomcat)" >&2; exit 64 ;; esac
done

# Also notes the load average with each step in load.txt, for the results.
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg) $*" >> "$OUT/load.txt"; }
OUT="$HERE/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

if [ "$BUILD" = yes ]; then
    log "building the extension and the Tomcat main (mvn package -Pload-harness)"
    (cd "$ROOT" && mvn ${MAVEN_ARGS:-} -q package -DskipTests -Pload-harness -pl extension,benchmarks/load/tomcat -am)
fi
FRESHVIEW=${FRESHVIEW_JAR:-$(ls "$ROOT"/extension/target/freshview-*.jar | grep -v -e sources -e javadoc | head -1)}
TOMCAT="$ROOT/benchmarks/load/tomcat/target"
JBOSS_HOME=${JBOSS_HOME:-$( (ls -d "$ROOT"/benchmarks/load/war/target/wildfly-* "$ROOT"/arquillian-tests/wildfly/target/wildfly-* 2>/dev/null || true) | head -1)}

# make_war NAME GENERATE-ARGS...: generates, compiles and packs $OUT/NAME.war (with the extension
# jar unless --plain is among the arguments).
make_war() {
    local name=$1; shift
    local dir="$OUT/$name"
    rm -rf "$dir"
    python3 "$HERE/generate.py" "$dir/src" "$@"
    mkdir -p "$dir/war/WEB-INF/classes" "$dir/war/WEB-INF/lib"
    javac -nowarn -d "$dir/war/WEB-INF/classes" -cp "$FRESHVIEW:$TOMCAT/webapp-lib/*:$TOMCAT/server-lib/*" \
        $(find "$dir/src" -name '*.java')
    echo "$name: $(find "$dir/war/WEB-INF/classes" -name '*.class' | wc -l) classes ($*)" >> "$OUT/war.txt"
    case " $* " in *" --plain "*) ;; *) cp "$FRESHVIEW" "$dir/war/WEB-INF/lib/freshview.jar" ;; esac
    cat > "$dir/war/WEB-INF/beans.xml" <<'XML'
<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
XML
    (cd "$dir/war" && jar cf "$OUT/$name.war" .)
}

# The two modes: freshview.audit=off and warn on one WAR, or the WAR with and without Freshview.
if [ "$COMPARE" = audit ]; then
    log "generating and compiling 3,000 classes"
    make_war deploy-audit
    MODES=(off warn)
elif [ "$COMPARE" = freshview ]; then
    log "generating and compiling 500 views and 3,000 other classes, with and without Freshview"
    make_war deploy-with --views 500 --beans 1000 --scale 2
    make_war deploy-without --views 500 --beans 1000 --scale 2 --plain
    MODES=(without with)
    if [ -n "$BASELINE_JAR" ]; then
        # the classes of deploy-with (Freshview's API is the same), the baseline's extension jar
        rm -rf "$OUT/deploy-baseline" && cp -r "$OUT/deploy-with" "$OUT/deploy-baseline"
        cp "$BASELINE_JAR" "$OUT/deploy-baseline/war/WEB-INF/lib/freshview.jar"
        (cd "$OUT/deploy-baseline/war" && jar cf "$OUT/deploy-baseline.war" .)
        echo "deploy-baseline: deploy-with with $BASELINE_JAR" >> "$OUT/war.txt"
        MODES=(without baseline with)
    fi
else
    echo "unknown comparison: $COMPARE (audit, freshview)" >&2; exit 64
fi
war_of() { if [ "$COMPARE" = audit ]; then echo "$OUT/deploy-audit.war"; else echo "$OUT/deploy-$1.war"; fi; }
# The audit setting of a mode: the mode itself, or the default.
audit_of() { if [ "$COMPARE" = audit ]; then echo "$1"; else echo warn; fi; }

# Order of the modes in round r: rotated by one per round (two modes: the first first in even
# rounds, the second first in odd ones).
modes_of_round() {
    local n=${#MODES[@]} i
    for i in $(seq 0 $((n - 1))); do echo -n "${MODES[$(( (i + $1 * (n - 1)) % n ))]} "; done
}

tomcat_once() { # mode -> prints milliseconds
    local mode=$1 logfile="$OUT/tomcat-$2-$1.log" pid waited=0
    java -Xms1g -Xmx1g -Dfreshview.audit="$(audit_of "$mode")" -cp "$TOMCAT/classes:$TOMCAT/server-lib/*" \
        org.freshview.bench.tomcat.TomcatServer 8180 "$TOMCAT/webapp-lib" "$(war_of "$mode")" > "$logfile" 2>&1 &
    pid=$!
    until grep -q '^started in' "$logfile" 2>/dev/null; do
        if [ $waited -ge 600 ] || ! kill -0 $pid 2>/dev/null; then echo "Tomcat did not start: $logfile" >&2; kill $pid 2>/dev/null; exit 1; fi
        sleep 0.5; waited=$((waited + 1))
    done
    kill $pid; wait $pid 2>/dev/null || true
    echo "tomcat $mode $(sed -n 's/^started in \([0-9]*\) ms, process CPU \([0-9]*\) ms/\1 \2/p' "$logfile") $(grep -c 'FV-401' "$logfile" || true)" >> "$OUT/times.txt"
}

# CPU time (user + system, in clock ticks) of the WildFly server process so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$OUT/wildfly.pid")/stat"; }

cli() { "$JBOSS_HOME/bin/jboss-cli.sh" -c --controller=127.0.0.1:9990 --command="$1" > /dev/null; }

wildfly_once() { # mode round
    local mode=$1 deployments="$JBOSS_HOME/standalone/deployments" waited=0 mark
    cli "/system-property=freshview.audit:add(value=$(audit_of "$mode"))"
    mark=$(wc -l < "$JBOSS_HOME/standalone/log/server.log")
    local cpu_before cpu_after
    cpu_before=$(cpu_ticks)
    cp "$(war_of "$mode")" "$deployments/deploy3000.war"
    until [ -e "$deployments/deploy3000.war.deployed" ]; do
        if [ -e "$deployments/deploy3000.war.failed" ] || [ $waited -ge 1200 ]; then echo "WildFly did not deploy" >&2; exit 1; fi
        sleep 0.25; waited=$((waited + 1))
    done
    cpu_after=$(cpu_ticks)
    sleep 1
    tail -n +"$((mark + 1))" "$JBOSS_HOME/standalone/log/server.log" > "$OUT/wildfly-$2-$mode.log"
    python3 - "$OUT/wildfly-$2-$mode.log" "$mode" $(( (cpu_after - cpu_before) * 1000 / $(getconf CLK_TCK) )) >> "$OUT/times.txt" <<'PY'
import sys, datetime
start = end = None
findings = 0
for line in open(sys.argv[1], errors="replace"):
    stamp = line[:23]
    if 'WFLYSRV0027: Starting deployment of "deploy3000.war"' in line:
        start = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
    if 'WFLYSRV0010: Deployed "deploy3000.war"' in line:
        end = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f")
    if "FV-401" in line:
        findings += 1
print("wildfly", sys.argv[2], int((end - start).total_seconds() * 1000), sys.argv[3], findings)
PY
    rm -f "$deployments/deploy3000.war"
    waited=0
    until [ -e "$deployments/deploy3000.war.undeployed" ] || [ $waited -ge 240 ]; do sleep 0.25; waited=$((waited + 1)); done
    rm -f "$deployments"/deploy3000.war.*
    cli "/system-property=freshview.audit:remove"
}

for server in $SERVERS; do
    if [ "$server" = tomcat ]; then
        for mode in "${MODES[@]}"; do log "tomcat warm-up $mode"; tomcat_once $mode warmup; done
        sed -i '/^tomcat /d' "$OUT/times.txt"
        for r in $(seq 1 "$ROUNDS"); do
            for mode in $(modes_of_round "$r"); do log "tomcat round $r $mode"; tomcat_once "$mode" "$r"; done
        done
    elif [ "$server" = wildfly ]; then
        rm -rf "$JBOSS_HOME/standalone/deployments"/deploy3000.war* "$JBOSS_HOME/standalone/tmp" "$JBOSS_HOME/standalone/data"
        # A copy of the configuration, so that the system property set per round stays out of standalone.xml.
        cp "$JBOSS_HOME/standalone/configuration/standalone.xml" "$JBOSS_HOME/standalone/configuration/deploy-bench.xml"
        LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$OUT/wildfly.pid" \
            "$JBOSS_HOME/bin/standalone.sh" -c deploy-bench.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
            > "$OUT/wildfly-console.log" 2>&1 &
        launcher=$!
        waited=0
        until grep -q 'WFLYSRV0025' "$OUT/wildfly-console.log"; do
            if [ $waited -ge 240 ]; then echo "WildFly did not start" >&2; kill $launcher; exit 1; fi
            sleep 0.5; waited=$((waited + 1))
        done
        for mode in "${MODES[@]}"; do log "wildfly warm-up $mode"; wildfly_once $mode warmup; done
        sed -i '/^wildfly /d' "$OUT/times.txt"
        for r in $(seq 1 "$ROUNDS"); do
            for mode in $(modes_of_round "$r"); do log "wildfly round $r $mode"; wildfly_once "$mode" "$r"; done
        done
        kill "$(cat "$OUT/wildfly.pid")" 2>/dev/null || true
        wait $launcher 2>/dev/null || true
        rm -f "$JBOSS_HOME/standalone/configuration/deploy-bench.xml"
    fi
done

python3 - "$OUT/times.txt" "${MODES[@]}" > "$OUT/results.md" <<'PY'
import statistics, sys
modes = sys.argv[2:]
first = modes[0]
label = {"off": "audit off", "warn": "audit on", "without": "without Freshview", "with": "with Freshview",
         "baseline": "with Freshview (baseline jar)"}
rows = {}
for line in open(sys.argv[1]):
    server, mode, ms, cpu, findings = line.split()
    rows.setdefault((server, mode), []).append((int(ms), int(cpu), int(findings)))
print("| server | measure | " + " | ".join(f"{label[m]}: median (runs)" for m in modes) + " | "
      + " | ".join(f"{m} / {first}" for m in modes[1:]) + " |")
print("|---|---|" + "---:|" * (2 * len(modes) - 1))
for server in ("wildfly", "tomcat"):
    if (server, first) not in rows:
        continue
    for index, measure in ((0, "wall ms"), (1, "CPU ms")):
        runs = {m: [row[index] for row in rows[(server, m)]] for m in modes}
        medians = {m: statistics.median(runs[m]) for m in modes}
        print(f"| {server} | {measure} | " + " | ".join(f"{medians[m]:.0f} ({', '.join(map(str, runs[m]))})" for m in modes)
              + " | " + " | ".join(f"{medians[m] / medians[first]:.3f}" for m in modes[1:]) + " |")
    print(f"| {server} | FV-401 logged | " + " | ".join(str(rows[(server, m)][0][2]) for m in modes)
          + " |" + " |" * (len(modes) - 1))
load = [float(line.split()[1]) for line in open(sys.argv[1].replace("times.txt", "load.txt"))]
print(f"\nLoad average (1 minute) at each step: {min(load):.2f}-{max(load):.2f}, median {statistics.median(load):.2f}.")
PY
log "done"
cat "$OUT/results.md"
