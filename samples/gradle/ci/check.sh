#!/usr/bin/env bash
# Builds samples/gradle with the gradle on PATH against this reactor's jars (run after mvn verify,
# which leaves them in */target and the APIs in ~/.m2), then checks what a user would see:
#  1. the WAR has the view, its generated HelloViewLinks class and the freshview jar, and not the
#     processor;
#  2. two views claiming one route fail the compile with the processor's FV-201.
# Gradle's incremental processing (4.7+) cannot be exercised with Debian's 4.4.1: that the
# processor is declared aggregating is checked by GradleIncrementalDeclarationTest instead.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(cd "$here/../.." && pwd)

version=$(sed -n 's:^    <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
sample_version=$(sed -n 's/^freshviewVersion=//p' "$here/gradle.properties")
if [ "$version" != "$sample_version" ]; then
    echo "samples/gradle/gradle.properties has freshviewVersion=$sample_version, the build is $version" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
put() { # groupPath artifactId pom [jar]
    local dir=$repo/$1/$2/$version
    mkdir -p "$dir"
    cp "$3" "$dir/$2-$version.pom"
    if [ $# -gt 3 ]; then cp "$4" "$dir/$2-$version.jar"; fi
}
put org/freshview freshview-parent "$root/pom.xml"
put org/freshview freshview "$root/extension/pom.xml" "$root/extension/target/freshview-$version.jar"
put org/freshview freshview-processor "$root/processor/pom.xml" "$root/processor/target/freshview-processor-$version.jar"

cp -r "$here" "$work/sample"
rm -rf "$work/sample/ci" "$work/sample/build" "$work/sample/.gradle"
cd "$work/sample"
run_gradle() {
    gradle --no-daemon -q --init-script "$here/ci/init.gradle" -Dfreshview.reactorRepo="$repo" "$@"
}

run_gradle war
war=build/libs/freshview-gradle-sample.war
entries=$(unzip -Z1 "$war")
for expected in WEB-INF/classes/com/example/HelloView.class WEB-INF/classes/com/example/HelloViewLinks.class \
        "WEB-INF/lib/freshview-$version.jar" WEB-INF/beans.xml; do
    grep -qx "$expected" <<<"$entries" || { echo "FAILED: $war has no $expected" >&2; exit 1; }
done
if grep -q 'freshview-processor' <<<"$entries"; then
    echo "FAILED: $war contains the processor" >&2; exit 1
fi
echo "gradle sample: the WAR has HelloView, HelloViewLinks and freshview-$version.jar, not the processor"

sed -e 's/class HelloView/class OtherHelloView/' src/main/java/com/example/HelloView.java \
    > src/main/java/com/example/OtherHelloView.java
if run_gradle compileJava >"$work/conflict.log" 2>&1; then
    echo "FAILED: two views on GET /hello compiled" >&2; exit 1
fi
grep -q 'FV-201 com.example.' "$work/conflict.log" || { echo "FAILED: no FV-201 in:" >&2; cat "$work/conflict.log" >&2; exit 1; }
echo "gradle sample: two views on GET /hello fail the compile with FV-201"
