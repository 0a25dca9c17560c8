# A TensorFlow entry point for the lesson's TensorFlow Estimator in the dry-run tests: packed, never run.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=1)
parser.add_argument("--model_dir")
print(parser.parse_known_args()[0])
