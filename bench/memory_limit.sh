#!/usr/bin/env bash
# The 10M-row Titanic under a 4 GiB memory limit, the lesson's Python recipe and sagedeck one after the
# other, each in a fresh memory cgroup holding its whole process tree (sagedeck's job process included:
# a cgroup is inherited across setsid). The limit is a cgroup because that is what a 4 GiB notebook is;
# `ulimit -v` limits address space, which a JVM reserves far beyond what it touches.
# Mechanism, first that works: `systemd-run --scope -p MemoryMax=4G`, a cgroup v2 directory, a cgroup v1
# memory directory (memory.limit_in_bytes). Needs root for the last two.
#
#   bench/memory_limit.sh [LIMIT_BYTES]     data: $SAGEDECK_BENCH_DATA/10m (see run_train_bench.sh --reps-10m)
set -uo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
limit=${1:-$((4 * 1024 * 1024 * 1024))}
data="${SAGEDECK_BENCH_DATA:-/tmp/sagedeck-bench-data}/10m"
threads=$(nproc)
[ -f "$data/titanic_1m_test.csv" ] || { echo "no 10M data in $data: run bench/run_train_bench.sh --reps-10m 1 first" >&2; exit 2; }

in_limit() { # name command...: runs the command in a new memory cgroup; prints how it ended
    local name=$1; shift
    if systemd-run --scope -p MemoryMax="$limit" --quiet true 2>/dev/null; then
        echo "mechanism: systemd-run --scope -p MemoryMax=$limit"
        systemd-run --scope -p MemoryMax="$limit" --quiet "$@"; return
    fi
    local cg
    if [ -w /sys/fs/cgroup/cgroup.subtree_control ]; then
        cg=/sys/fs/cgroup/sagedeck-bench-$name-$$; mkdir "$cg" && echo "$limit" >"$cg/memory.max" && echo 0 >"$cg/memory.swap.max" 2>/dev/null
        echo "mechanism: cgroup v2 $cg, memory.max=$limit"
    elif [ -w /sys/fs/cgroup/memory ]; then
        cg=/sys/fs/cgroup/memory/sagedeck-bench-$name-$$; mkdir "$cg" && echo "$limit" >"$cg/memory.limit_in_bytes"
        echo "mechanism: cgroup v1 $cg, memory.limit_in_bytes=$limit (this machine has no swap)"
    else
        echo "no way to make a memory cgroup here (no systemd, no writable /sys/fs/cgroup)" >&2; return 2
    fi
    local start rc
    start=$(date +%s.%N)
    bash -c 'echo $$ >"$1/cgroup.procs"; shift; exec "$@"' sh "$cg" "$@"
    rc=$?
    # wait for the tree to leave the cgroup (a detached job process outlives its CLI only if the CLI failed)
    for _ in $(seq 1 600); do [ -z "$(cat "$cg/cgroup.procs")" ] && break; sleep 0.5; done
    echo "exit code $rc after $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e-s}') s"
    [ -f "$cg/memory.max_usage_in_bytes" ] && echo "peak of the cgroup (page cache included): $(( $(cat "$cg/memory.max_usage_in_bytes") / 1048576 )) MB"
    [ -f "$cg/memory.peak" ] && echo "peak of the cgroup (page cache included): $(( $(cat "$cg/memory.peak") / 1048576 )) MB"
    grep -h -E '^(oom_kill|under_oom)' "$cg/memory.oom_control" "$cg/memory.events" 2>/dev/null | sed 's/^/cgroup: /'
    rmdir "$cg" 2>/dev/null
    return $rc
}

work=$(mktemp -d)
echo "== python: bench/lesson_baseline.py, 10M rows, limit $((limit / 1048576)) MB"
in_limit python /usr/bin/python3 "$repo/bench/lesson_baseline.py" --train "$data/titanic_1m_train.csv" --test "$data/titanic_1m_test.csv" \
    --model-dir "$work" --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --nthread "$threads" 2>&1 | tail -n 6
echo "== sagedeck train --wait, 10M rows, limit $((limit / 1048576)) MB"
SAGEDECK_HOME=$work in_limit sagedeck "$repo/dist/sagedeck" train --train "$data/titanic_1m_train.csv" --test "$data/titanic_1m_test.csv" \
    --preset titanic --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --hp "nthread=$threads" \
    --wait 2>&1 | grep -E 'Test Set Accuracy|Completed|Failed|mechanism|exit code|peak|cgroup:|Killed' | tail -n 8
rm -rf "$work"
