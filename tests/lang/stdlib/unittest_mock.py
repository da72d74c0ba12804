# unittest.mock basics: Mock/MagicMock calls and assertions, side_effect, spec, patch.
from unittest import mock
import os
m = mock.Mock()
m(1, a=2)
def err(f):
    try: f()
    except AssertionError as e: print(repr(str(e)))
    except Exception as e: print(type(e).__name__, e)
err(lambda: m.assert_called_once_with(2))
err(lambda: m.foo.assert_called_once_with(2))
m.foo(3); m.foo(4)
err(lambda: m.foo.assert_called_once_with(2))
err(lambda: m.assert_not_called())
err(lambda: m.foo.assert_has_calls([mock.call(9)]))
err(lambda: m.foo.assert_any_call(9))
err(lambda: m.bar.assert_called())
err(lambda: m.assert_called_with(5))
print(m.mock_calls, m.method_calls, m.call_args, m.call_args.args, m.call_args.kwargs)
err(lambda: m.assret_x)
err(lambda: m.__foo__)
m.assert_called_with(1, a=2)
m.foo.assert_has_calls([mock.call(3), mock.call(4)])
m.foo.assert_any_call(3)
print(m.call_args == mock.call(1, a=2), m.call_args == ((1,), {'a': 2}), m.mock_calls == [mock.call(1, a=2), mock.call.foo(3), mock.call.foo(4)])
r = m.x.y(5)
r.z(6)
print(m.mock_calls[-2:], m.method_calls[-1], m.x.mock_calls)
print(m() is m.return_value, m.x.y.return_value is r, m.foo is m.foo)
m2 = mock.Mock(return_value=42, side_effect=None)
print(m2(), m2.call_count, m2.called)
m3 = mock.Mock(side_effect=[1, 2, KeyError('k')])
print(m3(), m3())
err(m3)
m4 = mock.Mock(side_effect=lambda x: x * 2)
print(m4(21))
m5 = mock.Mock(side_effect=ValueError("bad"))
err(m5)
m6 = mock.Mock(**{'method.return_value': 3, 'attr': 'v'})
print(m6.method(), m6.attr)
m6.reset_mock()
print(m6.method.call_count, m6.method(), m6.mock_calls)
mm = mock.MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != mm, float(mm))
mm.__len__.return_value = 5
mm.__getitem__.return_value = 'item'
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[0], list(mm), mm.__getitem__.call_args)
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
print(len(mock.MagicMock()))
s = mock.sentinel.thing
print(s, s is mock.sentinel.thing, mock.ANY == 5, [mock.ANY] == [3])
sp = mock.Mock(spec=['a', 'b'])
sp.a
err(lambda: sp.c)
class Spec:
    x = 1
    def meth(self): pass
sp2 = mock.Mock(spec=Spec)
print(isinstance(sp2, Spec))
err(lambda: sp2.nope)
with mock.patch('os.getcwd', return_value='/fake') as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != '/fake')
@mock.patch('os.getpid')
def decorated(a, mpid):
    mpid.return_value = 7
    return a, os.getpid()
print(decorated(1))
class Target:
    attr = 'orig'
with mock.patch.object(Target, 'attr', 'patched'):
    print(Target.attr)
print(Target.attr)
d = {'a': 1}
with mock.patch.dict(d, {'b': 2}):
    print(sorted(d.items()))
print(d)
with mock.patch.dict(d, {'c': 3}, clear=True):
    print(d)
print(d)
pt = mock.patch.object(Target, 'attr', 'started')
pt.start(); print(Target.attr); pt.stop(); print(Target.attr)
err(lambda: mock.patch('nodots'))
err(lambda: mock.patch.object(Target, 'missing', 1).__enter__())
with mock.patch.object(Target, 'missing', 1, create=True):
    print(Target.missing)
print(hasattr(Target, 'missing'))
cm = mock.MagicMock()
cm.method(1)(2)
print(cm.mock_calls)
print(mock.call.foo(1), mock.call(1, 2, k=3), mock.call().bar(2))
print(repr(m).startswith("<Mock id="), repr(m.x.y).startswith("<Mock name='mock.x.y' id="), repr(m.x.y()).startswith("<Mock name='mock.x.y()' id="))
named = mock.Mock(name='nm')
print(repr(named.attr).startswith("<Mock name='nm.attr'"))
err(lambda: named.assert_called())
import unittest, io
class UsesPatch(unittest.TestCase):
    @mock.patch('os.getcwd', return_value='/x')
    def test_patched(self, m):
        self.assertEqual(os.getcwd(), '/x')
        m.assert_called_once_with()
    def test_mock_fails(self):
        mk = mock.Mock()
        mk(1)
        mk.assert_called_once_with(2)
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf).run(unittest.TestLoader().loadTestsFromTestCase(UsesPatch))
print(len(r.failures), r.failures[0][1].splitlines()[-3:])
