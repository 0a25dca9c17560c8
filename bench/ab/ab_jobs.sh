#!/bin/sh
# ab_jobs.sh REPS VARIANT...: java -version then each variant's `sagedeck jobs --local-only`, interleaved; CPU (user+sys) and wall per run
reps=$1; shift
H=$(cat /tmp/perf13/jobshome)
for v in "$@"; do SAGEDECK_HOME=$H SAGEDECK_OWNER=bench /tmp/perf13/$v/dist/sagedeck jobs --local-only >/dev/null 2>&1; SAGEDECK_HOME=$H SAGEDECK_OWNER=bench /tmp/perf13/$v/dist/sagedeck jobs --local-only >/dev/null 2>&1; done
for i in $(seq $reps); do
  /usr/bin/time -f "java %e %U %S" java -version 2>&1 >/dev/null | tail -1
  for v in "$@"; do
    SAGEDECK_HOME=$H SAGEDECK_OWNER=bench /usr/bin/time -f "$v %e %U %S" /tmp/perf13/$v/dist/sagedeck jobs --local-only 2>&1 >/dev/null | tail -1
  done
done
