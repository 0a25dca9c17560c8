# A PyTorch-style entry point for the launch tests: it is packed, never run here.
import argparse
import os

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--epochs", type=int, default=1)
parser.add_argument("--lr", type=float, default=0.01)
args, _ = parser.parse_known_args()
print("training on", os.environ.get("SM_CHANNEL_TRAIN"), "for", args.epochs, "epochs with", torch.__version__)
