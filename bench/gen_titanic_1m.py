#!/usr/bin/env python3
"""Writes a deterministic scaled-up Titanic: titanic_1m_train.csv (1,000,000 rows) and
titanic_1m_test.csv (250,000 rows), same header and columns as Kaggle's train.csv.

Train rows are drawn (seeded, with replacement) from titanic_train.csv and test rows from
titanic_test.csv, so no test passenger leaks into training, just as in the 713/178 sample.
Each drawn row gets a new, unique PassengerId (a seeded shuffle of 1..train+test, so both files
share one id range) and a little jitter on Age (about +-1.5 years, kept
missing where it was missing) and Fare (+-10 %); everything else, quotes included, is kept.
Only the standard library is used, so any python3 gives byte-identical files.

  python3 bench/gen_titanic_1m.py --source DIR_WITH_titanic_train.csv --out bench/out/data
"""
import argparse
import csv
import hashlib
import os
import random
import sys

HEADER = ["PassengerId", "Survived", "Pclass", "Name", "Sex", "Age",
          "SibSp", "Parch", "Ticket", "Fare", "Cabin", "Embarked"]


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != HEADER:
            sys.exit(f"{path}: expected the Titanic header {','.join(HEADER)}, found {','.join(header)}")
        return [row for row in reader]


def jitter_age(age, rng):
    if age == "":
        return ""
    value = max(0.17, min(80.0, float(age) + (rng.random() - 0.5) * 3.0))
    return f"{value:.2f}" if value < 1 else f"{value:.1f}"


def jitter_fare(fare, rng):
    if fare == "":
        return ""
    return f"{float(fare) * (0.9 + rng.random() * 0.2):.4f}"


def write_scaled(source_rows, ids, rng, path):
    digest = hashlib.sha256()
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        n = len(source_rows)
        for passenger_id in ids:
            row = list(source_rows[int(rng.random() * n)])
            row[0] = str(passenger_id)
            row[5] = jitter_age(row[5], rng)
            row[9] = jitter_fare(row[9], rng)
            writer.writerow(row)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", required=True, help="directory holding titanic_train.csv and titanic_test.csv")
    ap.add_argument("--out", required=True, help="directory to write titanic_1m_{train,test}.csv into")
    ap.add_argument("--rows", type=int, default=1_000_000, help="training rows (default 1,000,000)")
    ap.add_argument("--test-rows", type=int, default=250_000, help="test rows (default 250,000)")
    ap.add_argument("--seed", type=int, default=20250101)
    args = ap.parse_args()

    train_src = read_rows(os.path.join(args.source, "titanic_train.csv"))
    test_src = read_rows(os.path.join(args.source, "titanic_test.csv"))
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    train_path = os.path.join(args.out, "titanic_1m_train.csv")
    test_path = os.path.join(args.out, "titanic_1m_test.csv")
    ids = list(range(1, args.rows + args.test_rows + 1))
    rng.shuffle(ids)
    train_sha = write_scaled(train_src, ids[:args.rows], rng, train_path)
    test_sha = write_scaled(test_src, ids[args.rows:], rng, test_path)
    for path, sha in ((train_path, train_sha), (test_path, test_sha)):
        print(f"{sha}  {path}  ({os.path.getsize(path):,} bytes)")


if __name__ == "__main__":
    main()
