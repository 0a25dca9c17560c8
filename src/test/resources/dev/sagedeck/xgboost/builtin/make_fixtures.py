"""Writes the built-in XGBoost fixtures the way SageMaker's 1.5-1/1.7-1 containers do.

Run from the repository root with Debian's python3-xgboost (1.7.x), python3-pandas:
    /usr/bin/python3 src/test/resources/dev/sagedeck/xgboost/builtin/make_fixtures.py

- xgboost-model: Booster.save_model() to a path without extension, which xgboost 1.x writes in the
  legacy binary format ("binf"), as the built-in containers' algorithm_mode/train.py does.
- pickled-xgboost-model: joblib.dump of the same booster, as the lesson's train_xgboost.py saves it.
- titanic_test_builtin.csv: the titanic test file prepared for the built-in algorithm: the lesson's
  preprocessing (medians/modes from the train file), label first, no header.
- predictions.txt: what xgboost 1.7 predicts for those rows, one probability per line.
"""
import os
import joblib
import numpy as np
import pandas as pd
import xgboost as xgb

here = os.path.dirname(os.path.abspath(__file__))
samples = os.path.join("src", "main", "resources", "samples", "titanic")


def prep(df, median_age, mode_embarked):
    df["Age"] = df["Age"].fillna(median_age)
    df["Embarked"] = df["Embarked"].fillna(mode_embarked)
    df = df.drop(columns=["Name", "Ticket", "Cabin"])
    df["Sex"] = df["Sex"].map({"male": 1, "female": 0})
    df["Embarked"] = df["Embarked"].map({"S": 0, "C": 1, "Q": 2})
    return df.drop(columns=["Survived"]), df["Survived"]


train = pd.read_csv(os.path.join(samples, "titanic_train.csv"))
median_age, mode_embarked = train["Age"].median(), train["Embarked"].mode()[0]
X, y = prep(train, median_age, mode_embarked)
Xt, yt = prep(pd.read_csv(os.path.join(samples, "titanic_test.csv")), median_age, mode_embarked)
pd.concat([yt, Xt], axis=1).to_csv(os.path.join(here, "titanic_test_builtin.csv"), header=False, index=False)
params = {"objective": "binary:logistic", "max_depth": 3, "eta": 0.1, "subsample": 0.8,
          "colsample_bytree": 0.8, "eval_metric": "logloss", "tree_method": "hist"}
booster = xgb.train(params, xgb.DMatrix(X.values, label=y.values), num_boost_round=20)
booster.save_model(os.path.join(here, "xgboost-model"))
joblib.dump(booster, os.path.join(here, "pickled-xgboost-model"))
np.savetxt(os.path.join(here, "predictions.txt"), booster.predict(xgb.DMatrix(Xt.values)), fmt="%.9g")
