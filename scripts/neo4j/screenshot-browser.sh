#!/usr/bin/env bash
# A screenshot of Neo4j Browser showing the top laws (cypher/top-laws-graph.cypher) with the UprGraph style
# (cypher/upr-graph.grass), saved as docs/images/neo4j-browser-top-laws.png.
#
#   scripts/neo4j/screenshot-browser.sh [demo | DOCUMENT...]  default: the seed, seeds/A-HRC-WG.6-34-KAZ-3.txt
#
# With NEO4J_URI and NEO4J_PASSWORD set it uses that server (its Browser must reach Bolt); otherwise it starts a
# throw-away Neo4j 3.1.1 (scripts/neo4j/server.sh), loads the graph into it, and removes it afterwards.
# Needs Chromium (apt package chromium) and puppeteer-core (npm), both installed on first use.
# Environment: OUT (the PNG, default docs/images/neo4j-browser-top-laws.png), LIMIT (how many laws, default 5).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-$root/docs/images/neo4j-browser-top-laws.png}"
limit="${LIMIT:-5}"
graph=("$@")
[ ${#graph[@]} -gt 0 ] || graph=("$root/seeds/A-HRC-WG.6-34-KAZ-3.txt")
cache="${UPR_GRAPH_CACHE:-$HOME/.cache/upr-graph}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot: installing chromium" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$cache/puppeteer/node_modules/puppeteer-core" ]; then
  echo "screenshot: installing puppeteer-core into $cache/puppeteer" >&2
  mkdir -p "$cache/puppeteer"
  (cd "$cache/puppeteer" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund puppeteer-core@22 >/dev/null)
fi

if [ -z "${NEO4J_URI:-}" ]; then
  instance="$(mktemp -d "${TMPDIR:-/tmp}/upr-graph-neo4j-screenshot.XXXXXX")"
  free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
  export NEO4J_PASSWORD="shot-$RANDOM$RANDOM$RANDOM"
  export NEO4J_HTTP_PORT NEO4J_BOLT_PORT
  NEO4J_HTTP_PORT="$(free_port)"
  NEO4J_BOLT_PORT="$(free_port)"
  cleanup() { bash "$root/scripts/neo4j/server.sh" stop "$instance" || true; rm -rf "$instance"; }
  trap cleanup EXIT
  bash "$root/scripts/neo4j/server.sh" start "$instance"
  export NEO4J_URI="http://127.0.0.1:$NEO4J_HTTP_PORT"
  export NEO4J_USERNAME=neo4j
fi
: "${NEO4J_PASSWORD:?set NEO4J_PASSWORD for NEO4J_URI}"

# Load the graph: the documents through the CLI's load command, or the made-up demo graph.
if [ "${graph[0]}" = demo ]; then
  dotnet run -c Release --project "$root/bench/UprGraph.Benchmarks" -- neo4j-load-graph demo
else
  dotnet run -c Release --project "$root/src/UprGraph.Cli" -- load "${graph[@]}"
fi

# Browser 2.0 cannot take query parameters: put the limit into the query's text.
query="$(grep -v '^//' "$root/cypher/top-laws-graph.cypher" | sed "s/\$limit/$limit/g")"
mkdir -p "$(dirname "$out")"
BROWSER_URL="${NEO4J_URI%/}/browser/" GRASS="$root/cypher/upr-graph.grass" QUERY="$query" OUT="$out" \
  NODE_PATH="$cache/puppeteer/node_modules" node "$root/scripts/neo4j/screenshot-browser.js"
