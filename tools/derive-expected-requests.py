#!/usr/bin/env python3
"""Writes the expected CreateTrainingJob requests for LaunchFrameworksDryRunTest.

Usage: tools/derive-expected-requests.py <sdk git dir> <commit>
Independent of sagedeck's Java: the image URI is worked out here from the SageMaker Python SDK's
own table (sagemaker-core/src/sagemaker/core/image_uri_config/<framework>.json at <commit>) with
the rules of v2.257.6 src/sagemaker/image_uris.py (tag <version>-<cpu|gpu>-<py>, ECR host per
partition), and the rest as the v2.257.6 estimators build it (estimator.py
_script_mode_hyperparam_update and _json_encode_hyperparameters, tensorflow/estimator.py model_dir,
enable_sagemaker_metrics for PyTorch >= 1.3 and TensorFlow >= 1.15, the default DebugHookConfig and
ProfilerConfig). sagedeck's own parts (channels under <output>/<job>/input/, tags, the default
MetricDefinitions for round lines) are as sagedeck documents them.
"""
import json
import subprocess
import sys

OUT = "s3://lesson-bucket/frameworks"
JOB = "alice-fw-test"
ROLE = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-Test"
CASES = [(f, p, r) for f in ("pytorch", "tensorflow") for p in ("cpu", "gpu")
         for r in ("us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1")]
INSTANCE = {"cpu": "ml.m5.xlarge", "gpu": "ml.g5.xlarge"}
# sagedeck's own default MetricDefinitions for script mode (README: the XGBoost-style round lines), not the SDK's
METRIC_DEFINITIONS = [{"Name": "%s:%s" % (s, m),
                       "Regex": r".*\[[0-9]+\].*(?:#011|\t)%s-%s:([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)" % (s, m)}
                      for s in ("train", "validation")
                      for m in ("logloss", "error", "auc", "rmse", "mae", "mlogloss", "merror")]


def newest(versions):
    return max(versions, key=lambda v: [int(x) for x in v.split(".")])


def main(git_dir, commit):
    for framework, processor, region in CASES:
        path = "sagemaker-core/src/sagemaker/core/image_uri_config/%s.json" % framework
        table = json.loads(subprocess.check_output(["git", "--git-dir=" + git_dir, "show", commit + ":" + path]))["training"]
        version = newest(table["versions"].keys())
        entry = table["versions"][version]
        (py,) = entry["py_versions"]
        host = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
        image = "%s.dkr.ecr.%s.%s/%s:%s-%s-%s" % (entry["registries"][region], region, host, entry["repository"],
                                                 version, processor, py)
        hps = {"epochs": json.dumps(2), "lr": json.dumps(0.01),
               "sagemaker_submit_directory": json.dumps("%s/%s/source/sourcedir.tar.gz" % (OUT, JOB)),
               "sagemaker_program": json.dumps("train.py"),
               "sagemaker_container_log_level": json.dumps(20),
               "sagemaker_job_name": json.dumps(JOB),
               "sagemaker_region": json.dumps(region)}
        if framework == "tensorflow":
            hps["model_dir"] = json.dumps("%s/%s/model" % (OUT, JOB))
        request = {
            "TrainingJobName": JOB,
            "HyperParameters": hps,
            "AlgorithmSpecification": {"TrainingImage": image, "TrainingInputMode": "File",
                                       "MetricDefinitions": METRIC_DEFINITIONS,
                                       "EnableSageMakerMetricsTimeSeries": True},
            "RoleArn": ROLE,
            "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
                "S3DataType": "S3Prefix", "S3Uri": "%s/%s/input/train/" % (OUT, JOB),
                "S3DataDistributionType": "FullyReplicated"}}}],
            "OutputDataConfig": {"S3OutputPath": OUT},
            "ResourceConfig": {"InstanceType": INSTANCE[processor], "InstanceCount": 1, "VolumeSizeInGB": 30},
            "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
            "Tags": [{"Key": "owner", "Value": "alice"}, {"Key": "sagedeck:data-bytes", "Value": "16"}],
            "DebugHookConfig": {"S3OutputPath": OUT, "CollectionConfigurations": []},
            "ProfilerConfig": {"S3OutputPath": OUT, "DisableProfiler": False},
        }
        doc = {"_source": "image from aws/sagemaker-python-sdk %s %s (training, newest version %s, %s); "
                          "request fields as the SDK v2.257.6 estimators build them; derived by tools/derive-expected-requests.py"
                          % (commit[:12], path, version, region),
               "request": request}
        name = "src/test/resources/frameworks/expected/%s-%s-%s.json" % (framework, processor, region)
        with open(name, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
