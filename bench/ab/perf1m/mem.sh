#!/bin/sh
# mem.sh VARIANT TAG [JOBOPTS]: one 1M-row train --wait with /tmp/perf1m/VARIANT/dist; the job JVM's peak RSS (rss.py) and GC log
D=/tmp/perf1m/data; H=$(mktemp -d /tmp/perf1m/h.XXXX)
SAGEDECK_HOME=$H SAGEDECK_JOB_JAVA_OPTS="$3 -Xlog:gc:file=/tmp/perf1m/gc-$2.log" python3 /tmp/perf1m/rss.py /tmp/perf1m/rss-$2.txt $H -- /tmp/perf1m/$1/dist/sagedeck train --train $D/titanic_1m_train.csv --test $D/titanic_1m_test.csv --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp nthread=2 --wait --json > /tmp/perf1m/out-$2.json 2> /tmp/perf1m/err-$2.txt
echo "$2: $(tail -1 /tmp/perf1m/err-$2.txt) $(grep -m1 '"accuracy"' /tmp/perf1m/out-$2.json) GC pauses $(grep -c Pause /tmp/perf1m/gc-$2.log), full $(grep -c 'Pause Full' /tmp/perf1m/gc-$2.log)"
rm -rf $H
