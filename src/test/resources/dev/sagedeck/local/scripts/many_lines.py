# Prints 600 lines, waits for the test's go-ahead file, prints 3 more.
import os, time
for i in range(1, 601):
    print("line %d" % i)
go = os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "go")
for _ in range(600):
    if os.path.exists(go):
        break
    time.sleep(0.02)
for i in range(1, 4):
    print("after go %d" % i)
