#!/usr/bin/env bash
# Output identity for speed work. `bash test/bench/identical.sh save` writes the JSON Lines output (with
# --explain) of fixtures/*.txt, fixtures/real, fixtures/wikinews, ../shared/bench/attribution and one
# segmented document (> 512 K characters: those articles concatenated) to $OUT/base; `... check` writes
# them again to $OUT/now and compares them byte for byte but for the time taken (stats.ms); `... compare`
# only compares. Runs the compiled CLI (npm run build first) with --jobs 1. Save on the commit you start
# from (after each rebase: others change the output), check after each change.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-/tmp/tc-identical-$(id -u)}
mode=${1:-check}
dir=$OUT/$([ "$mode" = save ] && echo base || echo now)
mkdir -p "$dir"
big=$OUT/big.txt
if [ ! -f "$big" ]; then
  for i in 1 2 3; do for f in fixtures/wikinews/*.txt ../shared/bench/attribution/*.txt; do cat "$f"; printf '\n\n'; done; done > "$big"
fi
run() { node bin/tiktok-claims.js extract "${@:2}" -f jsonl --explain --jobs 1 -q -d 2020-01-01 -o "$dir/$1.jsonl"; }
[ "$mode" = compare ] || {
  run top fixtures/*.txt
  run real fixtures/real
  run wikinews fixtures/wikinews
  run attribution ../shared/bench/attribution
  run big "$big"
}
if [ "$mode" != save ]; then
  status=0
  for f in "$OUT"/base/*.jsonl; do
    n=$(basename "$f")
    # stats.ms (the time taken) is the one field that may differ
    if cmp -s <(sed -E 's/"ms":[0-9.]+/"ms":0/' "$f") <(sed -E 's/"ms":[0-9.]+/"ms":0/' "$dir/$n"); then echo "identical: $n"; else echo "DIFFERENT: $n"; status=1; fi
  done
  exit $status
fi
echo "saved to $dir"
