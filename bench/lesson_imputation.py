#!/usr/bin/python3
"""Trains the lesson's recipe once (bench/lesson_baseline.py's steps, tree_method=hist, 2 threads) and scores the
test file twice: the lesson's way (Age median and Embarked mode recomputed on the test file) and sagedeck's way
(the training file's median and mode applied to the test file). Usage: /usr/bin/python3 bench/lesson_imputation.py TRAIN TEST (docs/BENCHMARKS.md, third round)"""
import sys, json, time
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, pandas as pd, xgboost as xgb
from sklearn.model_selection import train_test_split
from lesson_baseline import preprocess_data
train, test = sys.argv[1], sys.argv[2]
df = pd.read_csv(train)
age_median, embarked_mode = df["Age"].median(), df["Embarked"].mode()[0]
X, y = preprocess_data(df)
del df
X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)
dtrain = xgb.DMatrix(X_train, label=y_train, nthread=2)
del X, X_train, X_val
params = {"objective": "binary:logistic", "max_depth": 3, "eta": 0.1, "subsample": 0.8, "colsample_bytree": 0.8,
          "eval_metric": "logloss", "tree_method": "hist", "nthread": 2}
model = xgb.train(params, dtrain, num_boost_round=100)
del dtrain
raw = pd.read_csv(test)
out = {"train_age_median": float(age_median), "train_embarked_mode": embarked_mode,
       "test_age_median": float(raw["Age"].median()), "test_embarked_mode": raw["Embarked"].mode()[0],
       "test_missing_age": int(raw["Age"].isna().sum()), "test_missing_embarked": int(raw["Embarked"].isna().sum()), "test_rows": len(raw)}
for way in ("lesson: test's own median/mode", "sagedeck: training file's median/mode"):
    t = raw.copy()
    if way.startswith("sagedeck"):
        t["Age"] = t["Age"].fillna(age_median)
        t["Embarked"] = t["Embarked"].fillna(embarked_mode)
    X_test, y_test = preprocess_data(t)
    pred = np.round(model.predict(xgb.DMatrix(X_test, nthread=2)))
    out[way] = round(float((pred == y_test.values).mean()), 6)
print(json.dumps(out, indent=1))
