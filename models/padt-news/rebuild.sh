#!/usr/bin/env bash
# Rebuilds the default morphosyntax model from ../shared (deterministic: the same inputs give
# the same bytes).   bash models/padt-news/rebuild.sh SHARED_DIR
set -euo pipefail
shared=${1:?usage: rebuild.sh SHARED_DIR}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${TMPDIR:-/tmp}/khabar-padt-build
mkdir -p "$work"
cd "$repo"
cargo build --release --quiet
k=target/release/khabar
bench="$shared/data/bench"
python3 models/padt-news/make_vocab.py "$shared" "$k" models/padt-news/vocab-ant.tsv --min 1
python3 models/padt-news/make_lexicon.py "$shared" models/padt-news/lexicon-camel-morph.tsv
# word clusters for the tagger: ANT (Apache-2.0) + SaudiNewsNet (CC BY-NC-SA 4.0) article
# texts and titles, and the treebank's own training text (so its words are all clustered)
python3 models/ner-anercorp/make_raw.py "$shared" "$work/raw-news.txt"
$k clusters --out "$work/clusters-padt.tsv" --min-count 3 --depth 12 \
  "$work/raw-news.txt" "$bench/padt-news-train.txt"
$k train --task all --train "$bench/padt-news-train.conllu" --dev "$bench/padt-news-dev.conllu" \
  --vocab models/padt-news/vocab-ant.tsv --lexicon models/padt-news/lexicon-camel-morph.tsv \
  --clusters "$work/clusters-padt.tsv" --epochs 12 --cv 5 --seed 1 \
  --licence "CC BY-NC-SA 4.0 (PADT, CC BY-NC-SA 3.0, adapted under its later-version clause; word clusters from SaudiNewsNet CC BY-NC-SA 4.0 and ANT Apache-2.0; Camel Morph proper nouns, verb and adjective stems CC BY 4.0)" \
  --out models/padt-news/khabar-padt-news.model
