#!/usr/bin/env python3
"""ts.py: stamps each stdin line with ms since start (first arg: start epoch ns)."""
import sys, time
t0 = int(sys.argv[1]) if len(sys.argv) > 1 else time.time_ns()
for line in sys.stdin:
    sys.stdout.write("%7.0f %s" % ((time.time_ns() - t0) / 1e6, line))
    sys.stdout.flush()
