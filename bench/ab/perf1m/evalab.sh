#!/bin/sh
JOPTS="-XX:+UseSerialGC -Xmn16m -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps -XX:-UsePerfData -XX:PretenureSizeThreshold=3m"
for r in 1 2 3 4; do for m in evals loop-noeval; do
  java $JOPTS -cp /tmp/perf1m/probe-out:/tmp/perf1m/v2/dist/sagedeck.jar dev.sagedeck.xgboost.Probe $m /tmp/perf1m/data/titanic_1m_train.csv /tmp/perf1m/data/titanic_1m_test.csv > /tmp/perf1m/pe.txt
  echo "$m ${OMP_WAIT_POLICY:-active} load $(cut -d' ' -f1 /proc/loadavg) $(grep train /tmp/perf1m/pe.txt)"
done; done
