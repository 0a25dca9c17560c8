#!/usr/bin/python3
"""The tuning benchmark's second Python baseline: the lesson's recipe for many configurations, the
way a careful notebook would write it: read and prepare the training and test files ONCE, build the
DMatrix once, then train and evaluate each configuration from it. Same preprocessing, split,
parameters and accuracy as bench/lesson_baseline.py. Prints one JSON object on stdout.

  tune_read_once.py --train T.csv --test TEST.csv --configs "3:0.05,4:0.1,..." --nthread 2
"""
import argparse
import json
import os
import sys
import time

T_START = time.perf_counter()
import joblib  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import xgboost as xgb  # noqa: E402
from sklearn.metrics import accuracy_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lesson_baseline import preprocess_data  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--model-dir", default=".")
    ap.add_argument("--configs", required=True, help="max_depth:eta pairs, comma-separated")
    ap.add_argument("--subsample", type=float, default=0.8)
    ap.add_argument("--colsample_bytree", type=float, default=0.8)
    ap.add_argument("--num_round", type=int, default=100)
    ap.add_argument("--nthread", type=int, default=os.cpu_count())
    args = ap.parse_args()

    t0 = time.perf_counter()
    X, y = preprocess_data(pd.read_csv(args.train))
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)
    dtrain = xgb.DMatrix(X_train, label=y_train, nthread=args.nthread)
    X_test, y_test = preprocess_data(pd.read_csv(args.test))
    dtest = xgb.DMatrix(X_test, nthread=args.nthread)
    t_read = time.perf_counter()
    results = []
    for i, pair in enumerate(args.configs.split(",")):
        depth, eta = pair.split(":")
        params = {"objective": "binary:logistic", "max_depth": int(depth), "eta": float(eta),
                  "subsample": args.subsample, "colsample_bytree": args.colsample_bytree,
                  "eval_metric": "logloss", "tree_method": "hist", "nthread": args.nthread}
        model = xgb.train(params, dtrain, num_boost_round=args.num_round)
        joblib.dump(model, os.path.join(args.model_dir, f"xgboost-model-{i + 1:03d}"))
        accuracy = accuracy_score(y_test, np.round(model.predict(dtest)))
        results.append({"max_depth": int(depth), "eta": float(eta), "accuracy": round(float(accuracy), 6)})
        print(f"configuration {i + 1}: max_depth {depth} eta {eta} accuracy {accuracy:.4f}", file=sys.stderr)
    t_end = time.perf_counter()
    print(json.dumps({"tool": "python-read-once", "xgboost": xgb.__version__, "nthread": args.nthread,
                      "configurations": results,
                      "seconds": {"imports": round(t0 - T_START, 3), "read_prepare_once": round(t_read - t0, 3),
                                  "train_evaluate_all": round(t_end - t_read, 3), "total_in_script": round(t_end - T_START, 3)}}))


if __name__ == "__main__":
    main()
