#!/usr/bin/env bash
# Issue 3's training benchmark, in one run and side by side: the lesson's Python recipe
# (bench/lesson_baseline.py on Debian's python3) versus `dist/sagedeck train --wait --json`, on the
# Titanic sample (713/178 rows) and on a generated 1,000,000-row Titanic (bench/gen_titanic_1m.py).
# Each tool runs --reps times per data set, interleaved; we report the median wall time, the peak
# RSS of the whole process tree (bench/measure.py explains how) and the test accuracy, plus the
# ratios sagedeck/python against the issue's targets. Results: bench/out/<run>/results.{md,json}.
#
#   bench/run_train_bench.sh [--reps N] [--reps-1m N] [--reps-10m N] [--threads N] [--only python|sagedeck]
#                            [--skip-1m] [--source DIR_WITH_titanic_train.csv]
# --reps-10m N (default 0: skipped) adds 10,000,000 training / 2,500,000 test rows, generated once into
# $SAGEDECK_BENCH_DATA (default /tmp/sagedeck-bench-data; 0.9 GB, never in the repository).
# Before timing, one untimed sagedeck run on the sample, as after a user's first run: it writes the
# class-data archives and extracts XGBoost's native library into the cache (docs/BENCHMARKS.md).
# $SAGEDECK_BIN replaces dist/sagedeck (e.g. an installed copy).
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
sagedeck="${SAGEDECK_BIN:-$repo/dist/sagedeck}"
say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: ERROR: %s\n' "$*" >&2; exit 2; }

reps=5
reps_1m=3
reps_10m=0
threads="$(nproc)"
only=""
skip_1m=no
source_dir=""
while [ $# -gt 0 ]; do
    case $1 in
        --reps) reps=$2; shift 2 ;;
        --reps-1m) reps_1m=$2; shift 2 ;;
        --reps-10m) reps_10m=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --skip-1m) skip_1m=yes; shift ;;
        --source) source_dir=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
case $only in "" | python | sagedeck) ;; *) die "--only takes python or sagedeck, not $only" ;; esac

# --- Debian's python3 with the lesson's libraries ------------------------------------------
py=/usr/bin/python3
if ! "$py" -c 'import xgboost, pandas, sklearn, joblib' >/dev/null 2>&1; then
    say "installing Debian's python3-xgboost python3-pandas python3-sklearn"
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        python3 python3-xgboost python3-pandas python3-sklearn python3-joblib >&2
fi

# --- data ----------------------------------------------------------------------------------
if [ -z "$source_dir" ]; then
    for d in "$repo/src/main/resources/samples/titanic" "$repo/../shared/data" "$repo/../../shared/data"; do
        if [ -f "$d/titanic_train.csv" ] && [ -f "$d/titanic_test.csv" ]; then source_dir=$d; break; fi
    done
fi
[ -n "$source_dir" ] && [ -f "$source_dir/titanic_train.csv" ] \
    || die "no titanic_train.csv/titanic_test.csv found; pass --source DIR"
source_dir="$(cd "$source_dir" && pwd)"

data="$repo/bench/out/data"
big_train="$data/titanic_1m_train.csv"
big_test="$data/titanic_1m_test.csv"
if [ "$skip_1m" = no ]; then
    if [ ! -f "$big_test" ] || [ "$repo/bench/gen_titanic_1m.py" -nt "$big_test" ]; then
        say "generating the 1,000,000-row Titanic into $data"
        "$py" "$repo/bench/gen_titanic_1m.py" --source "$source_dir" --out "$data" >&2
    fi
fi

huge="${SAGEDECK_BENCH_DATA:-/tmp/sagedeck-bench-data}/10m"
if [ "$reps_10m" -gt 0 ] && [ ! -f "$huge/titanic_1m_test.csv" ]; then
    say "generating the 10,000,000-row Titanic into $huge"
    "$py" "$repo/bench/gen_titanic_1m.py" --source "$source_dir" --out "$huge" --rows 10000000 --test-rows 2500000 >&2
fi

run_dir="$repo/bench/out/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
runs="$run_dir/runs.jsonl"
: >"$runs"

