#!/usr/bin/env bash
# The whole test suite: installs what the tests need (once), then runs every test project, Neo4j tests included
# (they start and stop their own Neo4j server). Ends with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-test-deps.sh
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test UprGraph.sln -c Release 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
echo "tests: ${passed} passed, ${failed} failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "tests: no test ran" >&2
  exit 1
fi
exit "$status"
