#!/usr/bin/env bash
# Screenshots of every screen of the workstation at 1366×768 under Xvfb, on Juliette and the bundled samples, into
# src/site/resources/screenshots/ (see src/site/markdown/ui.md). Run from the repository root after
#   mvn -B -q package -DskipTests
# Uses ../shared/tools/screenshot (it installs xvfb, imagemagick, GTK and fonts on first use).
set -eu
out=${1:-src/site/resources/screenshots}
settle=${SETTLE:-30}
home=$(mktemp -d)
fresh=$(mktemp -d)
trap 'rm -rf "$home" "$fresh"' EXIT
# The personal data is set up and unlocked with this passphrase (issue 13), as the profiles commands read it.
export PASSERELLE_PASSPHRASE="capture d'écran de démonstration"
mkdir -p "$out"
# Seed the home once (the window would do it too, but the screenshot would then catch the loading).
java -jar target/passerelle.jar --home "$home" jobs caissier >/dev/null
for screen in profil parcours detail comparer plan recherche donnees; do
  ../shared/tools/screenshot "$out/$screen.png" "$settle" -- --home "$home" \
      --profile data-samples/personas/juliette.json --screen "$screen"
  # Fewer colours and no metadata: a few dozen KB instead of a few hundred, still sharp text.
  convert "$out/$screen.png" -strip -colors 128 "$out/$screen.png"
done
# First start on a fresh folder, without a passphrase: the setup cover (personal-data.md).
env -u PASSERELLE_PASSPHRASE ../shared/tools/screenshot "$out/protection.png" "$settle" -- --home "$fresh"
convert "$out/protection.png" -strip "$out/protection.png"   # few colours already: a palette would dither it larger
ls -l "$out"
