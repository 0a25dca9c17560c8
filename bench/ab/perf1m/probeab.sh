#!/bin/sh
# probeab.sh REPS JAR-VARIANT[:JVMFLAGS]...: Probe noeval per variant, interleaved, OMP passive; CPU ms per phase + whole JVM CPU s
JOPTS="-XX:+UseSerialGC -Xmn16m -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -XX:-UsePerfData"
reps=$1; shift
for r in $(seq $reps); do for v in "$@"; do j=${v%%:*}; o=""; case $v in *:*) o=$(echo "${v#*:}" | tr , ' ');; esac
  OMP_WAIT_POLICY=passive /usr/bin/time -f "%U %S" -o /tmp/perf1m/t.txt java $JOPTS $o -cp /tmp/perf1m/probe-out:/tmp/perf1m/$j/dist/sagedeck.jar dev.sagedeck.xgboost.Probe noeval /tmp/perf1m/data/titanic_1m_train.csv /tmp/perf1m/data/titanic_1m_test.csv > /tmp/perf1m/pr.txt
  echo "$v load $(cut -d' ' -f1 /proc/loadavg) $(awk '/prepare|toMatrices|train|save|reload|test/ {printf "%s=%s ", $1, $(NF-2)}' /tmp/perf1m/pr.txt) jvmcpu=$(awk '{print $1+$2}' /tmp/perf1m/t.txt)"
done; done
