#!/usr/bin/env bash
# Builds the contact sheets of docs/SCREENS.md from the screenshots that ScreensTourIT saves
# (library-it/target/screenshots/screens/<screen>-<lang>-<width>.png), rendering a grid page with Debian's Chromium.
#   flock /tmp/shiori-payara.lock mvn -B -ntp verify -pl library-it -am -Dit.test=ScreensTourIT   # the screenshots
#   bash docs/contact-sheet.sh                                                                      # the sheets
set -euo pipefail
cd "$(dirname "$0")/.."
shots=library-it/target/screenshots/screens
out=docs/screens
[ -d "$shots" ] || { echo "no screenshots in $shots: run ScreensTourIT first" >&2; exit 1; }
mkdir -p "$out"

# The main screens, in the order a patron and then a librarian meet them.
main=(top search title title-reference-only basket hold-placement login forgot-password my-loans my-holds
      hold-locator staff-menu staff-checkout staff-hold-shelf staff-counter-hold staff-patron staff-mail staff-audit)

sheet() { # name lang width thumb-width columns thumb-height
  local name=$1 lang=$2 width=$3 thumb=$4 columns=$5 tall=$6 page count=0 rows height
  page=$(mktemp --suffix=.html)
  {
    echo "<!DOCTYPE html><html lang='$lang'><meta charset='UTF-8'><style>"
    echo "body{margin:8px;font:13px 'Noto Sans CJK JP',sans-serif;background:#f5f7fa}"
    echo ".grid{display:grid;grid-template-columns:repeat($columns,${thumb}px);gap:10px;align-items:start}"
    echo "figure{margin:0;background:#fff;border:1px solid #cbd2d9}"
    echo "figure div{height:${tall}px;overflow:hidden}"
    echo "img{width:${thumb}px;display:block}figcaption{padding:2px 4px;color:#1f2933}"
    echo "</style><div class='grid'>"
    for screen in "${main[@]}"; do
      local file="$PWD/$shots/$screen-$lang-$width.png"
      [ -f "$file" ] || continue
      echo "<figure><div><img src='file://$file'></div><figcaption>$screen</figcaption></figure>"
      count=$((count + 1))
    done
    echo "</div></html>"
  } > "$page"
  rows=$(( (count + columns - 1) / columns ))
  height=$(( rows * (tall + 32) + 16 ))
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
      --user-data-dir="$(mktemp -d)" --window-size=$(( columns * (thumb + 10) + 16 )),$height \
      --screenshot="$PWD/$out/$name.png" "file://$page" >/dev/null 2>&1
  rm -f "$page"
  echo "$out/$name.png: $count screens"
}

sheet phone-ja ja 390 180 6 390
sheet desk-en en 1280 300 4 211
