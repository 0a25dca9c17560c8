#!/usr/bin/env bash
# The dashboard on a real terminal (tmux): launch to first frame, CPU while idle with 50 local jobs,
# and bytes written to the terminal per idle minute, each next to a baseline from the same run.
# Usage: bench/dashboard/terminal.sh [idle-seconds]   (default 60)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
idle="${1:-60}"
cd "$repo"
command -v tmux >/dev/null || { echo "needs tmux" >&2; exit 2; }
dist/sagedeck --version >/dev/null            # builds the jar if needed, outside the timings
work="$(mktemp -d)"
export SAGEDECK_HOME="$work/home" SAGEDECK_OWNER=bench
trap 'tmux kill-session -t sdbench 2>/dev/null || true; rm -rf "$work"' EXIT

# 50 finished local jobs, made the way a user makes them (script mode, a script that exits at once)
printf 'print("done")\n' > "$work/quick.py"
for i in $(seq 1 50); do
    dist/sagedeck train --script "$work/quick.py" --name "bench-quick-$i" --wait >/dev/null 2>&1
done

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# --- baseline: the same JVM and jar doing the least it can (print its version)
base=()
for _ in 1 2 3 4 5; do
    t=$(now_ms); java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -jar dist/sagedeck.jar --version >/dev/null
    base+=($(( $(now_ms) - t )))
done
base_ms=$(printf '%s\n' "${base[@]}" | median)

# --- first frame: from starting the launcher to the key bar on screen
first=()
for _ in 1 2 3 4 5; do
    tmux kill-session -t sdbench 2>/dev/null || true
    t=$(now_ms)
    tmux new-session -d -s sdbench -x 120 -y 35 "dist/sagedeck --local-only"
    until tmux capture-pane -p -t sdbench 2>/dev/null | grep -q ' ? help'; do sleep 0.005; done
    first+=($(( $(now_ms) - t )))
done
first_ms=$(printf '%s\n' "${first[@]}" | median)
tmux kill-session -t sdbench 2>/dev/null || true

# --- idle CPU and bytes: the dashboard under script(1), which records every byte sent to the tty
tmux new-session -d -s sdbench -x 120 -y 35 "script -q -f -c 'dist/sagedeck --local-only' $work/tty.log"
until tmux capture-pane -p -t sdbench | grep -q 'My jobs (50)'; do sleep 0.05; done
sleep 5
pid=$(pgrep -f 'sagedeck.jar --local-only' | head -n1)
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
c0=$(ticks "$pid"); b0=$(stat -c %s "$work/tty.log")
sleep "$idle"
c1=$(ticks "$pid"); b1=$(stat -c %s "$work/tty.log")
cpu=$(awk -v a="$c0" -v b="$c1" -v hz="$hz" -v s="$idle" 'BEGIN {printf "%.2f", (b-a)/hz/s*100}')
bytes_per_min=$(awk -v a="$b0" -v b="$b1" -v s="$idle" 'BEGIN {printf "%.0f", (b-a)*60/s}')
# one full frame, for scale: redraw everything with a resize
f0=$(stat -c %s "$work/tty.log"); tmux resize-window -t sdbench -x 121 -y 35; sleep 1; f1=$(stat -c %s "$work/tty.log")
tmux send-keys -t sdbench q
sleep 1

# --- baseline: an idle JVM that only sleeps, same measurement
cat > "$work/Idle.java" <<'JAVA'
public class Idle { public static void main(String[] a) throws Exception { Thread.sleep(Long.MAX_VALUE); } }
JAVA
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$work/Idle.java" & ipid=$!
sleep 5
i0=$(ticks "$ipid"); sleep "$idle"; i1=$(ticks "$ipid")
kill "$ipid"
icpu=$(awk -v a="$i0" -v b="$i1" -v hz="$hz" -v s="$idle" 'BEGIN {printf "%.2f", (b-a)/hz/s*100}')

echo "first frame (launcher -> key bar on screen, 120x35, median of 5): ${first_ms} ms; baseline 'sagedeck --version': ${base_ms} ms; ratio $(awk -v a="$first_ms" -v b="$base_ms" 'BEGIN{printf "%.2f", a/b}')"
echo "idle CPU with 50 jobs over ${idle}s: ${cpu}% of one core; baseline idle JVM: ${icpu}%"
echo "bytes to the terminal per idle minute: ${bytes_per_min}; one full 121x35 redraw: $((f1 - f0)) bytes"
