#!/usr/bin/env bash
# Test dependency of UprGraph.Neo4j.Tests: a Neo4j 3.1.1 runnable on this machine's Java (see scripts/neo4j/install.sh).
# Idempotent and quiet once installed.
set -euo pipefail
bash "$(dirname "$0")/../neo4j/install.sh" >/dev/null
