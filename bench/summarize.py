#!/usr/bin/env python3
"""Turns the runs written by run_train_bench.sh (one JSON object per line) into medians, the
sagedeck/python ratios and the issue's targets, as results.json and a Markdown table.

  summarize.py RUNS.jsonl OUT_DIR
"""
import json
import statistics
import sys

# issue 13 (replacing issue 3's): sample wall <= 0.8x Python; 1M rows wall <= 0.85x and peak RSS of the
# process tree <= 0.45x; 10M rows wall <= 0.8x and peak RSS <= 0.35x; accuracy within 1 point
TARGETS = {
    "titanic-sample": {"wall": 0.8},
    "titanic-1m": {"wall": 0.85, "rss": 0.45, "accuracy_points": 1.0},
    "titanic-10m": {"wall": 0.8, "rss": 0.35, "accuracy_points": 1.0},
}


def find_key(obj, key):
    """First value under `key` (case-insensitive) anywhere in a JSON tree, or None."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k.lower() == key:
                return v
        for v in obj.values():
            found = find_key(v, key)
            if found is not None:
                return found
    elif isinstance(obj, list):
        for v in obj:
            found = find_key(v, key)
            if found is not None:
                return found
    return None


def summarize(runs):
    table = {}
    for run in runs:
        cell = table.setdefault(run["dataset"], {}).setdefault(run["tool"], {"ok": [], "failures": []})
        m, out = run["measure"], run.get("output")
        status = find_key(out, "status") if out else None
        accuracy = find_key(out, "accuracy") if out else None
        if m["exit_code"] != 0 or out is None or accuracy is None or (status and status != "Completed"):
            cell["failures"].append({"rep": run["rep"], "exit_code": m["exit_code"], "status": status,
                                     "stderr_tail": run.get("stderr_tail", "")})
            continue
        cell["ok"].append({"wall_s": m["wall_s"], "peak_rss_kb": m["peak_rss_kb"], "accuracy": float(accuracy),
                           "largest_kb": max(m.get("max_process_hwm_kb", 0), m.get("rusage_maxrss_kb", 0)),
                           "processes": m.get("per_process_hwm_kb", [])})

    results = {}
    for dataset, tools in table.items():
        row = {}
        for tool, cell in tools.items():
            ok = cell["ok"]
            row[tool] = {
                "runs": len(ok),
                "failed_runs": cell["failures"],
                "wall_s_median": statistics.median(r["wall_s"] for r in ok) if ok else None,
                "wall_s_min": min((r["wall_s"] for r in ok), default=None),
                "wall_s_all": [r["wall_s"] for r in ok],
                "peak_rss_mb_median": statistics.median(r["peak_rss_kb"] for r in ok) / 1024 if ok else None,
                "largest_process_mb_median": statistics.median(r["largest_kb"] for r in ok) / 1024 if ok else None,
                "processes_last_run": ok[-1]["processes"] if ok else [],
                "accuracy": ok[0]["accuracy"] if ok else None,
                "accuracy_all_equal": len({r["accuracy"] for r in ok}) <= 1,
            }
        py, sd = row.get("python"), row.get("sagedeck")
        if py and sd and py["runs"] and sd["runs"]:
            ratios = {
                "wall": sd["wall_s_median"] / py["wall_s_median"],
                "rss": sd["peak_rss_mb_median"] / py["peak_rss_mb_median"],
                "accuracy_points": abs(sd["accuracy"] - py["accuracy"]) * 100,
            }
            row["ratios"] = {k: round(v, 3) for k, v in ratios.items()}
            row["targets"] = {k: {"limit": lim, "met": ratios[k] <= lim}
                              for k, lim in TARGETS.get(dataset, {}).items()}
        results[dataset] = row
    return results


def fmt(value, pattern):
    return "n/a" if value is None else pattern.format(value)


def markdown(results):
    lines = ["| data | tool | runs | wall s (median) | wall s (min) | peak RSS MB, process tree (median) "
             "| largest process MB (median) | test accuracy |",
             "|---|---|---|---|---|---|---|---|"]
    notes = []
    for dataset, row in results.items():
        for tool in ("python", "sagedeck"):
            r = row.get(tool)
            if not r:
                continue
            lines.append(f"| {dataset} | {tool} | {r['runs']} | {fmt(r['wall_s_median'], '{:.2f}')} | "
                         f"{fmt(r['wall_s_min'], '{:.2f}')} | "
                         f"{fmt(r['peak_rss_mb_median'], '{:.0f}')} | {fmt(r['largest_process_mb_median'], '{:.0f}')} | "
                         f"{fmt(r['accuracy'], '{:.4f}')} |")
            if r["failed_runs"]:
                first = r["failed_runs"][0]
                said = " / ".join(line.strip() for line in first["stderr_tail"].strip().splitlines()[:2])
                notes.append(f"- {dataset} / {tool}: {len(r['failed_runs'])} failed run(s), first: exit "
                             f"{first['exit_code']}, status {first['status']}: {said[:300]}")
        if "ratios" in row:
            ra = row["ratios"]
            verdicts = ", ".join(f"{k} <= {t['limit']}: {'met' if t['met'] else 'NOT met'}"
                                 for k, t in row["targets"].items())
            lines.append(f"| {dataset} | sagedeck/python | | {ra['wall']:.2f}x | | {ra['rss']:.2f}x | | "
                         f"{ra['accuracy_points']:.2f} points apart |")
            notes.append(f"- {dataset} targets: {verdicts}")
    return "\n".join(lines + [""] + notes) + "\n"


def main():
    runs_path, out_dir = sys.argv[1], sys.argv[2]
    with open(runs_path) as f:
        runs = [json.loads(line) for line in f if line.strip()]
    results = summarize(runs)
    with open(f"{out_dir}/results.json", "w") as f:
        json.dump(results, f, indent=2)
    md = markdown(results)
    with open(f"{out_dir}/results.md", "w") as f:
        f.write(md)
    print(md, end="")
    met = all(t["met"] for row in results.values() for t in row.get("targets", {}).values())
    failed = any(r["failed_runs"] for row in results.values() for k, r in row.items() if k in ("python", "sagedeck"))
    sys.exit(0 if met and not failed else 1)


if __name__ == "__main__":
    main()
