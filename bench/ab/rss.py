#!/usr/bin/env python3
"""rss.py OUT -- cmd...: runs cmd; every 10 ms records epoch-ns and RssAnon/RssFile of every process
whose cmdline holds 'AttachedRun' or 'JobProcess'; prints the peak and writes the timeline to OUT."""
import os, sys, time, subprocess
out = sys.argv[1]; marker = sys.argv[2].encode(); cmd = sys.argv[4:]
p = subprocess.Popen(cmd)
rows = []
peak = (0, 0, 0)
def jobs():
    for pid in os.listdir('/proc'):
        if not pid.isdigit(): continue
        try:
            c = open(f'/proc/{pid}/cmdline','rb').read()
        except OSError: continue
        if (b'AttachedRun' in c or b'JobProcess' in c) and marker in c:
            if c.startswith(b'/bin/sh') or b'setsid' in c.split(b'\0')[0]: continue
            yield pid
while p.poll() is None:
    for pid in jobs():
        try:
            st = {l.split(':')[0]: int(l.split()[1]) for l in open(f'/proc/{pid}/status') if l.startswith(('VmRSS','RssAnon','RssFile','VmHWM'))}
        except (OSError, ValueError, IndexError): continue
        rows.append((time.time_ns(), pid, st.get('VmRSS',0), st.get('RssAnon',0), st.get('RssFile',0), st.get('VmHWM',0)))
        if st.get('VmRSS',0) > peak[0]: peak = (st.get('VmRSS',0), st.get('RssAnon',0), st.get('RssFile',0))
    time.sleep(0.01)
with open(out,'w') as f:
    for r in rows: f.write(' '.join(map(str,r))+'\n')
hwm = max((r[5] for r in rows), default=0)
print(f"rc {p.returncode} peak VmRSS {peak[0]//1024} MB (anon {peak[1]//1024}, file {peak[2]//1024}); VmHWM {hwm//1024} MB", file=sys.stderr)
