"""tl.py PHASES_OUTDIR...: ms after the launcher started at which marker classes were first loaded (bench/ab/phases.sh output)."""
import re, sys
MARKS = [("cli.log", "dev.sagedeck.Main", "Main"), ("cli.log", "dev.sagedeck.local.JobLauncher", "JobLauncher"),
         ("cli.log", "java.lang.ProcessBuilder", "spawn"), ("job.log", "dev.sagedeck.cli.AttachedRun", "AttachedRun"),
         ("job.log", "dev.sagedeck.data.CsvReader", "CsvReader"), ("job.log", "ml.dmlc.xgboost4j.java.Booster", "Booster"),
         ("job.log", "dev.sagedeck.cli.TrainWait", "TrainWait")]
for d in sys.argv[1:]:
    w = open(d + "/wall.txt").read().split()
    t0, wall = int(w[1]) // 1_000_000, w[5]
    out = []
    for f, cls, name in MARKS:
        t = None
        for line in open(d + "/" + f):
            m = re.match(r"\[(\d+)ms\] (\S+) source", line)
            if m and m.group(2) == cls:
                t = int(m.group(1)) - t0
                break
        out.append(f"{name} {t}")
    print(d.split('/')[-1] + ": " + ", ".join(out) + f", end {wall}")
