#!/usr/bin/env python3
"""Start-up time of dist/sagedeck.jar under different JVM flags, to choose the launcher's flags.

Runs each variant --runs times, interleaved so that machine noise hits all alike, on two commands:
`--help` (picocli only) and `jobs --local-only --json` (wiring, config, the local job store), with a
throwaway SAGEDECK_HOME. Prints the median and the minimum per variant.

  python3 bench/launcher_flags.py [--runs 9]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

LAUNCHER = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto"]
VARIANTS = {
    "JDK defaults": [],
    "-XX:+UseSerialGC": ["-XX:+UseSerialGC"],
    "-XX:TieredStopAtLevel=1": ["-XX:TieredStopAtLevel=1"],
    "launcher flags": LAUNCHER,
    "launcher flags with -Xshare:off": LAUNCHER[:-1] + ["-Xshare:off"],
}
COMMANDS = (["--help"], ["jobs", "--local-only", "--json"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    jar = os.path.join(repo, "dist", "sagedeck.jar")
    subprocess.run([os.path.join(repo, "dist", "sagedeck"), "--version"], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, SAGEDECK_HOME=home)
        for cmd in COMMANDS:
            times = {name: [] for name in VARIANTS}
            for _ in range(args.runs):
                for name, flags in VARIANTS.items():
                    start = time.monotonic()
                    subprocess.run(["java", *flags, "-jar", jar, *cmd], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    times[name].append(time.monotonic() - start)
            print(" ".join(cmd))
            for name, t in times.items():
                print(f"  {name:34} median {statistics.median(t) * 1000:5.0f} ms   min {min(t) * 1000:5.0f} ms")
    print(f"load average: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
