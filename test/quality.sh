#!/usr/bin/env bash
# Extraction quality gate: `check` the annotated fixtures, and the public benchmarks when
# ../shared/bench is beside the checkout, against thresholds set just under today's scores (.ci/).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=(node bin/tiktok-claims.js check)
"${cli[@]}" fixtures --thresholds .ci/thresholds.json
# One set: a blank line, its header, then its check against its thresholds.
gate() { echo; echo "== $1 ($2)"; "${cli[@]}" "$1" --thresholds "$3"; }
gate fixtures/real "dates and deadlines" .ci/thresholds.real.json
gate fixtures/wikinews "real news, all fields" .ci/thresholds.wikinews.json
gate fixtures/wikinews-dev2 "real news collected in session 7, all fields" .ci/thresholds.wikinews-dev2.json
gate fixtures/wikinews-dev3 "real news collected in session 8, all fields" .ci/thresholds.wikinews-dev3.json
gate fixtures/wikinews-dev4 "real news collected in session 9, all fields" .ci/thresholds.wikinews-dev4.json
gate fixtures/wikinews-dev5 "real news collected in session 10, all fields" .ci/thresholds.wikinews-dev5.json
gate fixtures/wikinews-dev6 "real news collected in session 11, all fields" .ci/thresholds.wikinews-dev6.json
gate fixtures/wikinews-dev7 "real news collected in session 12, all fields" .ci/thresholds.wikinews-dev7.json
gate fixtures/wikinews-dev8 "real news collected in session 13, all fields" .ci/thresholds.wikinews-dev8.json
gate fixtures/wikinews-dev9 "real news collected in session 14, all fields" .ci/thresholds.wikinews-dev9.json
gate fixtures/wikinews-dev10 "real news collected in session 15, all fields" .ci/thresholds.wikinews-dev10.json
gate fixtures/wikinews-dev11 "real news collected in session 16, all fields" .ci/thresholds.wikinews-dev11.json
gate fixtures/wikinews-dev12 "real news collected in session 17, all fields" .ci/thresholds.wikinews-dev12.json
gate fixtures/wikinews-dev13 "real news collected in session 18, all fields" .ci/thresholds.wikinews-dev13.json
gate fixtures/deadlines-dev "real texts, deadlines only" .ci/thresholds.deadlines-dev.json
gate fixtures/deadlines-dev2 "real texts collected after dev was tuned, deadlines only" .ci/thresholds.deadlines-dev2.json
gate fixtures/deadlines-dev3 "real news texts collected in session 7, deadlines only" .ci/thresholds.deadlines-dev3.json
gate fixtures/deadlines-dev4 "real news texts collected in session 8, deadlines only" .ci/thresholds.deadlines-dev4.json
gate fixtures/deadlines-dev5 "real texts collected in session 15, deadlines only" .ci/thresholds.deadlines-dev5.json
gate fixtures/deadlines-dev6 "real texts collected in session 16, deadlines only" .ci/thresholds.deadlines-dev6.json
for bench in attribution tempeval gum; do
  dir=../shared/bench/$bench
  if [ -d "$dir" ]; then
    echo
    echo "== $dir"
    "${cli[@]}" "$dir" --thresholds ".ci/thresholds.bench-$bench.json"
  else
    echo "skipped: $dir is not present"
  fi
done
