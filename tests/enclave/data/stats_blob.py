# The demo confidential function: aggregate statistics over an input blob of numbers
# (one per line, '#' comments allowed), returned as a dict; the per-group totals also go
# to an output blob as JSON. Only the aggregates leave the enclave.
import enclave
import json
import math


def summarize(blob, out=None):
    values = []
    groups = {}
    for line in enclave.read_input(blob).decode("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        group, _, number = line.rpartition(",")
        x = float(number)
        values.append(x)
        g = group.strip() or "all"
        groups[g] = groups.get(g, 0.0) + x
    n = len(values)
    if n == 0:
        raise ValueError("no data in blob %r" % blob)
    mean = sum(values) / n
    var = sum((x - mean) ** 2 for x in values) / n
    ordered = sorted(values)
    mid = n // 2
    median = ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    result = {
        "count": n,
        "min": ordered[0],
        "max": ordered[-1],
        "mean": round(mean, 6),
        "median": median,
        "stdev": round(math.sqrt(var), 6),
        "groups": len(groups),
    }
    if out is not None:
        enclave.write_output(out, json.dumps(groups, sort_keys=True).encode())
    return result
