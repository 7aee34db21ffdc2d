#!/usr/bin/env bash
# Batch scale without a home-made scheduler: a JSONL file of articles split
# across processes by GNU parallel must give exactly what one `lede --jsonl`
# process gives, in order with --keep-order, and as the same set of lines with
# --round-robin. Needs build/native/lede (scripts/build native) and `parallel`.
set -euo pipefail
[[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && { echo "Usage: tests/batch/parallel.test.sh   (exit 0 when the outputs agree)"; exit 0; }

root=$(cd "$(dirname "$0")/../.." && pwd)
lede=$root/build/native/lede
command -v parallel >/dev/null || { echo "parallel.test: GNU parallel is missing (apt-get install parallel)" >&2; exit 1; }
[[ -x $lede ]] || { echo "parallel.test: build $lede first (scripts/build native)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 300 records: the seed articles (or a stand-in when ../shared is absent)
# under distinct ids, and a few bad lines that must be answered in place.
node - "$root/../shared/seeds" >"$tmp/in.jsonl" <<'JS'
const fs = require('fs'), path = require('path');
const dir = process.argv[2];
let texts = ['Mr. Smith said: “We will go,” on Jan. 5.\nThe U.S. paid $2.7 billion.'];
if (fs.existsSync(dir)) texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const lines = [];
for (let i = 0; i < 300; i++) {
  if (i % 50 === 7) lines.push('not json');
  else if (i % 50 === 8) lines.push(JSON.stringify({ id: `a${i}`, body: 'no text' }));
  else lines.push(JSON.stringify({ id: `a${String(i).padStart(4, '0')}`, text: texts[i % texts.length].slice(0, 200 + i * 37) }));
}
process.stdout.write(lines.join('\n') + '\n');
JS

"$lede" --jsonl "$tmp/in.jsonl" >"$tmp/single.jsonl"
[[ $(wc -l <"$tmp/single.jsonl") -eq 300 ]] || { echo "parallel.test: one process answered $(wc -l <"$tmp/single.jsonl") of 300 lines" >&2; exit 1; }

# --pipe cuts stdin into blocks at line ends; small blocks force many jobs.
parallel --pipe --keep-order --block 40k -j 2 --joblog "$tmp/jobs" "$lede" --jsonl \
  <"$tmp/in.jsonl" >"$tmp/ordered.jsonl"
jobs=$(($(wc -l <"$tmp/jobs") - 1))
((jobs >= 2)) || { echo "parallel.test: only $jobs job(s) ran; the split did not happen" >&2; exit 1; }
cmp "$tmp/single.jsonl" "$tmp/ordered.jsonl" || { echo "parallel.test: --keep-order output differs" >&2; exit 1; }

# --round-robin feeds lines to long-running processes in any order; sorting
# the lines (each starts with its id) restores a comparable order.
parallel --pipe --round-robin --block 40k -j 2 "$lede" --jsonl <"$tmp/in.jsonl" | LC_ALL=C sort >"$tmp/rr.jsonl"
LC_ALL=C sort "$tmp/single.jsonl" | cmp - "$tmp/rr.jsonl" || { echo "parallel.test: --round-robin output differs" >&2; exit 1; }
echo "parallel.test: $jobs jobs, 300 lines, outputs equal"
