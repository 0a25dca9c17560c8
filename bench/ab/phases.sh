#!/bin/sh
# phases.sh JAR_DIST_DIR OUTDIR: one sample train --wait with class-load logs (epoch ns) in both JVMs
dist=$1 out=$(readlink -f $2)
mkdir -p $2; out=$(readlink -f $2); rm -f $out/*.log
home=$(mktemp -d)
t0=$(date +%s%N)
SAGEDECK_HOME=$home SAGEDECK_OWNER=bench SAGEDECK_JAVA_OPTS="-Xlog:class+load=info:file=$out/cli.log:timemillis -Xlog:startuptime=info:file=$out/cli-st.log:timemillis" \
SAGEDECK_JOB_JAVA_OPTS="-Xlog:class+load=info:file=$out/job.log:timemillis" \
  $dist/sagedeck train --sample titanic --wait --json > $out/result.json 2> $out/stderr.txt
t1=$(date +%s%N)
echo "start $t0 end $t1 wall $(( (t1-t0)/1000000 )) ms" > $out/wall.txt
cp $home/jobs/*/job.json $out/record.json
rm -rf $home
