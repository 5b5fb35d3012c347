#!/usr/bin/env bash
# Every benchmark at every size, the heap per model, and the NetworkX comparisons, in one run
# (about 30 minutes on 2 cores): the figures of docs/performance.md, "Every benchmark at three
# sizes". Run from the repository root after building:
#   mvn -B -ntp -q install -DskipTests && mvn -B -ntp -q -f benchmarks/pom.xml package
#   benchmarks/measure-all.sh [DATA_DIR]        (default ../shared/data)
# Results: benchmarks/target/results/<part>.txt, and a summary on standard output.
set -uo pipefail
cd "$(dirname "$0")/.."
data="$(cd "${1:-../shared/data}" && pwd)"
out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
jmh=(java "-Dsppathways.data=$data" -jar "$jar")
quick=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
run() {
  local part=$1; shift
  echo "== $part $(date +%T)"
  "$@" > "$out/$part.txt" 2>&1 || echo "   (failed: see $out/$part.txt)"
  sed -n '/^Benchmark/,$p' "$out/$part.txt"
}
{ uname -srm; lscpu | grep -E 'Model name|^CPU\(s\)'; java -version 2>&1 | head -1
  python3 -c "import networkx; print('networkx', networkx.__version__)"; } > "$out/machine.txt"
run footprint java "-Dsppathways.data=$data" -cp "$jar" org.sppathways.benchmarks.ModelFootprint
cat "$out/footprint.txt"
run import-footprint java -Xmx24m "-Dsppathways.data=$data" -cp "$jar" \
  org.sppathways.benchmarks.ImportFootprint esco
cat "$out/import-footprint.txt"
run gaps "${jmh[@]}" GapScoringBenchmark "${quick[@]}"
run load "${jmh[@]}" ModelLoadBenchmark "${quick[@]}"
run training "${jmh[@]}" TrainingBenchmark "${quick[@]}"
run coverage "${jmh[@]}" CoverageBenchmark "${quick[@]}"
run import "${jmh[@]}" ImportBenchmark "${quick[@]}"
run pathsearch "${jmh[@]}" PathSearchBenchmark "${quick[@]}"
run pathscaling "${jmh[@]}" PathScalingBenchmark "${quick[@]}"
run betweenness "${jmh[@]}" BetweennessBenchmark -e jgrapht "${quick[@]}"
run betweenness-jgrapht "${jmh[@]}" 'BetweennessBenchmark.jgrapht' -p graph=regional,national,onet \
  -f 1 -wi 1 -i 3
run flow "${jmh[@]}" FlowBenchmark "${quick[@]}"
run needs "${jmh[@]}" NeedsBenchmark -f 1 -wi 1 -i 3
echo "== NetworkX comparisons $(date +%T)"
python3 benchmarks/compare.py --data "$data" --quick | tee "$out/compare.txt"
echo "== done $(date +%T)"
