#!/usr/bin/env bash
# The whole test suite: installs what the tests need (once), then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-test-deps.sh
dotnet test UprGraph.sln -c Release
