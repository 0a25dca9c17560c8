#!/usr/bin/env bash
# Issue 16's tuning benchmark, in one run and side by side: 20 configurations of the lesson's XGBoost
# (max_depth 3..7 x eta 0.05, 0.1, 0.2, 0.3; subsample 0.8, colsample_bytree 0.8, 100 rounds, hist)
# on the 1,000,000-row Titanic (bench/gen_titanic_1m.py), each scored on the 250,000-row test file:
#   lesson    20 runs of bench/lesson_baseline.py, one after the other: each reads, prepares, trains, evaluates
#   readonce  bench/tune_read_once.py: reads and prepares once, then trains and evaluates the 20
#   sagedeck  dist/sagedeck tune --local --strategy grid ... --wait --json (its own search process)
# Same machine, same run, interleaved per rep; the Python loops use --threads XGBoost threads (default:
# nproc); sagedeck runs configurations side by side with as many threads in all (it prints how many at
# once and how many threads each). Reported: wall time and peak RSS of each command's whole process tree
# (bench/measure.py), ratios, and the load average before and after (the machine may be shared).
#
#   bench/run_tune_bench.sh [--reps N] [--threads N] [--rows N]
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
sagedeck="${SAGEDECK_BIN:-$repo/dist/sagedeck}"
py=/usr/bin/python3
say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: ERROR: %s\n' "$*" >&2; exit 2; }

reps=1
threads="$(nproc)"
while [ $# -gt 0 ]; do
    case $1 in
        --reps) reps=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        *) die "unknown option $1 (see the comment at the top of $0)" ;;
    esac
done
"$py" -c 'import xgboost, pandas, sklearn, joblib' >/dev/null 2>&1 \
    || die "needs Debian's python3-xgboost python3-pandas python3-sklearn python3-joblib (see bench/run_train_bench.sh)"

source_dir=""
for d in "$repo/src/main/resources/samples/titanic" "$repo/../shared/data" "$repo/../../shared/data"; do
    if [ -f "$d/titanic_train.csv" ] && [ -f "$d/titanic_test.csv" ]; then source_dir=$d; break; fi
done
[ -n "$source_dir" ] || die "no titanic_train.csv/titanic_test.csv found"
data="$repo/bench/out/data"
train="$data/titanic_1m_train.csv"
test="$data/titanic_1m_test.csv"
if [ ! -f "$test" ]; then
    say "generating the 1,000,000-row Titanic into $data"
    "$py" "$repo/bench/gen_titanic_1m.py" --source "$source_dir" --out "$data" >&2
fi

depths="3 4 5 6 7"
etas="0.05 0.1 0.2 0.3"
pairs=""
for d in $depths; do for e in $etas; do pairs="$pairs${pairs:+,}$d:$e"; done; done

run_dir="$repo/bench/out/tune-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
runs="$run_dir/runs.jsonl"
: >"$runs"
"$sagedeck" --version >/dev/null || die "$sagedeck --version failed"
warm="$(mktemp -d)"
SAGEDECK_HOME=$warm "$sagedeck" train --sample titanic --wait --json >/dev/null 2>&1 || die "the untimed warm-up run failed"
rm -rf "$warm"

run_one() { # tool rep
    local tool=$1 rep=$2 work cmd measured
    work="$(mktemp -d)"
    case $tool in
        lesson) cmd=(bash -c 'for pair in ${0//,/ }; do
                    /usr/bin/python3 "$1" --train "$2" --test "$3" --model-dir "$4" --max_depth "${pair%%:*}" --eta "${pair##*:}" \
                        --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --nthread "$5" || exit 1
                 done' "$pairs" "$repo/bench/lesson_baseline.py" "$train" "$test" "$work" "$threads") ;;
        readonce) cmd=("$py" "$repo/bench/tune_read_once.py" --train "$train" --test "$test" --model-dir "$work"
                       --configs "$pairs" --nthread "$threads") ;;
        sagedeck) cmd=("$sagedeck" tune --local --train "$train" --test "$test" --preset titanic --strategy grid
                       --values "max_depth=${depths// /,}" --values "eta=${etas// /,}"
                       --subsample 0.8 --colsample_bytree 0.8 --num_round 100 --max-parallel "$threads" --wait --json) ;;
    esac
    local load_before; load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    measured="$("$py" "$repo/bench/measure.py" --env "SAGEDECK_HOME=$work" --marker "SAGEDECK_HOME=$work" \
        --stdout "$work/stdout.txt" -- "${cmd[@]}" 2>"$work/stderr.txt")" || true
    [ -n "$measured" ] || measured='{"exit_code": -1, "wall_s": 0, "peak_rss_kb": 0}'
    TOOL=$tool REP=$rep MEASURED=$measured WORK=$work LOAD_BEFORE=$load_before "$py" - >>"$runs" <<'PY'
import json, os, sys
work = os.environ["WORK"]
out = open(f"{work}/stdout.txt", errors="replace").read()
try:
    output = json.loads(out)
except ValueError:
    output = out[-2000:]
measure = json.loads(os.environ["MEASURED"])
load_after = open("/proc/loadavg").read().split()[:3]
print(json.dumps({"tool": os.environ["TOOL"], "rep": int(os.environ["REP"]), "measure": measure,
                  "load_before": os.environ["LOAD_BEFORE"], "load_after": " ".join(load_after),
                  "output": output, "stderr_tail": open(f"{work}/stderr.txt", errors="replace").read()[-3000:]}))
print(f"bench: {os.environ['TOOL']:9} rep {os.environ['REP']}: exit {measure['exit_code']}, {measure['wall_s']:.1f} s, "
      f"{measure['peak_rss_kb'] / 1024:.0f} MB; load {os.environ['LOAD_BEFORE']} -> {' '.join(load_after)}", file=sys.stderr)
PY
    rm -rf "$work"
}

say "$(nproc) cores, $threads threads; load average $(cut -d' ' -f1-3 /proc/loadavg); results in $run_dir"
for rep in $(seq "$reps"); do
    for tool in lesson readonce sagedeck; do run_one "$tool" "$rep"; done
done

RUNS=$runs "$py" - >"$run_dir/results.md" <<'PY'
import json, os, statistics
runs = [json.loads(l) for l in open(os.environ["RUNS"])]
def med(tool, key):
    v = [r["measure"][key] for r in runs if r["tool"] == tool and r["measure"]["exit_code"] == 0]
    return statistics.median(v) if v else float("nan")
print("| tool | runs ok | median wall s | median peak RSS MB | load before -> after |")
print("|---|---|---|---|---|")
for tool in ("lesson", "readonce", "sagedeck"):
    rs = [r for r in runs if r["tool"] == tool]
    ok = sum(r["measure"]["exit_code"] == 0 for r in rs)
    loads = "; ".join(f'{r["load_before"]} -> {r["load_after"]}' for r in rs)
    print(f"| {tool} | {ok}/{len(rs)} | {med(tool, 'wall_s'):.1f} | {med(tool, 'peak_rss_kb') / 1024:.0f} | {loads} |")
s = med("sagedeck", "wall_s")
print()
print(f"sagedeck / lesson-way loop wall: {s / med('lesson', 'wall_s'):.2f}x (goal <= 0.5x); "
      f"sagedeck / read-once loop wall: {s / med('readonce', 'wall_s'):.2f}x")
PY
cat "$run_dir/results.md" >&2
