#!/usr/bin/env bash
# The GraphML/GEXF reader tests (tests/UprGraph.Export.Tests) run real readers under Debian's /usr/bin/python3:
# networkx 2.8.8 (read_graphml, read_gexf) and python-igraph 0.10.2 (Read_GraphML). Installs them once, via apt.
# Idempotent and quiet when they are already there.
set -euo pipefail
if /usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps: installing python3-networkx and python3-igraph (apt)"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-networkx python3-igraph >/dev/null
/usr/bin/python3 -c 'import networkx, igraph'
