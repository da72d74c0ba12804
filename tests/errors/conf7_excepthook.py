import sys
def hook(t, v, tb):
    print('HOOK', t.__name__, v, file=sys.stderr)
sys.excepthook = hook
raise ValueError('via hook')
