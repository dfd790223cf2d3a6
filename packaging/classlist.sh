#!/usr/bin/env bash
# Writes the class list from which the .deb's postinst dumps a static class data sharing archive (packaging.md,
# "Class data sharing"). Run by Maven (dist profile) on the app image just built, before the installer wraps it:
#
#   packaging/classlist.sh APP_IMAGE PERSONA OUT      e.g. target/dist/Passerelle data-samples/personas/juliette.json
#
# The list names the classes (and the lambda proxies) that these runs load, through the app image's own launchers
# (so with their class path and module options), on the bundled samples in a temporary folder:
#   - bin/passerelle-cli: `jobs caissier` and `path --rome D1505 --commune 59350` once unlisted, to seed the samples
#     and save both persisted indexes (a counsellor's folder is seeded once), then listed: `jobs caissier`,
#     `path --rome D1505 --commune 59350`, `path --job caissier --commune 59350 --json`, which read the saved indexes
#     as a first command does;
#   - bin/Passerelle, the window, under Xvfb (1366x768), opened on PERSONA until the start-up trace says her path is
#     on screen, then stopped (SIGTERM): the list is written as classes load, so a stopped run leaves it whole.
# The runs' lists are merged in order of first appearance. Their "id:" numbers are dropped: they are local to each run
# and only needed by the lines of classes from custom class loaders ("source:" lines), which are dropped too: our
# runs have none (everything is on the class path or in the runtime's modules), and a merged list would mix the runs'
# numbers. Classes generated at run time (dynamic proxies) cannot be found by name at dump time and are left out. Needs Xvfb (the xvfb package); a run
# that fails or a window whose path does not show within TIMEOUT seconds (default 240) fails the build.
set -euo pipefail
image=$1 persona=$2 out=$3
timeout=${TIMEOUT:-240}
work=$(mktemp -d)
xvfb=
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
command -v Xvfb >/dev/null || { echo "classlist.sh: Xvfb is needed to list the window's classes (apt-get install xvfb)" >&2; exit 1; }
home=$work/home
# The window's personal data is locked by a passphrase: given here, the run does not stop at the passphrase cover.
export PASSERELLE_PASSPHRASE="liste des classes"

# listed NAME: the JVM options that write the run's list to $work/NAME.classlist. -Xshare:off: every class is then
# loaded from its class file and listed (the launchers name an archive that the app image does not have, and the
# runtime's default archive is left out, so nothing depends on what was archived before).
listed() { echo "-Xshare:off -XX:DumpLoadedClassList=$work/$1.classlist"; }
# cli ARGS: one command through the command-line launcher; its error stream is shown only if it fails
cli() { "$image/bin/passerelle-cli" --home "$home" "$@" >/dev/null 2>"$work/cli.err" || { cat "$work/cli.err" >&2; exit 1; }; }

cli jobs caissier
cli path --rome D1505 --commune 59350
JAVA_TOOL_OPTIONS=$(listed jobs) cli jobs caissier
JAVA_TOOL_OPTIONS=$(listed path) cli path --rome D1505 --commune 59350
JAVA_TOOL_OPTIONS=$(listed json) cli path --job caissier --commune 59350 --json

# Xvfb picks a free display itself and writes its number on descriptor 3.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || { echo "classlist.sh: Xvfb did not start" >&2; exit 1; }
display=:$(cat "$work/display")
trace=$work/window.trace
DISPLAY=$display JAVA_TOOL_OPTIONS="$(listed window) -Dpasserelle.startupTrace=true" \
    "$image/bin/Passerelle" --home "$home" --profile "$persona" >/dev/null 2>"$trace" &
pid=$!
waited=0
while ! grep -q "parcours à l'écran" "$trace" && kill -0 $pid 2>/dev/null && ((waited < timeout * 10)); do
  sleep 0.1
  waited=$((waited + 1))
done
shown=$(grep -c "parcours à l'écran" "$trace" || true)
kill $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
if [[ $shown == 0 ]]; then
  echo "classlist.sh: the window did not show the path within ${timeout} s; its error stream:" >&2
  cat "$trace" >&2
  exit 1
fi

{
  echo "# Classes loaded by Passerelle's commands and window start (packaging/classlist.sh), for -XX:SharedClassListFile"
  cat "$work"/{jobs,path,json,window}.classlist | grep -v -e '^#' -e ' source: ' -e '\$Proxy[0-9]' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++'
} >"$out"
echo "classlist.sh: $(grep -vc '^[#@]' "$out") classes, $(grep -c '^@lambda-proxy' "$out" || true) lambda proxies in $out"
