# Ignores SIGTERM, as a script inside a framework container sometimes effectively does.
import signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print("ready", flush=True)
for i in range(600):  # about a minute at most
    time.sleep(0.1)
