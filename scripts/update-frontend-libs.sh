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
mkdir -p "$lib/bootstrap/css" "$lib/bootstrap/js" "$lib/bootstrap-icons/fonts"
cp "$tmp/node_modules/bootstrap/dist/css/bootstrap.min.css" "$lib/bootstrap/css/"
cp "$tmp/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js" "$lib/bootstrap/js/"
cp "$tmp/node_modules/bootstrap/LICENSE" "$lib/bootstrap/"
cp "$tmp/node_modules/bootstrap-icons/font/bootstrap-icons.min.css" "$lib/bootstrap-icons/"
cp "$tmp/node_modules/bootstrap-icons/font/fonts/bootstrap-icons.woff2" "$tmp/node_modules/bootstrap-icons/font/fonts/bootstrap-icons.woff" "$lib/bootstrap-icons/fonts/"
cp "$tmp/node_modules/bootstrap-icons/LICENSE" "$lib/bootstrap-icons/"
echo "bootstrap $BOOTSTRAP, bootstrap-icons $BOOTSTRAP_ICONS copied to $lib"
