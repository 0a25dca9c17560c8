# Fails after writing its own description to output/failure, as SageMaker scripts may.
import os, sys
with open(os.path.join(os.environ["SM_OUTPUT_DIR"], "failure"), "w") as f:
    f.write("custom reason: the label column 'Survived' is missing")
print("some output")
sys.exit(3)
