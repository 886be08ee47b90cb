#!/usr/bin/env bash
# Side-by-side throughput of khabar's text layers and the peer tools, one run, one machine.
#
#   bash bench/run.sh [SHARED_DIR]      (default ../shared)
#
# Needs: ../shared/data/raw-news-* for the corpus; PyArabic and CAMeL Tools from PyPI
# (pip install pyarabic camel-tools); Lucene from Debian (apt-get install liblucene8-java) and
# a JDK. A missing peer is reported and skipped. Results go to bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
out=bench/out
mkdir -p "$out"
corpus=$out/corpus.txt
[ -s "$corpus" ] || python3 bench/make_corpus.py "$shared" "$corpus"
cargo build --release -q -p khabar-cli
target/release/khabar bench --corpus "$corpus" --repeat 5 > "$out/khabar.json"
python3 bench/peers.py "$corpus" --repeat 3 > "$out/peers.json" || echo '{"rows": []}' > "$out/peers.json"
lucene_cp=/usr/share/java/lucene-core-8.7.0.jar:/usr/share/java/lucene-analyzers-common-8.7.0.jar
if [ -f /usr/share/java/lucene-core-8.7.0.jar ] && command -v javac >/dev/null; then
  javac -d "$out" -cp "$lucene_cp" bench/lucene/LuceneBench.java
  java -cp "$out:$lucene_cp" LuceneBench "$corpus" 5 > "$out/lucene.json"
else
  echo "lucene: liblucene8-java or javac missing, skipped" >&2
  echo '{"rows": []}' > "$out/lucene.json"
fi
python3 bench/report.py "$out/khabar.json" "$out/peers.json" "$out/lucene.json" | tee "$out/report.md"
