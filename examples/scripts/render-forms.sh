#!/usr/bin/env bash
# Renders the blank evaluation sheet of set 13 (Cà phê, ca cao) of Decision 26/2026 to HTML (with the plain text
# and the CSV and JSON templates beside it), and the minutes of the README's sample council (HTML, text, JSON, CSV),
# then with headless Chromium each HTML to an A4 PDF and with pdftoppm to one PNG per page, for a person to look
# at. Output: examples/target/forms/ (git-ignored).
#
#   examples/scripts/render-forms.sh [EDITION] [SET] [vi|en]
#
# Needs Chromium and poppler-utils (Debian: apt-get install -y chromium poppler-utils); run as root it installs
# them when missing. Nothing is fetched at run time: the page uses installed fonts only.
set -euo pipefail
cd "$(dirname "$0")/../.."
EDITION="${1:-QD-26-2026}"
SET="${2:-13}"
LANG_TAG="${3:-vi}"
OUT="$PWD/examples/target/forms"

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" fonts-noto-core
    else
      echo "missing: $1 (install the Debian package $2)" >&2
      exit 1
    fi
  fi
}
need chromium chromium
need pdftoppm poppler-utils

mkdir -p "$OUT"
mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.SheetForms \
  -Dexec.args="$OUT $EDITION $SET $LANG_TAG"
BASE="$OUT/$(printf 'phieu-%s-bo-%02d' "$EDITION" "$SET")"

mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.MinutesDemo \
  -Dexec.args="$OUT $LANG_TAG" >/dev/null
MINUTES="$OUT/bien-ban-$LANG_TAG"

PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
for DOC in "$BASE" "$MINUTES"; do
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$PROFILE" --no-pdf-header-footer \
    --print-to-pdf="$DOC.pdf" "file://$DOC.html" 2>/dev/null
  rm -f "$DOC"-*.png
  pdftoppm -png -r 90 "$DOC.pdf" "$DOC"
  echo "$DOC.pdf: $(pdfinfo "$DOC.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') page(s)"
  ls "$DOC"-*.png
done
