#!/usr/bin/python3
"""The lesson's local training recipe (its AWS_helpers/train_xgboost.py plus the notebook's
test-set check), as the benchmark's Python baseline. Prints one JSON object on stdout.

Same steps as the lesson: pandas.read_csv; fill Age with the median and Embarked with the mode;
drop Name, Ticket and Cabin; Sex male->1 female->0; Embarked S->0 C->1 Q->2; label Survived, every
other column a feature (PassengerId included, as in the lesson); train_test_split 80/20 with
random_state=42; xgb.train binary:logistic with eval_metric logloss; the model saved with
joblib.dump; then the test file preprocessed the same way (the lesson recomputes the median and
mode on the test file; we keep that, it is the baseline) and accuracy of round(prediction).
Only addition: tree_method=hist and an explicit nthread, so both sides build trees the same way
on the same number of threads.

Meant for Debian's interpreter: apt-get install python3-xgboost python3-pandas python3-sklearn
"""
import argparse
import json
import os
import sys
import time

T_START = time.perf_counter()

import joblib  # noqa: E402  (imports are timed: they are part of what the user waits for)
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import xgboost as xgb  # noqa: E402
from sklearn.metrics import accuracy_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

T_IMPORTED = time.perf_counter()


def preprocess_data(df):
    """The lesson's preprocessing, unchanged in effect."""
    df["Age"] = df["Age"].fillna(df["Age"].median())
    df["Embarked"] = df["Embarked"].fillna(df["Embarked"].mode()[0])
    df = df.drop(columns=["Name", "Ticket", "Cabin"])
    df["Sex"] = df["Sex"].map({"male": 1, "female": 0})
    df["Embarked"] = df["Embarked"].map({"S": 0, "C": 1, "Q": 2})
    return df.drop(columns=["Survived"]), df["Survived"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--model-dir", default=".")
    ap.add_argument("--max_depth", type=int, default=3)
    ap.add_argument("--eta", type=float, default=0.1)
    ap.add_argument("--subsample", type=float, default=0.8)
    ap.add_argument("--colsample_bytree", type=float, default=0.8)
    ap.add_argument("--num_round", type=int, default=100)
    ap.add_argument("--nthread", type=int, default=os.cpu_count())
    ap.add_argument("--tree_method", default="hist", help="the lesson leaves XGBoost's default (auto)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    df = pd.read_csv(args.train)
    t_read = time.perf_counter()
    X, y = preprocess_data(df)
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)
    print(f"Train size: {X_train.shape}", file=sys.stderr)
    print(f"Val size: {X_val.shape}", file=sys.stderr)
    dtrain = xgb.DMatrix(X_train, label=y_train, nthread=args.nthread)
    t_prep = time.perf_counter()

    params = {
        "objective": "binary:logistic",
        "max_depth": args.max_depth,
        "eta": args.eta,
        "subsample": args.subsample,
        "colsample_bytree": args.colsample_bytree,
        "eval_metric": "logloss",
        "tree_method": args.tree_method,
        "nthread": args.nthread,
    }
    model = xgb.train(params, dtrain, num_boost_round=args.num_round)
    t_train = time.perf_counter()
    print(f"Training time: {t_train - t_prep:.2f} seconds", file=sys.stderr)
    model_path = os.path.join(args.model_dir, "xgboost-model")
    joblib.dump(model, model_path)
    t_saved = time.perf_counter()

    test = pd.read_csv(args.test)
    X_test, y_test = preprocess_data(test)
    predictions = np.round(model.predict(xgb.DMatrix(X_test, nthread=args.nthread)))
    accuracy = accuracy_score(y_test, predictions)
    t_end = time.perf_counter()

    print(json.dumps({
        "tool": "python-lesson",
        "xgboost": xgb.__version__,
        "pandas": pd.__version__,
        "nthread": args.nthread,
        "tree_method": args.tree_method,
        "train_rows": int(X_train.shape[0]),
        "validation_rows": int(X_val.shape[0]),
        "test_rows": int(X_test.shape[0]),
        "features": list(X.columns),
        "accuracy": round(float(accuracy), 6),
        "seconds": {
            "imports": round(T_IMPORTED - T_START, 3),
            "read_csv": round(t_read - t0, 3),
            "preprocess_split_dmatrix": round(t_prep - t_read, 3),
            "train": round(t_train - t_prep, 3),
            "save_model": round(t_saved - t_train, 3),
            "evaluate_test": round(t_end - t_saved, 3),
            "total_in_script": round(t_end - T_START, 3),
        },
        "model": model_path,
    }))


if __name__ == "__main__":
    main()
