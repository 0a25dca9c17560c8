#!/bin/sh
# List-mine benchmark (issue 4): moto_server seeded with 10,000 training jobs, 300 of them mine.
#   1. sagedeck's SageMaker adapter vs a naive client (ListTrainingJobs + ListTags per job): calls, wall time
#   2. `sagedeck jobs --json` vs `aws sagemaker list-training-jobs`, whole processes, side by side
# Usage: bench/list-mine.sh            (from the repository root; needs moto_server, python3+boto3, aws; Maven comes with ./mvnw)
# Results go to bench/out/list-mine.txt; numbers and exact commands are in docs/BENCHMARKS.md.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
mkdir -p bench/out
out=bench/out/list-mine.txt
: > "$out"
say() { printf '%s\n' "$*" | tee -a "$out"; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
endpoint=http://127.0.0.1:$port
work=$(mktemp -d)
moto_server -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null; rm -rf "$work"' EXIT INT TERM
i=0
until curl -fs -o /dev/null "$endpoint/moto-api/"; do
    i=$((i + 1)); [ $i -lt 100 ] || { echo "moto_server did not start" >&2; exit 1; }; sleep 0.1
done

say "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores; moto $(python3 -c 'import moto; print(moto.__version__)'), $(aws --version 2>&1 | cut -d' ' -f1)"
python3 bench/seed_moto.py --endpoint "$endpoint" --total 10000 --mine 300 2>&1 | tail -n 1 | tee -a "$out"

./mvnw -B -o -q package -DskipTests > /dev/null 2>&1 || ./mvnw -B -q package -DskipTests
say ""
say "## adapter vs naive (java -cp dist/sagedeck.jar:target/test-classes dev.sagedeck.sagemaker.ListMineBenchmark $endpoint)"
java -cp dist/sagedeck.jar:target/test-classes dev.sagedeck.sagemaker.ListMineBenchmark "$endpoint" | tee -a "$out"

export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
ms() { python3 -c 'import time; print(int(time.time() * 1000))'; }
timed() { # label, command...: wall time in ms of one run, output discarded
    label=$1; shift
    t0=$(ms); "$@" > "$work/stdout" 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }; t1=$(ms)
    say "| $label | $((t1 - t0)) | $(wc -c < "$work/stdout") bytes |"
}
say ""
say "## whole processes, wall time (ms)"
say "| command | wall ms | output |"
say "|---|---|---|"
state=$work/state
for run in 1 2 3; do
    timed "sagedeck jobs --json (run $run, fresh state dir on run 1)" \
        env SAGEDECK_HOME="$state" SAGEDECK_OWNER=alice AWS_ENDPOINT_URL="$endpoint" dist/sagedeck jobs --json
done
for run in 1 2 3; do
    timed "aws sagemaker list-training-jobs (run $run)" aws sagemaker list-training-jobs --endpoint-url "$endpoint"
done
for run in 1 2 3; do
    timed "aws sagemaker list-training-jobs --page-size 100 (run $run)" \
        aws sagemaker list-training-jobs --page-size 100 --endpoint-url "$endpoint"
done
say ""
count() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d if isinstance(d, list) else d["TrainingJobSummaries"]))'; }
say "sagedeck jobs --json printed $(env SAGEDECK_HOME="$state" SAGEDECK_OWNER=alice AWS_ENDPOINT_URL="$endpoint" dist/sagedeck jobs --json | count) jobs;" \
    "aws sagemaker list-training-jobs printed $(aws sagemaker list-training-jobs --endpoint-url "$endpoint" | count)"
