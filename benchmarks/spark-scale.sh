#!/usr/bin/env bash
# Population needs and top-5 scoring of N generated profiles on the real ESCO 1.2 model, on Spark
# in local mode against the single-process NeedsAnalysis on the same people (answers checked
# equal). Usage, from the repository root, after the build (mvn -B -ntp -DskipTests verify):
#   benchmarks/spark-scale.sh 1000000 [DATA_DIR]
# DATA_DIR holds esco-1.2/ (default ../shared/data). Generated Parquet goes to target/spark-scale/.
set -euo pipefail
n="${1:?usage: benchmarks/spark-scale.sh N [DATA_DIR]}"
data="${2:-../shared/data}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cp="spark/target/sp-pathways-spark-0.1.0-SNAPSHOT.jar:$(cat spark/target/classpath.txt)"
out=target/spark-scale/classes
mkdir -p "$out"
javac -q -nowarn -d "$out" -cp "$cp" benchmarks/spark/SparkScaleBenchmark.java 2>/dev/null \
  || javac -nowarn -d "$out" -cp "$cp" benchmarks/spark/SparkScaleBenchmark.java
opens=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' spark/pom.xml)
# shellcheck disable=SC2086
exec java $opens -Xmx${SPARK_SCALE_HEAP:-6g} -Dsppathways.data="$data" \
  -Dlog4j2.configurationFile="$root/spark/src/main/resources-local/log4j2.properties" \
  -cp "$out:$cp" org.sppathways.benchmarks.spark.SparkScaleBenchmark "$n" target/spark-scale
