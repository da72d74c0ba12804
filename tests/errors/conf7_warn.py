import warnings
warnings.warn('plain warning')
warnings.warn('dep', DeprecationWarning)
warnings.warn('fut', FutureWarning, stacklevel=1)
def f():
    warnings.warn('from f', UserWarning, stacklevel=2)
f()
warnings.simplefilter('error')
try:
    warnings.warn('now error')
except UserWarning as e:
    print('caught', e)
