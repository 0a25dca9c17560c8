# A PyTorch entry point for the lesson's PyTorch Estimator in the dry-run tests: packed, never run.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=1)
parser.add_argument("--lr", type=float, default=0.01)
print(parser.parse_known_args()[0])
