#!/usr/bin/env bash
# UprGraph.Documents.Tests lay a summary out as a PDF with a second producer, ReportLab, run by Debian's python3.
set -euo pipefail
if /usr/bin/python3 -c 'import reportlab' 2>/dev/null; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-reportlab > /dev/null
