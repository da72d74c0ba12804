# `from package import name` imports a submodule [name] when the package lacks it: only a
# ModuleNotFoundError about that submodule itself is dropped (then "cannot import name");
# one about another module, or with no name, or a halt by None in sys.modules propagates
import sys


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except ImportError as e:
        print(label, type(e).__name__, str(e).split(' (/')[0], e.name)  # no file path


def bad():
    from mod_fromerr import bad
    return bad


def raiser():
    from mod_fromerr import raiser
    return raiser


def absent():
    from mod_fromerr import absent
    return absent


def gone():
    from mod_fromerr import gone
    return gone


def gone_list():
    return __import__('mod_fromerr', fromlist=['gone']).__name__


t('dependency missing', bad)
t('submodule raises', raiser)
t('absent', absent)
sys.modules['mod_fromerr.gone'] = None
t('None in sys.modules', gone)
t('__import__ fromlist', gone_list)
del sys.modules['mod_fromerr.gone']
t('after del', gone)
