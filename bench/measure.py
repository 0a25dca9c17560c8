#!/usr/bin/env python3
"""Runs one command and reports, as JSON on stdout: wall seconds, exit code, and peak memory.

Peak memory is measured two ways, because `sagedeck train --wait` is not one process: the CLI
JVM starts the training run as a child process (which may even be re-parented to init so that
it survives the CLI) and waits for it.
  * rusage_maxrss_kb: ru_maxrss from wait4(), the number /usr/bin/time -v prints as "Maximum
    resident set size": the largest single process among the command and the descendants it
    reaped. It misses a child that was re-parented, and never adds processes up.
  * tree_peak_rss_kb: the largest SUM of VmRSS over the command's process tree seen while it ran
    (sampled every --interval seconds from /proc), where the tree is every descendant plus any
    process whose environment holds --marker (e.g. SAGEDECK_HOME=/tmp/x), so a detached training
    child still counts. This is what the machine must hold at once.
  * max_process_hwm_kb: the largest VmHWM (kernel-kept peak RSS) of any one process in that tree.
(posix_spawn starts the child in this script's memory until exec, so ru_maxrss is never below
this script's own ~15 MB; irrelevant for runs that peak in the hundreds of MB.)
The headline "peak RSS" of the benchmark is max(tree_peak_rss_kb, max_process_hwm_kb,
rusage_maxrss_kb). For a single-process command (the Python baseline) all three agree.

  measure.py [--marker TEXT] [--stdout FILE] -- command args...
"""
import argparse
import json
import os
import sys
import time


def read_status(pid):
    """(VmRSS kB, VmHWM kB) of pid, or None if it is gone or a zombie."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            rss = hwm = None
            for line in f:
                if line.startswith(b"VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith(b"VmHWM:"):
                    hwm = int(line.split()[1])
            return None if rss is None else (rss, hwm or rss)
    except OSError:
        return None


def parent_of(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            data = f.read()
        return int(data[data.rindex(b")") + 2:].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def has_marker(pid, marker):
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            env = f.read()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read()
        return marker in env or marker in cmd
    except OSError:
        return False


def command_name(pid):
    """A short label for a process: its program and, for java, the main class or jar."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return "?"
    if not argv:
        return "?"
    label = os.path.basename(argv[0])
    if label == "setsid" and len(argv) > 1:
        argv = argv[1:]
        label = os.path.basename(argv[0])
    rest, skip = [], False
    for a in argv[1:]:
        if skip:
            skip = False
        elif a in ("-cp", "-classpath", "--class-path"):
            skip = True
        elif not a.startswith("-"):
            rest.append(a)
    return f"{label} {os.path.basename(rest[0])}" if rest else label


def ancestors_and_self():
    pid = os.getpid()
    while pid and pid > 1:
        yield pid
        pid = parent_of(pid)


class Tree:
    """The command's processes, discovered by parent links and by the marker."""

    def __init__(self, root, marker):
        self.members = {root}
        # pids already looked at and found unrelated; this script and its callers never count
        self.strangers = set(ancestors_and_self())
        self.marker = marker.encode() if marker else None
        self.hwm = {}
        self.names = {}

    def sample(self):
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
        for pid in pids:
            if pid in self.members or pid in self.strangers:
                continue
            ppid = parent_of(pid)
            if ppid in self.members or (self.marker and has_marker(pid, self.marker)):
                self.members.add(pid)
            else:
                self.strangers.add(pid)
        total = 0
        for pid in list(self.members):
            st = read_status(pid)
            if st is None:
                continue
            total += st[0]
            self.hwm[pid] = max(self.hwm.get(pid, 0), st[1])
            self.names[pid] = command_name(pid)  # again each time: a launcher script may exec java
        return total

    def alive(self):
        return any(read_status(pid) is not None for pid in self.members)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--marker", default="", help="text in the environment of processes that belong to the run")
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                    help="set for the command only (not for this script), e.g. the marker")
    ap.add_argument("--stdout", help="file for the command's stdout (default: discard)")
    ap.add_argument("--interval", type=float, default=0.05)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not cmd:
        sys.exit("measure.py: no command given")

    out = open(args.stdout, "wb") if args.stdout else open(os.devnull, "wb")
    start = time.monotonic()
    env = dict(os.environ)
    env.update(item.split("=", 1) for item in args.env)
    pid = os.posix_spawnp(cmd[0], cmd, env,
                          file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1)])
    tree = Tree(pid, args.marker)
    peak = 0
    status = rusage = None
    while status is None:
        peak = max(peak, tree.sample())
        done, st, ru = os.wait4(pid, os.WNOHANG)
        if done:
            status, rusage = st, ru
            break
        time.sleep(args.interval)
    wall = time.monotonic() - start
    # a detached child may outlive the command; the run is over only when the whole tree is
    lingering_deadline = time.monotonic() + 600
    while tree.alive() and time.monotonic() < lingering_deadline:
        peak = max(peak, tree.sample())
        time.sleep(args.interval)
    out.close()
    code = os.waitstatus_to_exitcode(status)
    result = {
        "command": cmd,
        "exit_code": code,
        "wall_s": round(wall, 3),
        "rusage_maxrss_kb": rusage.ru_maxrss,
        "tree_peak_rss_kb": peak,
        "max_process_hwm_kb": max(tree.hwm.values(), default=0),
        "processes_seen": len(tree.members),
        "per_process_hwm_kb": sorted(([tree.names.get(p, "?"), kb] for p, kb in tree.hwm.items()),
                                     key=lambda item: -item[1]),
    }
    result["peak_rss_kb"] = max(result["rusage_maxrss_kb"], result["tree_peak_rss_kb"],
                                result["max_process_hwm_kb"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
