#!/bin/sh
# timeline.sh DIST TAG [JOBOPTS]: one 1M train --wait, log lines stamped (ms since start), GC log of the job
D=/tmp/perf1m/data; H=$(mktemp -d /tmp/perf1m/h.XXXX); s=$(date +%s%N)
SAGEDECK_HOME=$H SAGEDECK_JOB_JAVA_OPTS="$3 -Xlog:gc:file=/tmp/perf1m/gc-$2.log:uptimemillis" $1/sagedeck train --train $D/titanic_1m_train.csv --test $D/titanic_1m_test.csv --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp nthread=2 --wait --json 2>&1 >/tmp/perf1m/out-$2.json | python3 /tmp/perf1m/ts.py $s > /tmp/perf1m/tl-$2.txt
e=$(date +%s%N); echo "$2 wall $(( (e-s)/1000000 )) ms; $(grep -o '"accuracy" *: *[0-9.]*' /tmp/perf1m/out-$2.json)"
rm -rf $H
