#!/bin/sh
# ab_train.sh REPS VARIANT...: `sagedeck train --sample titanic --wait --json` per variant, interleaved; the whole
# process tree (launcher, sagedeck's JVM, the run's JVM, cat) in its own cpuacct cgroup: CPU seconds of all of it, and wall
reps=$1; shift
cg=/sys/fs/cgroup/cpuacct
for v in "$@"; do H=$(mktemp -d); SAGEDECK_HOME=$H /tmp/perf13/$v/dist/sagedeck train --sample titanic --wait --json >/dev/null 2>&1; sleep 3; rm -rf $H; done
for i in $(seq $reps); do
  for v in "$@"; do
    g=$cg/perf13-$v-$$-$i; mkdir $g
    H=$(mktemp -d)
    s=$(date +%s%N)
    SAGEDECK_HOME=$H sh -c "echo \$\$ > $g/cgroup.procs; exec /tmp/perf13/$v/dist/sagedeck train --sample titanic --wait --json" >/dev/null 2>&1
    e=$(date +%s%N)
    n=0; while [ -n "$(cat $g/cgroup.procs)" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n+1)); done
    u=$(cat $g/cpuacct.usage)
    echo "$v $(( (e-s)/1000000 )) $u" | awk '{printf "%s %.3f %.3f 0\n", $1, $2/1000, $3/1e9}'
    rmdir $g; rm -rf $H
  done
done
