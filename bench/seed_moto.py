#!/usr/bin/env python3
"""Seed a moto_server with N SageMaker training jobs of which M are "mine" (for the list-mine benchmark).

Mine (owner alice, tag key "owner", name prefix "alice-"), in three equal parts:
  tagged only     exp-<i>        tag owner=alice
  prefix only     alice-run-<i>  no owner tag
  both            alice-both-<i> tag owner=alice
Colleagues' jobs: bob-<i> (owner=bob), team-<i> (no tag) and 1 in 100 decoys carol-alice-<i> (owner=carol),
whose names CONTAIN "alice-" without starting with it.

usage: seed_moto.py --endpoint http://127.0.0.1:5055 [--total 10000] [--mine 300]
"""
import argparse
import concurrent.futures
import sys
import time

import boto3

ROLE = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-Bench"
IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"


def plan(total, mine):
    jobs = []
    third = mine // 3
    for i in range(third):
        jobs.append((f"exp-{i}", {"owner": "alice"}))
        jobs.append((f"alice-run-{i}", {}))
        jobs.append((f"alice-both-{i}", {"owner": "alice", "course": "ml101"}))
    for i in range(mine - 3 * third):
        jobs.append((f"alice-extra-{i}", {"owner": "alice"}))
    i = 0
    while len(jobs) < total:
        if i % 100 == 1:
            jobs.append((f"carol-alice-{i}", {"owner": "carol"}))
        elif i % 2 == 0:
            jobs.append((f"bob-{i}", {"owner": "bob"}))
        else:
            jobs.append((f"team-{i}", {}))
        i += 1
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--total", type=int, default=10000)
    ap.add_argument("--mine", type=int, default=300)
    ap.add_argument("--threads", type=int, default=8)
    a = ap.parse_args()
    sm = boto3.client("sagemaker", endpoint_url=a.endpoint, region_name="us-east-1",
                      aws_access_key_id="testing", aws_secret_access_key="testing")

    def create(job):
        name, tags = job
        sm.create_training_job(
            TrainingJobName=name, RoleArn=ROLE,
            AlgorithmSpecification={"TrainingImage": IMAGE, "TrainingInputMode": "File"},
            HyperParameters={"num_round": "50"},
            InputDataConfig=[{"ChannelName": "train", "ContentType": "text/csv", "DataSource": {"S3DataSource": {
                "S3DataType": "S3Prefix", "S3Uri": "s3://bench/train/", "S3DataDistributionType": "FullyReplicated"}}}],
            OutputDataConfig={"S3OutputPath": "s3://bench/output"},
            ResourceConfig={"InstanceType": "ml.m5.xlarge", "InstanceCount": 1, "VolumeSizeInGB": 10},
            StoppingCondition={"MaxRuntimeInSeconds": 3600},
            Tags=[{"Key": k, "Value": v} for k, v in tags.items()])

    jobs = plan(a.total, a.mine)
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        for n, _ in enumerate(pool.map(create, jobs), 1):
            if n % 1000 == 0:
                print(f"  {n} jobs", file=sys.stderr)
    print(f"seeded {len(jobs)} jobs ({a.mine} mine) in {time.time() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
