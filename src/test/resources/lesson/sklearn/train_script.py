# The lesson's SKLearn example's entry point, for the dry-run tests: packed with requirements.txt, never run.
import argparse

parser = argparse.ArgumentParser()
print(parser.parse_known_args()[0])
