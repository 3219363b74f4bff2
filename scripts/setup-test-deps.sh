#!/usr/bin/env bash
# Installs, once per machine, what the tests need beyond the .NET SDK: runs every scripts/deps/*.sh in order.
# Each of those is idempotent and quiet when its part is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
for step in scripts/deps/*.sh; do
  [ -e "$step" ] || continue
  bash "$step"
done
