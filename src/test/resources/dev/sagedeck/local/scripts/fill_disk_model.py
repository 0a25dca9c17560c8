# Writes its model until the disk is full, as a real script does when the model is bigger than the
# space left: the OSError (errno 28) ends the script with a traceback nobody may be able to write.
import os
path = os.path.join(os.environ["SM_MODEL_DIR"], "model.bin")
chunk = b"\0" * 65536
with open(path, "wb") as f:
    while True:
        f.write(chunk)
        f.flush()
