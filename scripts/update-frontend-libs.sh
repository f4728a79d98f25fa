#!/usr/bin/env bash
# Refreshes the front-end libraries committed under src/SNgV.Portal.Web/wwwroot/lib from the npm registry.
# The portal serves them itself (no CDN): government intranets are often offline. Run after changing a version.
set -euo pipefail
BOOTSTRAP=5.3.8
BOOTSTRAP_ICONS=1.13.1
root=$(cd "$(dirname "$0")/.." && pwd)
lib="$root/src/SNgV.Portal.Web/wwwroot/lib"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "bootstrap@$BOOTSTRAP" "bootstrap-icons@$BOOTSTRAP_ICONS")
rm -rf "$lib/bootstrap" "$lib/bootstrap-icons"
mkdir -p "$lib/bootstrap/css" "$lib/bootstrap/js" "$lib/bootstrap-icons"
cp "$tmp/node_modules/bootstrap/dist/css/bootstrap.min.css" "$lib/bootstrap/css/"
cp "$tmp/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js" "$lib/bootstrap/js/"
cp "$tmp/node_modules/bootstrap/LICENSE" "$lib/bootstrap/"
# Only the icons the portal uses, as one SVG sprite of <symbol>s (see Infrastructure/IconTagHelper.cs).
{
  echo '<svg xmlns="http://www.w3.org/2000/svg">'
  while read -r name; do
    [ -z "$name" ] && continue
    svg="$tmp/node_modules/bootstrap-icons/icons/$name.svg"
    [ -f "$svg" ] || { echo "no icon '$name' in bootstrap-icons $BOOTSTRAP_ICONS" >&2; exit 1; }
    # <svg … viewBox="0 0 16 16"> paths </svg>  ->  <symbol id="name" viewBox="0 0 16 16"> paths </symbol>
    tr -d '\n' < "$svg" | sed -E "s|^<svg[^>]*viewBox=\"([^\"]+)\"[^>]*>|<symbol id=\"$name\" viewBox=\"\\1\">|; s|</svg>\$|</symbol>|; s|>[[:space:]]+<|><|g"
    echo
  done < "$root/scripts/icon-names.txt"
  echo '</svg>'
} > "$lib/bootstrap-icons/icons.svg"
cp "$tmp/node_modules/bootstrap-icons/LICENSE" "$lib/bootstrap-icons/"
echo "bootstrap $BOOTSTRAP, bootstrap-icons $BOOTSTRAP_ICONS copied to $lib"
