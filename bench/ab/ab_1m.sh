#!/bin/sh
# ab_1m.sh REPS: the 1M-row train --wait with the CSV read sequential (seq) and on all cores (par), interleaved;
# whole process tree in its own cpuacct cgroup: wall and CPU seconds
D=/tmp/quiet-bench/data; cg=/sys/fs/cgroup/cpuacct
for i in $(seq $1); do for v in seq par; do
  P=""; [ $v = par ] && P="-Dsagedeck.experiment.parallel=true"
  g=$cg/perf13-1m-$v-$$-$i; mkdir $g; H=$(mktemp -d /tmp/perf13/h1m.XXXX); s=$(date +%s%N)
  SAGEDECK_HOME=$H SAGEDECK_JOB_JAVA_OPTS="$P" sh -c "echo \$\$ > $g/cgroup.procs; exec /tmp/perf13/l2/dist/sagedeck train --train $D/titanic_1m_train.csv --test $D/titanic_1m_test.csv --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp nthread=2 --wait --json" >/dev/null 2>&1
  e=$(date +%s%N); n=0; while [ -n "$(cat $g/cgroup.procs)" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n+1)); done
  echo "$v $(( (e-s)/1000000 )) $(cat $g/cpuacct.usage)" | awk '{printf "%s %.3f %.3f 0\n", $1, $2/1000, $3/1e9}'
  rmdir $g; rm -rf $H
done; done
