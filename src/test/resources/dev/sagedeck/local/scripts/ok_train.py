# Completes: prints its arguments and SM_* variables, reads the train channel, writes a model file.
import json, os, sys
print("args:", " ".join(sys.argv[1:]))
print("cwd:", os.getcwd())
for k in ("SM_CHANNEL_TRAIN", "SM_MODEL_DIR", "SM_OUTPUT_DATA_DIR", "SM_CURRENT_HOST"):
    print(k + "=" + os.environ.get(k, "<unset>"))
print("SM_HPS=" + os.environ.get("SM_HPS", "<unset>"))
train_dir = os.environ["SM_CHANNEL_TRAIN"]
files = sorted(os.listdir(train_dir))
rows = sum(1 for _ in open(os.path.join(train_dir, files[0]))) if files else 0
print("train files:", files, "rows:", rows)
print("colour \x1b[31mred\x1b[0m bell\x07 done")
with open(os.path.join(os.environ["SM_MODEL_DIR"], "model.txt"), "w") as f:
    f.write(json.dumps({"rows": rows}))
print("model saved")
