import warnings
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
old()
warnings.simplefilter('always', DeprecationWarning)
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('recorded', UserWarning)
    warnings.warn('rt', RuntimeWarning)
print([(str(x.message), x.category.__name__) for x in w])
warnings.filterwarnings('ignore', message='ign.*')
warnings.warn('ignored message')
warnings.warn('shown message')
for i in range(2):
    warnings.warn('once per location', UserWarning)
warnings.warn(UserWarning('instance warning'))
warnings.showwarning('manual', UserWarning, 'file.py', 10)
print(warnings.formatwarning('fmt', UserWarning, 'f.py', 3, 'line text'))
