#!/bin/sh
# mem1m.sh DIST TAG JOBOPTS: one 1M-row train --wait; job JVM RSS timeline (10 ms) and GC log
D=/tmp/quiet-bench/data; H=$(mktemp -d /tmp/perf13/h1m.XXXX)
SAGEDECK_HOME=$H SAGEDECK_JOB_JAVA_OPTS="$3 -Xlog:gc*:file=/tmp/perf13/gc-$2.log:uptime" python3 /tmp/perf13/rss.py /tmp/perf13/rss-$2.txt $H -- $1/sagedeck train --train $D/titanic_1m_train.csv --test $D/titanic_1m_test.csv --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp nthread=2 --wait --json > /tmp/perf13/out-$2.json 2> /tmp/perf13/err-$2.txt
echo "$2: $(tail -1 /tmp/perf13/err-$2.txt) $(grep -m1 '"accuracy"' /tmp/perf13/out-$2.json) $(grep -o 'Total time: [0-9.]* seconds' $H/jobs/*/job.log)"
rm -rf $H
