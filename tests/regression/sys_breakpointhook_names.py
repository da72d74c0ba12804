# sys.breakpointhook resolves $PYTHONBREAKPOINT: "mod.sub.name" (the submodule, not the top
# package), a bare name from builtins, ".name" (no module: warned and ignored, not builtins)
import os, sys, warnings
def cap(*a, **k): print('called', a, k); return 'r'
import json.decoder
json.decoder.cap = cap
for v in ['.print', '.cap', 'json.decoder.cap', 'print', 'nope_mod.x', 'json.nope', '0', 'json.']:
    os.environ['PYTHONBREAKPOINT'] = v
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = sys.breakpointhook(1, k=2)
            print(repr(v), 'ret', r, [(x.category.__name__, str(x.message)) for x in w])
        except Exception as e:
            print(repr(v), type(e).__name__, e)
