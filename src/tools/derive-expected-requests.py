#!/usr/bin/env python3
"""Writes the expected CreateTrainingJob requests the dry-run tests compare against.

Usage: src/tools/derive-expected-requests.py <sdk git dir> <core commit>
  <sdk git dir>  a clone of aws/sagemaker-python-sdk
  <core commit>  the commit whose sagemaker-core/src/sagemaker/core/image_uri_config/{pytorch,tensorflow}.json
                 the framework tables come from (a24812666d258d9d19c9a82d0c9385ca0bd3ba01)

Independent of sagedeck's Java. Image URIs are worked out here from the SageMaker Python SDK's own
tables with the rules of v2.257.6 (tag fc582aaa46faf7b7e16ab1e13840869712174cd0)
src/sagemaker/image_uris.py (_processor, _format_tag: <version>[-<cpu|gpu>][-<py>], ECR host per
partition); xgboost.json and sklearn.json are read at v2.257.6 itself. The rest of each request is
what the v2.257.6 estimators build (file: function):

  session.py: _get_train_request          which members exist and when (Environment, RetryStrategy,
                                          EnableNetworkIsolation, EnableManagedSpotTraining only when set)
  job.py: _prepare_resource_config,       ResourceConfig {InstanceCount, InstanceType, VolumeSizeInGB=30}
          _prepare_stop_condition         StoppingCondition {MaxRuntimeInSeconds}
  estimator.py: _get_train_args           str() of every hyperparameter for the generic Estimator
  estimator.py: _prepare_for_training,    the sagemaker_* keys, code at <code_location>/<job>/source/
                _script_mode_hyperparam_update, _stage_user_code_in_s3, _assign_s3_prefix
  estimator.py: Framework.hyperparameters json.dumps() of every script-mode hyperparameter
  estimator.py: _prepare_debugger_for_training, _validate_and_set_debugger_configs,
                _prepare_profiler_for_training   DebugHookConfig {S3OutputPath, CollectionConfigurations: []}
                                          and ProfilerConfig {S3OutputPath, DisableProfiler: false} for EVERY
                                          estimator, the generic Estimator of built-in XGBoost included
  pytorch/estimator.py, tensorflow/estimator.py: enable_sagemaker_metrics (PyTorch >= 1.3,
                TensorFlow >= 1.15), TensorFlow's model_dir = <output>/<job>/model
  sklearn/estimator.py, xgboost/estimator.py: no enable_sagemaker_metrics; SKLearn refuses GPU types
                                          and instance_count != 1 (so sklearn x GPU has no expected request)

sagedeck's own parts, which the SDK call reproduces only when given explicitly (each is an argument
in the "_sdk_call" of the lesson files and is listed in docs/SAGEMAKER.md "Where sagedeck differs from
the SDK"): the job name (fit(job_name=...)), the owner tag (tags=), max_run=3600, code_location =
output_path, the default MetricDefinitions for round lines in script mode, the channels sagedeck
uploads local files to (<output>/<job>/input/<channel>/), and its sagedeck:* tags.
"""
import json
import subprocess
import sys

SDK_V2 = "fc582aaa46faf7b7e16ab1e13840869712174cd0"  # tag v2.257.6
ROLE = "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-Test"
REGIONS = ("us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1")
INSTANCE = {"cpu": "ml.m5.xlarge", "gpu": "ml.g5.xlarge"}
# sagedeck's own default MetricDefinitions for script mode (README: the XGBoost-style round lines), not the SDK's
METRIC_DEFINITIONS = [{"Name": "%s:%s" % (s, m),
                       "Regex": r".*\[[0-9]+\].*(?:#011|\t)%s-%s:([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)" % (s, m)}
                      for s in ("train", "validation")
                      for m in ("logloss", "error", "auc", "rmse", "mae", "mlogloss", "merror")]
GIT_DIR = None


def table(commit, path):
    return json.loads(subprocess.check_output(["git", "--git-dir=" + GIT_DIR, "show", commit + ":" + path]))["training"]


def newest(versions):
    return max(versions, key=lambda v: [int(x) for x in v.split(".")])


def host(region):
    return "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"


def processor(instance_type, available):
    """image_uris._processor for the ml.<family>.<size> types used here."""
    if not available:
        return None
    family = instance_type.split(".")[1]
    p = "gpu" if family[0] in ("g", "p") else "cpu"
    if p not in available:
        raise ValueError("Unsupported processor: %s" % p)
    return p


