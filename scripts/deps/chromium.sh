#!/usr/bin/env bash
# The report's browser test (tests/UprGraph.Browser.Tests) drives Debian's Chromium through Microsoft.Playwright with
# its executable path set (no browser download works here). Installs it once, via apt; quiet when it is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps: installing chromium (apt)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
