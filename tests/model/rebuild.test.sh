#!/usr/bin/env bash
# The shipped entity model is what scripts/train makes of ../shared/data, byte
# for byte: a change to anything the trainer reads (its options, the feature
# templates, the word lists the gazetteer is built from) shows here rather than
# as a model nobody can rebuild. About 4 s of training.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ ! -f $root/../shared/data/conll2003/train.txt ]]; then
  echo "rebuild.test: no ../shared/data beside the checkout; skipped"
  exit 0
fi
out=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
if ! "$root/scripts/train" "$out" > "$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
if cmp -s "$out" "$root/core/models/ner-tagger.bin"; then
  echo "rebuild.test: scripts/train rebuilds core/models/ner-tagger.bin byte for byte"
else
  echo "rebuild.test: scripts/train makes a model other than core/models/ner-tagger.bin" >&2
  echo "  (retrain with scripts/train and commit the model, or undo the change the trainer reads)" >&2
  exit 1
fi
