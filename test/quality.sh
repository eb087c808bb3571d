#!/usr/bin/env bash
# Extraction quality gate: `check` the annotated fixtures, and the public benchmarks when
# ../shared/bench is beside the checkout, against thresholds set just under today's scores (.ci/).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=(node bin/tiktok-claims.js check)
"${cli[@]}" fixtures --thresholds .ci/thresholds.json
echo
echo "== fixtures/real (dates and deadlines)"
"${cli[@]}" fixtures/real --thresholds .ci/thresholds.real.json
echo
echo "== fixtures/wikinews (real news, all fields)"
"${cli[@]}" fixtures/wikinews --thresholds .ci/thresholds.wikinews.json
echo
echo "== fixtures/wikinews-dev2 (real news collected in session 7, all fields)"
"${cli[@]}" fixtures/wikinews-dev2 --thresholds .ci/thresholds.wikinews-dev2.json
echo
echo "== fixtures/wikinews-dev3 (real news collected in session 8, all fields)"
"${cli[@]}" fixtures/wikinews-dev3 --thresholds .ci/thresholds.wikinews-dev3.json
echo
echo "== fixtures/wikinews-dev4 (real news collected in session 9, all fields)"
"${cli[@]}" fixtures/wikinews-dev4 --thresholds .ci/thresholds.wikinews-dev4.json
echo
echo "== fixtures/wikinews-dev5 (real news collected in session 10, all fields)"
"${cli[@]}" fixtures/wikinews-dev5 --thresholds .ci/thresholds.wikinews-dev5.json
echo
echo "== fixtures/wikinews-dev6 (real news collected in session 11, all fields)"
"${cli[@]}" fixtures/wikinews-dev6 --thresholds .ci/thresholds.wikinews-dev6.json
echo
echo "== fixtures/deadlines-dev (real texts, deadlines only)"
"${cli[@]}" fixtures/deadlines-dev --thresholds .ci/thresholds.deadlines-dev.json
echo
echo "== fixtures/deadlines-dev2 (real texts collected after dev was tuned, deadlines only)"
"${cli[@]}" fixtures/deadlines-dev2 --thresholds .ci/thresholds.deadlines-dev2.json
echo
echo "== fixtures/deadlines-dev3 (real news texts collected in session 7, deadlines only)"
"${cli[@]}" fixtures/deadlines-dev3 --thresholds .ci/thresholds.deadlines-dev3.json
echo
echo "== fixtures/deadlines-dev4 (real news texts collected in session 8, deadlines only)"
"${cli[@]}" fixtures/deadlines-dev4 --thresholds .ci/thresholds.deadlines-dev4.json
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
