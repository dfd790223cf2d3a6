#!/bin/bash
# Same-time alternated pairs for the integer dataset id (issue 11, benchmarks.md "Integer dataset id"):
# main's jar on a V11 referentials home against this build's jar on the same home upgraded once to V12 (by a cheap
# command such as `status`, so the one-time conversion is not timed with the import). Companies: a first import into
# a fresh copy, the same files again, then the path index build on the result (first `path` builds it). Sessions:
# the same without the path. Order main, new, new, main for both.
# Usage: src/site/dataset-id-benchmark.sh WORKDIR MAIN_JAR V11_HOME NEW_JAR V12_HOME [COMPANIES_DIR] [LHEO_DIR]
set -u
cd "$1"
MAIN=$2 MAIN_HOME=$3 NEW=$4 NEW_HOME=$5 COMPANIES=${6:-/tmp/gen/entreprises} LHEO=${7:-/tmp/gen/lheo}
T="/usr/bin/time -f TIME_%e_s_wall_%U_user_%S_sys_%M_KB"
J="java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
run() { local name=$1 jar=$2 base=$3 dir=$4 path=$5 h=bench-$1
  rm -rf "$h" && cp -r "$base" "$h"
  for pass in first again; do
    echo "== $name $(basename "$dir") $pass start $(date -u +%T) uptime: $(uptime)"
    $T $J -jar "$jar" --home "$h" import "$dir" --no-index 2>&1 | grep -E "TIME|importés" | tail -2
    echo "== end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg); du -sh: $(du -sh "$h/cache" | cut -f1)"
  done
  if [ "$path" = path ]; then
    echo "== $name path build start $(date -u +%T) uptime: $(uptime)"
    $T java -Xmx1g -XX:+UseSerialGC -jar "$jar" --home "$h" path --rome D1102 --commune 59350 > "$h.path.out" 2> "$h.path.err"
    tail -1 "$h.path.err"; md5sum "$h.path.out"
  fi
  rm -rf "$h"
}
run main "$MAIN" "$MAIN_HOME" "$COMPANIES" path; run new "$NEW" "$NEW_HOME" "$COMPANIES" path
run new "$NEW" "$NEW_HOME" "$COMPANIES" path; run main "$MAIN" "$MAIN_HOME" "$COMPANIES" path
run main "$MAIN" "$MAIN_HOME" "$LHEO" -; run new "$NEW" "$NEW_HOME" "$LHEO" -
run new "$NEW" "$NEW_HOME" "$LHEO" -; run main "$MAIN" "$MAIN_HOME" "$LHEO" -
