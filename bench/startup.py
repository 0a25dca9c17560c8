#!/usr/bin/env python3
"""Start-up of short sagedeck commands next to `java -version`, measured in the same run, interleaved.

  python3 bench/startup.py [--reps 11]          (from anywhere; $SAGEDECK_BIN replaces dist/sagedeck)

Times, from spawning the command to its exit (wall clock, median and min of --reps):
  java -version                       the JVM alone, the floor every sagedeck command stands on
  sagedeck --version
  sagedeck jobs --local-only          with 3 finished local jobs in a fresh SAGEDECK_HOME
  dashboard first frame               `sagedeck --local-only` in a 120x35 tmux pane, until the key bar
                                      (" ? help") is on the screen (polled every 5 ms)
One untimed run of each first: that is what writes the class-data archives (docs/BENCHMARKS.md).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAGEDECK = os.environ.get("SAGEDECK_BIN", os.path.join(REPO, "dist", "sagedeck"))
TARGETS = {"--version": 0.10, "jobs --local-only": 0.12, "dashboard first frame": 0.30}


def timed(cmd, env):
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def first_frame(env):
    subprocess.run(["tmux", "kill-session", "-t", "sdstart"], stderr=subprocess.DEVNULL)
    t = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", "sdstart", "-x", "120", "-y", "35",
                    f"{SAGEDECK} --local-only"], env=env, check=True)
    while True:
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", "sdstart"], capture_output=True, text=True).stdout
        if " ? help" in screen:
            elapsed = time.perf_counter() - t
            break
        if time.perf_counter() - t > 30:
            raise SystemExit("the dashboard showed no key bar within 30 s:\n" + screen)
        time.sleep(0.005)
    subprocess.run(["tmux", "send-keys", "-t", "sdstart", "q"])
    deadline = time.perf_counter() + 60  # let it exit by itself: its first run writes the class-data archive
    while time.perf_counter() < deadline and subprocess.run(["tmux", "has-session", "-t", "sdstart"],
                                                            stderr=subprocess.DEVNULL).returncode == 0:
        time.sleep(0.05)
    subprocess.run(["tmux", "kill-session", "-t", "sdstart"], stderr=subprocess.DEVNULL)
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=11)
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="sdstart-")
    env = dict(os.environ, SAGEDECK_HOME=home, SAGEDECK_OWNER="bench", TERM="xterm-256color")
    try:
        with open(os.path.join(home, "quick.py"), "w") as f:
            f.write('print("done")\n')
        for i in range(3):
            subprocess.run([SAGEDECK, "train", "--script", os.path.join(home, "quick.py"), "--name", f"quick-{i}", "--wait"],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        # a tmux server that stays up, so no measurement pays for starting one
        subprocess.run(["tmux", "new-session", "-d", "-s", "sdkeep", "sleep 100000"], check=True)
        cases = {
            "java -version": lambda: timed(["java", "-version"], env),
            "--version": lambda: timed([SAGEDECK, "--version"], env),
            "jobs --local-only": lambda: timed([SAGEDECK, "jobs", "--local-only"], env),
            "dashboard first frame": lambda: first_frame(env),
        }
        for run in cases.values():  # untimed: writes the class-data archives
            run()
        times = {k: [] for k in cases}
        for _ in range(args.reps):
            for name, run in cases.items():
                times[name].append(run())
        load = open("/proc/loadavg").read().split()[:3]
        java = statistics.median(times["java -version"])
        print(f"{args.reps} runs each, interleaved; load average {' '.join(load)}; {os.cpu_count()} cores")
        print("| command | median s | min s | median / java -version | target |")
        print("|---|---|---|---|---|")
        for name, ts in times.items():
            med = statistics.median(ts)
            target = TARGETS.get(name)
            verdict = "" if target is None else f"<= {target:.2f} s: {'met' if med <= target else 'NOT met'}"
            print(f"| {name} | {med:.3f} | {min(ts):.3f} | {med / java:.1f}x | {verdict} |")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", "sdkeep"], stderr=subprocess.DEVNULL)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
