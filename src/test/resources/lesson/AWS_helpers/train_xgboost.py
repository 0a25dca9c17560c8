# Stands in for the lesson's AWS_helpers/train_xgboost.py in the dry-run tests: it is packed, never run.
import argparse

parser = argparse.ArgumentParser()
for name in ("--train", "--max_depth", "--eta", "--subsample", "--colsample_bytree", "--num_round"):
    parser.add_argument(name)
print(parser.parse_known_args()[0])
