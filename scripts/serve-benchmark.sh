#!/usr/bin/env bash
# Load benchmark of `cnn-grader serve` (docs/performance.md): 40 clients, 400 checks of the sample sheets.
# Usage: bash scripts/serve-benchmark.sh [CLIENTS] [CHECKS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt >/dev/null
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  org.cnngrader.serve.ServeLoadBenchmark "$@"
