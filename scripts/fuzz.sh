#!/usr/bin/env bash
# The fuzzer, run by hand (not part of CI or scripts/test.sh): afl-fuzz (Debian's afl++) drives the SharpFuzz harness in
# fuzz/UprGraph.Fuzz over the text, PDF and Word readers and the extractor, starting from the documents in the repository.
# Any exception other than InputException is a crash.
#
#   bash scripts/fuzz.sh [MINUTES]      fuzz for MINUTES (default 30), then print the figures and replay the crashes
#
# Work folder: ${UPR_GRAPH_FUZZ:-/tmp/upr-graph-fuzz} (bin/ instrumented build, plain/ the same uninstrumented, for the
# seeds and the replay, seeds/ starting corpus, findings/ afl-fuzz's
# output: findings/default/crashes and hangs hold the inputs to turn into tests). Installs afl++ with apt-get when
# afl-fuzz is missing, and the SharpFuzz instrumenter from the tool manifest (.config/dotnet-tools.json). Uses one core.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
work="${UPR_GRAPH_FUZZ:-/tmp/upr-graph-fuzz}"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: installing afl++" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null

rm -rf "$work/plain" "$work/bin" "$work/seeds" "$work/findings"
mkdir -p "$work"
# plain/ runs outside afl-fuzz (seeds, replay): instrumented code needs afl's shared memory.
dotnet publish fuzz/UprGraph.Fuzz -c Release -o "$work/plain" -v quiet -nologo
cp -r "$work/plain" "$work/bin"
# Instrument our assemblies and the PDF parser the PDF reader relies on (not the harness, SharpFuzz or the framework).
for dll in "$work"/bin/UprGraph.dll "$work"/bin/UprGraph.Documents.dll "$work"/bin/UglyToad.PdfPig*.dll; do
  dotnet sharpfuzz "$dll" >/dev/null
done

dotnet "$work/plain/UprGraph.Fuzz.dll" seeds "$work/seeds" \
  seeds/*.txt tests/UprGraph.Tests/DevDocs/*.txt tests/UprGraph.Tests/Relations/Genre/*-3.txt

# The target is `dotnet`, which afl-fuzz cannot see is instrumented; SharpFuzz speaks afl's fork-server protocol itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000
afl-fuzz -i "$work/seeds" -o "$work/findings" -t 10000 -m none -V "$((minutes * 60))" \
  -- dotnet "$work/bin/UprGraph.Fuzz.dll" > "$work/afl-fuzz.log" 2>&1 || { tail -n 40 "$work/afl-fuzz.log" >&2; exit 1; }

stats="$work/findings/default/fuzzer_stats"
field() { sed -n "s/^$1 *: *//p" "$stats"; }
echo "fuzz: $(field run_time) s, $(field execs_done) executions ($(field execs_per_sec)/s), $(field corpus_count) paths (corpus), $(field saved_crashes) crashes, $(field saved_hangs) hangs"
shopt -s nullglob
crashes=("$work"/findings/default/crashes/id:*)
hangs=("$work"/findings/default/hangs/id:*)
if [ "${#crashes[@]}" -gt 0 ]; then
  dotnet "$work/plain/UprGraph.Fuzz.dll" replay "${crashes[@]}" || true
fi
[ "${#hangs[@]}" -eq 0 ] || echo "fuzz: hangs (over 10 s each) in $work/findings/default/hangs"
