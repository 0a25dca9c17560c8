#!/usr/bin/env bash
# In-process dashboard benchmarks (key -> frame with 10k jobs, 1M-line log pane), each against a
# Lanterna baseline measured in the same run. Usage: bench/dashboard/run.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
./mvnw -B -q test-compile >&2
cp_file="$(mktemp)"
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
cp="target/classes:target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"
# DashboardBench is compiled with the tests (pom: build-helper), so it runs from target/test-classes
exec java -Xmx1g -cp "$cp" DashboardBench
