#!/usr/bin/env bash
# Time to a usable window and to the first path, JVM start included (startup.md, benchmarks.md). Runs the window under
# Xvfb (1366×768) with the start-up trace on, opened on Juliette's persona, RUNS times per jar, the jars alternating
# run by run (the machine's speed drifts: alternating keeps each pair measured at the same time). Each run ends when
# the trace says her path is on screen (or after TIMEOUT seconds): the process's CPU time (user + system, all threads)
# is read from /proc then, and the process is stopped. One warm-up run per jar first (not counted: it sets up the
# personal data and fills the page cache).
#
#   src/site/startup-benchmark.sh HOME RUNS JAR [JAR...]
#   e.g. src/site/startup-benchmark.sh /tmp/national-copy 5 /tmp/old/target/passerelle.jar target/passerelle.jar
#
# A JAR not ending in .jar is an app launcher (e.g. /opt/passerelle/bin/Passerelle), run as it is with its own JVM
# options, the trace asked for through JAVA_TOOL_OPTIONS.
# HOME is written to (personal data, settings): give a copy. JAVA_OPTS (jars only) defaults to the launcher's
# "-Xmx2g -XX:+UseSerialGC". CDS=1 adds -XX:SharedArchiveFile=J.jsa for a jar J.jar that has one beside it (make it
# with one window run under -XX:ArchiveClassesAtExit=J.jsa). NICE=-20 runs the window and Xvfb at that niceness (as
# root), which shields the measure from other work on a shared machine; say so with the figures.
# Prints one line per run, then the medians per jar, in seconds since the JVM started:
#   frame   the first frame of the window
#   usable  the first frame with a text field to type in (the "fenêtre utilisable" line; a jar without it draws its
#           first frame only once everything is built, so its first frame is its usable frame)
#   ready   the indexes are ready;  path  her path is on screen;  cpu  CPU seconds used by then
set -eu
home=$1 runs=$2; shift 2
jars=("$@")
java_opts=${JAVA_OPTS:--Xmx2g -XX:+UseSerialGC}
timeout=${TIMEOUT:-240}
persona=${PERSONA:-data-samples/personas/juliette.json}
export PASSERELLE_PASSPHRASE=${PASSERELLE_PASSPHRASE:-mesure du démarrage}
display=:$((90 + RANDOM % 9))
nice -n "${NICE:-0}" Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
tick=$(getconf CLK_TCK)

# seconds STEP FILE: the time of the first trace line containing STEP ("[démarrage] 1,23 s  STEP"), or "-".
seconds() {
  grep -m1 -F "$1" "$2" | sed -n 's/^\[démarrage\] \([0-9]*\),\([0-9]*\) s.*/\1.\2/p' | grep . || echo -
}

# run JAR LABEL: one start, one result line appended to $work/results.
run() {
  local jar=$1 label=$2 trace=$work/trace cds=
  : > "$trace"
  if [[ $jar == *.jar ]]; then
    if [[ ${CDS:-0} == 1 && -f ${jar%.jar}.jsa ]]; then cds=-XX:SharedArchiveFile=${jar%.jar}.jsa; fi
    # shellcheck disable=SC2086
    DISPLAY=$display nice -n "${NICE:-0}" java $java_opts $cds -Dpasserelle.startupTrace=true -jar "$jar" \
        --home "$home" --profile "$persona" >/dev/null 2>"$trace" &
  else
    DISPLAY=$display JAVA_TOOL_OPTIONS=-Dpasserelle.startupTrace=true nice -n "${NICE:-0}" "$jar" --home "$home" \
        --profile "$persona" >/dev/null 2>"$trace" &
  fi
  local pid=$! waited=0 cpu=-
  while ! grep -q "parcours à l'écran" "$trace" && kill -0 $pid 2>/dev/null && (( waited < timeout * 10 )); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if [[ -r /proc/$pid/stat ]]; then
    # utime and stime: fields 14 and 15, after the command name in parentheses (which may hold spaces)
    cpu=$(sed 's/.*) //' "/proc/$pid/stat" | awk -v t="$tick" '{printf "%.2f", ($12 + $13) / t}')
  fi
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  local frame usable
  frame=$(seconds "première image" "$trace")
  usable=$(seconds "fenêtre utilisable" "$trace")
  [[ $usable == - ]] && usable=$frame
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$frame" "$usable" "$(seconds "index prêts" "$trace")" \
      "$(seconds "parcours à l'écran" "$trace")" "$cpu" | tee -a "$work/results"
}

printf 'jar\tframe\tusable\tready\tpath\tcpu\n'
for i in "${!jars[@]}"; do run "${jars[$i]}" "warm-up-$i" > /dev/null; done
: > "$work/results"
for ((r = 1; r <= runs; r++)); do
  for i in "${!jars[@]}"; do run "${jars[$i]}" "$i:${jars[$i]}"; done
done
echo "medians (load $(cut -d' ' -f1-3 /proc/loadavg)):"
# median LABEL COLUMN: the median of one column over the counted runs of one jar (runs without the value left out).
median() {
  awk -F'\t' -v j="$1" -v c="$2" '$1 == j && $c != "-" { print $c }' "$work/results" | sort -n |
      awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
for i in "${!jars[@]}"; do
  j="$i:${jars[$i]}"
  printf '%s\tframe %s\tusable %s\tready %s\tpath %s\tcpu %s\n' "$j" "$(median "$j" 2)" "$(median "$j" 3)" \
      "$(median "$j" 4)" "$(median "$j" 5)" "$(median "$j" 6)"
done
