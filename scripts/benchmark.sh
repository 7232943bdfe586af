#!/usr/bin/env bash
# Measures grading against reading only, with 1 and 2 threads, in a 512 MB heap (see README).
# Arguments: the number of submissions (default 1000), a folder for the reports ("-" or none: beside the
# generated cohort, in the temporary folder), and the number of warm-up passes (default: until the JIT compiles
# for less than 2% of a pass), or "cold": every run a JVM of its own. With the single argument "reports": what each
# team report costs, warm; with "steps": what each step costs per file of each kind, against reading only that file.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
classpath="target/classes:target/test-classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
if [ "${1:-}" = reports ]; then
  # What each team report costs, warm (TeamReportsBenchmark).
  java -Xmx512m -cp "$classpath" org.cnngrader.report.TeamReportsBenchmark
elif [ "${1:-}" = steps ]; then
  # What each step costs per file, warm, against reading only the file (StepsBenchmark).
  java -Xmx512m -cp "$classpath" org.cnngrader.report.StepsBenchmark
else
  java -Xmx512m -cp "$classpath" org.cnngrader.report.GradeRunBenchmark "$@"
fi
