#!/usr/bin/env bash
# A screenshot of report.html with the statements of its most criticised law opened, saved as
# docs/images/report-evidence.png (the README's picture).
#
#   scripts/report/screenshot-report.sh [DOCUMENT...]   default: the seed, seeds/A-HRC-WG.6-34-KAZ-3.txt
#
# Builds the report with the CLI (export --format html; a curation.yaml in the working directory applies), opens it in
# headless Chromium (Debian's, driven by playwright-core with its executable path set; no browser download), clicks the
# first law's statements open and takes the picture. Installs chromium (apt) and playwright-core (npm) on first use.
# Environment: OUT (the PNG, default docs/images/report-evidence.png).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-$root/docs/images/report-evidence.png}"
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=("$root/seeds/A-HRC-WG.6-34-KAZ-3.txt")
cache="${UPR_GRAPH_CACHE:-$HOME/.cache/upr-graph}"

bash "$root/scripts/deps/chromium.sh"
if [ ! -d "$cache/playwright/node_modules/playwright-core" ]; then
  echo "screenshot: installing playwright-core into $cache/playwright" >&2
  mkdir -p "$cache/playwright"
  (cd "$cache/playwright" && npm install --silent --no-audit --no-fund playwright-core@1.64.1 >/dev/null)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/upr-graph-report-shot.XXXXXX")"
trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project "$root/src/UprGraph.Cli" -- export --format html --out "$work" -q "${inputs[@]}"
mkdir -p "$(dirname "$out")"
REPORT="$work/report.html" OUT="$out" NODE_PATH="$cache/playwright/node_modules" node "$root/scripts/report/screenshot-report.js"