# --- sagedeck: build once, untimed, and find how it takes the thread count ----------------
sd_threads=()
if [ "$only" != python ]; then
    "$sagedeck" --version >/dev/null || die "$sagedeck --version failed"
    warm="$(mktemp -d)"
    SAGEDECK_HOME=$warm "$sagedeck" train --sample titanic --wait --json >/dev/null 2>&1 || die "the untimed warm-up run failed"
    rm -rf "$warm"
    train_help="$("$sagedeck" train --help 2>&1 || true)"
    if grep -q -- '--nthread' <<<"$train_help"; then
        sd_threads=(--nthread "$threads")
    else
        sd_threads=(--hp "nthread=$threads")
    fi
fi

# --- one measured run ----------------------------------------------------------------------
run_one() { # dataset tool rep train test
    local dataset=$1 tool=$2 rep=$3 train=$4 test=$5
    local work; work="$(mktemp -d)"
    local cmd
    if [ "$tool" = python ]; then
        cmd=("$py" "$repo/bench/lesson_baseline.py" --train "$train" --test "$test" --model-dir "$work"
             --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --nthread "$threads")
    else
        cmd=("$sagedeck" train --train "$train" --test "$test" --preset titanic
             --max_depth 3 --eta 0.1 --subsample 0.8 --colsample_bytree 0.8 --num_round 100
             "${sd_threads[@]}" --wait --json)
    fi
    local measured
    measured="$("$py" "$repo/bench/measure.py" --env "SAGEDECK_HOME=$work" --marker "SAGEDECK_HOME=$work" \
        --stdout "$work/stdout.json" -- "${cmd[@]}" 2>"$work/stderr.txt")" || true
    [ -n "$measured" ] || measured='{"exit_code": -1, "wall_s": 0, "peak_rss_kb": 0}'
    DATASET=$dataset TOOL=$tool REP=$rep MEASURED=$measured WORK=$work "$py" - >>"$runs" <<'PY'
import json, os, sys
work = os.environ["WORK"]
try:
    output = json.load(open(f"{work}/stdout.json"))
except (OSError, ValueError):
    output = None
stderr = open(f"{work}/stderr.txt", errors="replace").read()
measure = json.loads(os.environ["MEASURED"])
print(json.dumps({"dataset": os.environ["DATASET"], "tool": os.environ["TOOL"], "rep": int(os.environ["REP"]),
                  "measure": measure, "output": output, "stderr_tail": stderr[-2000:]}))
print(f"bench: {os.environ['DATASET']:15} {os.environ['TOOL']:9} rep {os.environ['REP']}: "
      f"exit {measure['exit_code']}, {measure['wall_s']:.2f} s, {measure['peak_rss_kb'] / 1024:.0f} MB",
      file=sys.stderr)
PY
    rm -rf "$work"
}

bench_dataset() { # dataset train test reps
    local dataset=$1 train=$2 test=$3 n=$4 rep tool
    for rep in $(seq "$n"); do
        for tool in python sagedeck; do
            [ -z "$only" ] || [ "$only" = "$tool" ] || continue
            run_one "$dataset" "$tool" "$rep" "$train" "$test"
        done
    done
}

{
    echo "date: $(date -Is)"
    echo "commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "cpu: $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "threads: $threads"
    echo "java: $(java -version 2>&1 | head -n 1)"
    echo "python: $("$py" -c 'import sys, xgboost, pandas, sklearn; print(sys.version.split()[0], "xgboost", xgboost.__version__, "pandas", pandas.__version__, "sklearn", sklearn.__version__)')"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$run_dir/environment.txt"

load1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$load1" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    say "WARNING: load average $load1 on $(nproc) cores: other work is running, timings will be noisy"
fi

bench_dataset titanic-sample "$source_dir/titanic_train.csv" "$source_dir/titanic_test.csv" "$reps"
[ "$skip_1m" = yes ] || bench_dataset titanic-1m "$big_train" "$big_test" "$reps_1m"
[ "$reps_10m" -eq 0 ] || bench_dataset titanic-10m "$huge/titanic_1m_train.csv" "$huge/titanic_1m_test.csv" "$reps_10m"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$run_dir/environment.txt"
cat "$run_dir/environment.txt"
echo
"$py" "$repo/bench/summarize.py" "$runs" "$run_dir"
