# Trains "rounds" until stopped: on SIGTERM it saves the model so far and exits 0.
import os, signal, sys, time
state = {"round": 0}
def on_term(signum, frame):
    with open(os.path.join(os.environ["SM_MODEL_DIR"], "partial-model.txt"), "w") as f:
        f.write("rounds=%d" % state["round"])
    print("saved after round %d" % state["round"], flush=True)
    sys.exit(0)
signal.signal(signal.SIGTERM, on_term)
print("ready", flush=True)
for i in range(1, 1200):  # ends by itself after about a minute so a leaked run cannot live forever
    state["round"] = i
    print("round %d" % i, flush=True)
    time.sleep(0.05)
