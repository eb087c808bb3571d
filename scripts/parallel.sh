#!/usr/bin/env bash
# Distribute extraction and ledgers over cores and machines with GNU parallel (Debian: apt-get install
# parallel). One JSON Lines corpus is cut into blocks of N records; each block is one job, on this
# machine or on the hosts given with -S (GNU parallel --sshlogin; tiktok-claims must be installed there
# at the same path, or give TC). Record paths stay those of the whole file (--stdin-name, --line-offset),
# so the result is the one a single run would give:
#
#   scripts/parallel.sh extract corpus.jsonl > docs.jsonl           # = extract corpus.jsonl -f jsonl
#   scripts/parallel.sh ledger corpus.jsonl -o ledger.json          # = ledger corpus.jsonl -f json
#   scripts/parallel.sh ledger corpus.jsonl -S 4/host1,4/host2 -N 2000 -o ledger.json
#
# extract: the documents, in input order (-k). ledger: one shard ledger per block (JSON with digests),
# folded in block order on this machine (`ledger shard-1.json shard-2.json ...`). Options:
#   -N RECORDS   records per job (default 500)      -j JOBS   jobs per host (default: its cores)
#   -S HOSTS     GNU parallel --sshlogin list       -o FILE   ledger output (default: stdout)
#   -w DIR       where the shard ledgers are kept (default: a temp dir, removed at the end)
#   --           the rest are passed to every tiktok-claims run (e.g. -- --date 2025-06-01)
# Exit: 0, or the highest exit code of any job or of the merge (3: an input failed; see stderr).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
TC=${TC:-"node $here/bin/tiktok-claims.js"}

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
cmd=$1 corpus=$2
shift 2
n=500 jobs= hosts= out= work=
while [ $# -gt 0 ]; do
  case $1 in
    -N) n=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    -S) hosts=$2; shift 2 ;;
    -o) out=$2; shift 2 ;;
    -w) work=$2; shift 2 ;;
    --) shift; break ;;
    *) usage ;;
  esac
done
extra=; [ $# -gt 0 ] && extra=$(printf ' %q' "$@")
command -v parallel >/dev/null || { echo "parallel.sh: GNU parallel is not installed (apt-get install parallel)" >&2; exit 2; }
[ -f "$corpus" ] || { echo "parallel.sh: $corpus: no such file" >&2; exit 3; }
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "parallel.sh: bad -N $n: expected a whole number of records" >&2; exit 2; }

name=$(printf '%q' "$corpus")
# each job reads one block on standard input; {#} is the block's number, so its first line is ({#}-1)*N+1
job="$TC $cmd - --input-format jsonl --stdin-name $name --line-offset \$(( ({#} - 1) * $n )) --jobs 1 -q$extra"
par=(parallel --pipe -N "$n" -k --halt never)
[ -n "$jobs" ] && par+=(-j "$jobs")
[ -n "$hosts" ] && par+=(--sshlogin "$hosts")

case $cmd in
  extract)
    "${par[@]}" "$job -f jsonl" < "$corpus"
    status=$?
    exit $(( status > 0 ? 3 : 0 ))
    ;;
  ledger)
    [ -n "$work" ] || { work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; }
    mkdir -p "$work"
    # each shard's ledger comes back on stdout (also from a remote host) into a file here, listed in block order
    "${par[@]}" --files --tmpdir "$work" "$job -f json" < "$corpus" > "$work/.files"
    status=$(( $? > 0 ? 3 : 0 ))
    mapfile -t files < "$work/.files"
    shards=()
    for i in "${!files[@]}"; do
      shards+=("$work/shard-$((i + 1)).json")
      mv "${files[$i]}" "${shards[$i]}"
    done
    [ ${#shards[@]} -gt 0 ] || { echo "parallel.sh: no shard ledger was made" >&2; exit 3; }
    merge=($TC ledger "${shards[@]}" -f json -q)
    [ -n "$out" ] && merge+=(-o "$out")
    "${merge[@]}"
    m=$?
    exit $(( m > status ? m : status ))
    ;;
  *) usage ;;
esac
