#!/usr/bin/env bash
# Installs, once per machine, what the tests need beyond the .NET SDK. Idempotent and quiet when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."
