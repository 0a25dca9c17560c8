# Fails the way a real script does: an uncaught exception with a traceback on stderr.
print("loading data")
def parse(v):
    return float(v)
parse("abc")