def image(framework, version, instance_type, region, core_commit, py=None):
    """image_uris.retrieve(framework, region, version, py_version, instance_type, image_scope='training')."""
    if framework in ("pytorch", "tensorflow"):
        path = "sagemaker-core/src/sagemaker/core/image_uri_config/%s.json" % framework
        t = table(core_commit, path)
    else:
        path = "src/sagemaker/image_uri_config/%s.json" % framework
        t = table(SDK_V2, path)
    entry = t["versions"][version]
    proc = processor(instance_type, entry.get("processors", t.get("processors")))
    pys = entry.get("py_versions")
    if pys and py is None:
        (py,) = pys
    tag = "-".join(x for x in (version, proc, py if pys else None) if x)
    uri = "%s.dkr.ecr.%s.%s/%s:%s" % (entry["registries"][region], region, host(region), entry["repository"], tag)
    commit = core_commit if framework in ("pytorch", "tensorflow") else SDK_V2
    return uri, "aws/sagemaker-python-sdk %s %s" % (commit[:12], path)


def debugger(output):
    """The SDK's default hook and profiler (region supported, not Trainium)."""
    return {"DebugHookConfig": {"S3OutputPath": output, "CollectionConfigurations": []},
            "ProfilerConfig": {"S3OutputPath": output, "DisableProfiler": False}}


def channel(name, uri, content_type=None):
    c = {"ChannelName": name, "DataSource": {"S3DataSource": {
        "S3DataType": "S3Prefix", "S3Uri": uri, "S3DataDistributionType": "FullyReplicated"}}}
    if content_type:
        c["ContentType"] = content_type
    return c


def join(*parts):
    """s3.s3_path_join: one slash between parts, none doubled."""
    out = parts[0].rstrip("/")
    for p in parts[1:]:
        out += "/" + p.strip("/")
    return out


def base(job, output, instance_type, count, channels, tags, max_run=3600):
    return {"TrainingJobName": job, "RoleArn": ROLE,
            "InputDataConfig": channels,
            "OutputDataConfig": {"S3OutputPath": output},
            "ResourceConfig": {"InstanceType": instance_type, "InstanceCount": count, "VolumeSizeInGB": 30},
            "StoppingCondition": {"MaxRuntimeInSeconds": max_run},
            "Tags": tags}


def builtin_request(job, output, image_uri, instance_type, count, hps, channels, tags):
    """estimator.Estimator(image_uri=...): str() hyperparameters, no metrics, the debugger defaults."""
    r = base(job, output, instance_type, count, channels, tags)
    r["AlgorithmSpecification"] = {"TrainingImage": image_uri, "TrainingInputMode": "File"}
    r["HyperParameters"] = {k: str(v) for k, v in hps.items()}
    r.update(debugger(output))
    return r


def script_request(framework, job, output, image_uri, instance_type, count, region, program, hps, channels, tags,
                   metrics_time_series):
    """A Framework estimator with code_location=output_path and metric_definitions=sagedeck's."""
    encoded = {k: json.dumps(v) for k, v in hps.items()}
    encoded.update({"sagemaker_submit_directory": json.dumps(join(output, job, "source", "sourcedir.tar.gz")),
                    "sagemaker_program": json.dumps(program),
                    "sagemaker_container_log_level": json.dumps(20),
                    "sagemaker_job_name": json.dumps(job),
                    "sagemaker_region": json.dumps(region)})
    if framework == "tensorflow":
        encoded["model_dir"] = json.dumps(join(output, job, "model"))
    r = base(job, output, instance_type, count, channels, tags)
    spec = {"TrainingImage": image_uri, "TrainingInputMode": "File", "MetricDefinitions": METRIC_DEFINITIONS}
    if metrics_time_series:
        spec["EnableSageMakerMetricsTimeSeries"] = True
    r["AlgorithmSpecification"] = spec
    r["HyperParameters"] = encoded
    r.update(debugger(output))
    return r


