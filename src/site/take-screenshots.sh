#!/usr/bin/env bash
# Screenshots of every screen of the workstation at 1366×768 under Xvfb, on Juliette and the bundled samples, into
# src/site/resources/screenshots/ (see src/site/markdown/ui.md). Run from the repository root after
#   mvn -B -q package -DskipTests
# Uses ../shared/tools/screenshot (it installs xvfb, imagemagick, GTK and fonts on first use).
# ONLY="marche atelier" takes only those shots.
set -eu
out=${1:-src/site/resources/screenshots}
settle=${SETTLE:-30}
only=${ONLY:-}
home=$(mktemp -d)
real=$(mktemp -d)
fresh=$(mktemp -d)
trap 'rm -rf "$home" "$real" "$fresh"' EXIT
# The personal data is set up and unlocked with this passphrase (issue 13), as the profiles commands read it.
export PASSERELLE_PASSPHRASE="capture d'écran de démonstration"
mkdir -p "$out"
# Seed the home once (the window would do it too, but the screenshot would then catch the loading).
java -jar target/passerelle.jar --home "$home" jobs caissier >/dev/null

wanted() { [[ -z $only || " $only " == *" $1 "* ]]; }

# shot NAME SETTINGS ARGS...: one screenshot, the window's settings file (zoom, contrast, language) written first.
shot() {
  local name=$1 settings=$2; shift 2
  wanted "$name" || return 0
  local h
  h=$(printf '%s' "$*" | sed -n 's/.*--home \([^ ]*\).*/\1/p')
  printf '%b' "$settings" > "$h/fenetre.properties"
  ../shared/tools/screenshot "$out/$name.png" "$settle" -- "$@"
  rm -f "$h/fenetre.properties"
  # Fewer colours and no metadata: a few dozen KB instead of a few hundred, still sharp text.
  convert "$out/$name.png" -strip -colors 128 "$out/$name.png"
}

juliette=data-samples/personas/juliette.json
for screen in profil parcours detail comparer plan recherche donnees marche; do
  shot "$screen" "" --home "$home" --profile "$juliette" --screen "$screen"
done
shot atelier "" --home "$home" --workshop --profile "$juliette"
shot zoom "zoom=150\n" --home "$home" --profile "$juliette" --screen parcours
shot contraste "contraste.eleve=true\n" --home "$home" --profile "$juliette" --screen parcours
shot english "langue=en\n" --home "$home" --profile "$juliette" --screen marche
shot english-parcours "langue=en\n" --home "$home" --profile "$juliette" --screen parcours
# Her first target opened in English, its first training selected: the trainings table and who pays what.
shot english-detail "langue=en\n" --home "$home" --profile "$juliette" --screen detail
shot english-comparer "langue=en\n" --home "$home" --profile "$juliette" --screen comparer
shot english-plan "langue=en\n" --home "$home" --profile "$juliette" --screen plan
shot english-donnees "langue=en\n" --home "$home" --profile "$juliette" --screen donnees

# The map needs the official département outlines, which the samples do not have: a second home with a few official
# files from ../shared/data (about a minute and a half to import), when they are on this machine.
if wanted carte && [[ -d ../shared/data/geo ]]; then
  java -jar target/passerelle.jar --home "$real" import ../shared/data/geo ../shared/data/rome_v460 \
      ../shared/data/labour_market ../shared/data/job_offers >/dev/null
  # Her path on the national ROME takes longer to compute: the map opens once it is shown.
  settle=${SETTLE_MAP:-60} shot carte "" --home "$real" --profile "$juliette" --screen carte
elif wanted carte; then
  echo "no ../shared/data/geo: the map screenshot is not taken" >&2
fi
# First start on a fresh folder, without a passphrase: the setup cover (personal-data.md).
if wanted protection; then
  env -u PASSERELLE_PASSPHRASE ../shared/tools/screenshot "$out/protection.png" "$settle" -- --home "$fresh"
  convert "$out/protection.png" -strip "$out/protection.png"   # few colours already: a palette would dither it larger
fi
ls -l "$out"
