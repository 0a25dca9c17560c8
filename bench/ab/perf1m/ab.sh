#!/bin/sh
# ab.sh REPS VARIANT... : the 1M-row train --wait per variant, interleaved; VARIANT = name of /tmp/perf1m/<name>/dist,
# optionally name:JOBOPTS (JOBOPTS with commas for spaces). Whole process tree in its own cpuacct cgroup.
# Prints: variant wall_s cpu_s job_total_s training_s gc_pauses full_gcs accuracy
D=/tmp/perf1m/data; cg=/sys/fs/cgroup/cpuacct
reps=$1; shift
for i in $(seq $reps); do for v in "$@"; do
  name=${v%%:*}; opts=""; case $v in *:*) opts=$(echo "${v#*:}" | tr , ' ');; esac
  g=$cg/perf1m-$$-$i-$(echo $v | md5sum | cut -c1-6); mkdir $g; H=$(mktemp -d /tmp/perf1m/h.XXXX); s=$(date +%s%N)
  SAGEDECK_HOME=$H SAGEDECK_JOB_JAVA_OPTS="$opts -Xlog:gc:file=$H/gc.log" sh -c "echo \$\$ > $g/cgroup.procs; exec /tmp/perf1m/$name/dist/sagedeck train --train $D/titanic_1m_train.csv --test $D/titanic_1m_test.csv --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp nthread=2 --wait --json" >$H/out.json 2>/dev/null
  e=$(date +%s%N); n=0; while [ -n "$(cat $g/cgroup.procs)" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n+1)); done
  tot=$(grep -o '"totalSeconds" *: *[0-9.]*' $H/out.json | grep -o '[0-9.]*$'); tr=$(grep -o '"trainingSeconds" *: *[0-9.]*' $H/out.json | grep -o '[0-9.]*$')
  acc=$(grep -o '"accuracy" *: *[0-9.]*' $H/out.json | grep -o '[0-9.]*$' | cut -c1-6)
  gcs=$(grep -c 'Pause' $H/gc.log); full=$(grep -c 'Pause Full' $H/gc.log)
  echo "$v $(( (e-s)/1000000 )) $(cat $g/cpuacct.usage) $tot $tr $gcs $full $acc" | awk '{printf "%s %.3f %.3f %s %.3f %s %s %s\n", $1, $2/1000, $3/1e9, $4, $5, $6, $7, $8}'
  rmdir $g; rm -rf $H
done; done