def write(path, doc):
    with open(path, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")


def framework_matrix(core_commit):
    """LaunchFrameworksDryRunTest: every framework x CPU/GPU x the issue's four regions."""
    out = "s3://lesson-bucket/frameworks"
    job = "alice-fw-test"
    tags = [{"Key": "owner", "Value": "alice"}, {"Key": "sagedeck:data-bytes", "Value": "16"}]
    versions = {"xgboost": "1.7-1", "sklearn": "1.2-1"}  # sagedeck's defaults; the SDK makes framework_version required
    for framework in ("pytorch", "tensorflow", "xgboost", "sklearn"):
        for proc in ("cpu", "gpu"):
            if framework == "sklearn" and proc == "gpu":
                continue  # SKLearn refuses GPU instance types; LaunchFrameworksDryRunTest expects the refusal
            for region in REGIONS:
                if framework in versions:
                    version = versions[framework]
                else:
                    version = newest(table(core_commit, "sagemaker-core/src/sagemaker/core/image_uri_config/%s.json"
                                           % framework)["versions"].keys())
                uri, source = image(framework, version, INSTANCE[proc], region, core_commit)
                hps = {"epochs": 2, "lr": 0.01}
                request = script_request(framework, job, out, uri, INSTANCE[proc], 1, region, "train.py", hps,
                                         [channel("train", join(out, job, "input", "train") + "/")], tags,
                                         framework in ("pytorch", "tensorflow"))
                write("src/test/resources/frameworks/expected/%s-%s-%s.json" % (framework, proc, region),
                      {"_source": "image from %s (training, version %s, %s); request fields as the SDK v2.257.6 "
                                  "estimators build them; derived by src/tools/derive-expected-requests.py"
                                  % (source, version, region),
                       "request": request})
    # scikit-learn 1.4-2 (launch --framework-version 1.4-2; not the default), in the four regions and in
    # il-central-1, which sklearn.json at 0828818 lacked and lists at v2.257.6
    for region in REGIONS + ("il-central-1",):
        uri, source = image("sklearn", "1.4-2", INSTANCE["cpu"], region, core_commit)
        request = script_request("sklearn", job, out, uri, INSTANCE["cpu"], 1, region, "train.py", {"epochs": 2, "lr": 0.01},
                                 [channel("train", join(out, job, "input", "train") + "/")], tags, False)
        write("src/test/resources/frameworks/expected/sklearn-1.4-2-cpu-%s.json" % region,
              {"_source": "image from %s (training, version 1.4-2: processors [cpu], py_versions [py3], so the tag "
                          "1.4-2-cpu-py3, %s); request fields as the SDK v2.257.6 estimators build them; derived by "
                          "src/tools/derive-expected-requests.py" % (source, region),
               "request": request})


def lesson(core_commit):
    """LessonEstimatorsTest: the lesson's Estimator examples (episode 'Training Models in SageMaker: Intro')."""
    bucket = "s3://doejohn-titanic-s3"
    train = bucket + "/titanic_train.csv"
    owner = [{"Key": "owner", "Value": "alice"}]
    region = "us-east-1"
    cases = []

    xgb_out = bucket + "/xgboost/"
    uri, src = image("xgboost", "1.5-1", "ml.m5.large", region, core_commit)
    five = {"max_depth": 5, "eta": 0.1, "subsample": 0.8, "colsample_bytree": 0.8, "num_round": 100}
    cases.append(("builtin-xgboost", src,
                  "Estimator(image_uri=sagemaker.image_uris.retrieve('xgboost', 'us-east-1', version='1.5-1'), role=ROLE, "
                  "instance_count=1, instance_type='ml.m5.large', output_path='%s', max_run=3600, tags=[owner], "
                  "hyperparameters=%r).fit({'train': TrainingInput('%s', content_type='text/csv')}, "
                  "job_name='alice-lesson-builtin')" % (xgb_out, five, train),
                  [builtin_request("alice-lesson-builtin", xgb_out, uri, "ml.m5.large", 1, five,
                                   [channel("train", train, "text/csv")], owner)]))
    cases.append(("builtin-xgboost-1-vs-2", src,
                  "the same Estimator fitted with job_name='alice-lesson-scale-x1', then instance_count=2 and "
                  "job_name='alice-lesson-scale-x2' (the lesson's 'Now run with 2 instances')",
                  [builtin_request("alice-lesson-scale-x%d" % n, xgb_out, uri, "ml.m5.large", n, five,
                                   [channel("train", train, "text/csv")], owner) for n in (1, 2)]))

    script_hps = {"train": "titanic_train.csv", "max_depth": 3, "eta": 0.1, "subsample": 0.8, "colsample_bytree": 0.8,
                  "num_round": 100}
    cases.append(("xgboost-script", src,
                  "XGBoost(entry_point='train_xgboost.py', source_dir='AWS_helpers', framework_version='1.5-1', role=ROLE, "
                  "instance_count=1, instance_type='ml.m5.large', output_path='%s', code_location='%s', max_run=3600, "
                  "tags=[owner], metric_definitions=SAGEDECK_ROUND_LINES, hyperparameters=%r).fit({'train': "
                  "TrainingInput('%s')}, job_name='alice-lesson-xgb-script')" % (xgb_out, xgb_out, script_hps, train),
                  [script_request("xgboost", "alice-lesson-xgb-script", xgb_out, uri, "ml.m5.large", 1, region,
                                  "train_xgboost.py", script_hps, [channel("train", train)], owner, False)]))

    sk_out = bucket + "/sklearn"
    sk_uri, sk_src = image("sklearn", "1.0-1", "ml.m5.large", region, core_commit)
    sk_hps = {"max_depth": 5, "eta": 0.1, "subsample": 0.8, "num_round": 100}
    cases.append(("sklearn-requirements", sk_src,
                  "SKLearn(entry_point='train_script.py', dependencies=['requirements.txt'], framework_version='1.0-1', "
                  "role=ROLE, instance_count=1, instance_type='ml.m5.large', output_path='%s', code_location='%s', "
                  "max_run=3600, tags=[owner], metric_definitions=SAGEDECK_ROUND_LINES, hyperparameters=%r)"
                  ".fit({'train': TrainingInput('%s')}, job_name='alice-lesson-sklearn')" % (sk_out, sk_out, sk_hps, train),
                  [script_request("sklearn", "alice-lesson-sklearn", sk_out, sk_uri, "ml.m5.large", 1, region,
                                  "train_script.py", sk_hps, [channel("train", train)], owner, False)]))

    pt_out = bucket + "/pytorch"
    pt_version = newest(table(core_commit, "sagemaker-core/src/sagemaker/core/image_uri_config/pytorch.json")["versions"].keys())
    pt_uri, pt_src = image("pytorch", pt_version, "ml.p3.2xlarge", region, core_commit)
    pt_py = pt_uri.rsplit("-", 1)[1]
    pt_hps = {"epochs": 10, "lr": 0.001}
    cases.append(("pytorch", pt_src,
                  "PyTorch(entry_point='train_nn.py', source_dir='pytorch', framework_version='%s', py_version='%s', "
                  "role=ROLE, instance_count=1, instance_type='ml.p3.2xlarge', output_path='%s', code_location='%s', "
                  "max_run=3600, tags=[owner], metric_definitions=SAGEDECK_ROUND_LINES, hyperparameters=%r)"
                  ".fit({'train': TrainingInput('%s')}, job_name='alice-lesson-pytorch')"
                  % (pt_version, pt_py, pt_out, pt_out, pt_hps, train),
                  [script_request("pytorch", "alice-lesson-pytorch", pt_out, pt_uri, "ml.p3.2xlarge", 1, region,
                                  "train_nn.py", pt_hps, [channel("train", train)], owner, True)]))

    tf_out = bucket + "/tensorflow"
    tf_version = newest(table(core_commit, "sagemaker-core/src/sagemaker/core/image_uri_config/tensorflow.json")["versions"].keys())
    tf_uri, tf_src = image("tensorflow", tf_version, "ml.m5.large", region, core_commit)
    tf_py = tf_uri.rsplit("-", 1)[1]
    tf_hps = {"epochs": 10}
    cases.append(("tensorflow", tf_src,
                  "TensorFlow(entry_point='train_tf.py', source_dir='tensorflow', framework_version='%s', py_version='%s', "
                  "role=ROLE, instance_count=1, instance_type='ml.m5.large', output_path='%s', code_location='%s', "
                  "max_run=3600, tags=[owner], metric_definitions=SAGEDECK_ROUND_LINES, hyperparameters=%r)"
                  ".fit({'train': TrainingInput('%s')}, job_name='alice-lesson-tensorflow')"
                  % (tf_version, tf_py, tf_out, tf_out, tf_hps, train),
                  [script_request("tensorflow", "alice-lesson-tensorflow", tf_out, tf_uri, "ml.m5.large", 1, region,
                                  "train_tf.py", tf_hps, [channel("train", train)], owner, True)]))

    for name, source, call, requests in cases:
        write("src/test/resources/lesson/expected/%s.json" % name,
              {"_source": "image from %s; request fields as the SDK v2.257.6 (%s) estimators build them; derived by "
                          "src/tools/derive-expected-requests.py" % (source, SDK_V2[:12]),
               "_sdk_call": call,
               "requests": requests})


def main(git_dir, core_commit):
    global GIT_DIR
    GIT_DIR = git_dir
    framework_matrix(core_commit)
    lesson(core_commit)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
