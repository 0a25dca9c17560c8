#!/usr/bin/env python3
"""Derives sagedeck's framework image tables from the SageMaker Python SDK's own.

Usage: src/tools/derive-framework-tables.py <sdk git dir> <commit>
Writes src/main/resources/dev/sagedeck/sagemaker/frameworks/{pytorch,tensorflow}.json: the
"training" object of sagemaker-core/src/sagemaker/core/image_uri_config/<framework>.json at that
commit, unchanged (one version per line), with a "_source" line naming the file and commit.
"""
import json
import subprocess
import sys

SDK_PATH = "sagemaker-core/src/sagemaker/core/image_uri_config/{}.json"
OUT = "src/main/resources/dev/sagedeck/sagemaker/frameworks/{}.json"


def main(git_dir, commit):
    for framework in ("pytorch", "tensorflow"):
        path = SDK_PATH.format(framework)
        text = subprocess.check_output(["git", "--git-dir=" + git_dir, "show", commit + ":" + path])
        training = json.loads(text)["training"]
        lines = ["{",
                 ' "_source": ' + json.dumps("aws/sagemaker-python-sdk " + commit + " " + path
                                            + ", key \"training\", unchanged (src/tools/derive-framework-tables.py)") + ",",
                 ' "processors": ' + json.dumps(training["processors"]) + ",",
                 ' "version_aliases": ' + json.dumps(training["version_aliases"]) + ",",
                 ' "versions": {']
        versions = list(training["versions"].items())
        for i, (version, entry) in enumerate(versions):
            comma = "," if i < len(versions) - 1 else ""
            lines.append("  " + json.dumps(version) + ": " + json.dumps(entry, sort_keys=True) + comma)
        lines.append(" }")
        lines.append("}")
        with open(OUT.format(framework), "w") as f:
            f.write("\n".join(lines) + "\n")
        # the derived file must hold exactly the SDK's object
        with open(OUT.format(framework)) as f:
            derived = json.load(f)
        derived.pop("_source")
        assert derived == training, framework


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
