# `from __future__ import annotations` stores each annotation as the text CPython's
# unparser writes: every expression kind, operator precedence and the parentheses it
# needs, constants as their repr (1e400 -> 1e309, 0x1F -> 31, 1_000 -> 1000), f-strings
# rebuilt as f + repr(body), NFKC-normalised names. The second half is generated
# (random nesting of the same kinds).
from __future__ import annotations

a0: List[ int ]
a1: 'a'+b
a2: Dict[str,   'int']
a3: 1e300*10
a4: 1_000
a5: -1
a6: - 1
a7: (-1) ** 2
a8: -1 ** 2
a9: 2 ** -1
a10: (2 ** 3) ** 4
a11: 2 ** 3 ** 4
a12: a - (b - c)
a13: (a - b) - c
a14: a if b else c
a15: (a if b else c) if d else e
a16: a if (b if c else d) else e
a17: lambda: 1
a18: lambda x, y=2, *args, k, m=3, **kw: x + y
a19: lambda x, /: x
a20: (lambda: 1)()
a21: (a, b)
a22: ()
a23: (a,)
a24: a[1:2]
a25: a[1:2:3]
a26: a[:]
a27: a[::]
a28: a[::2]
a29: a[1:2, 3]
a30: a[()]
a31: a[(1, 2)]
a32: a[*b]
a33: a[b, *c]
a34: f(*a, **b)
a35: f(x for x in y)
a36: f((x for x in y), 1)
a37: f(a=1)
a38: 1 .real
a39: 1.5.real
a40: 'a'.upper
a41: x.y.z
a42: {}
a43: {1: 2}
a44: {**a, 'b': 1}
a45: {1, 2}
a46: []
a47: [1, 2]
a48: [x for x in y if x if z]
a49: [x async for x in y]
a50: {x for x in y}
a51: {x: y for x, y in z}
a52: (x for x in y)
a53: not a
a54: not not a
a55: ~a
a56: +a
a57: -(-a)
a58: a and b or c
a59: a and (b or c)
a60: (a and b) or c
a61: a or b and c
a62: a < b < c
a63: (a < b) < c
a64: a is not b
a65: a not in b
a66: a if b else lambda: c
a67: f"{x}"
a68: f"{x!r}"
a69: f"{x:>10}"
a70: f"{x:{w}.{p}}"
a71: f"{x=}"
a72: f"{x=:>5}"
a73: f"{x = }"
a74: f"{{}} {x}"
a75: f"{'a'}"
a76: f"{ {1: 2} }"
a77: f"{ {1, 2} }"
a78: f"{3.14!s:10}"
a79: f"a" "b" f"{c}"
a80: f""
a81: b"\x00\xff"
a82: '\u1234'
a83: "\U0001F600"
a84: '\\'
a85: "a'b\"c"
a86: 1e309
a87: -1e309
a88: 1e-309
a89: 1.0
a90: 100.0
a91: 1e16
a92: 1e15
a93: 0.1
a94: 1_000.000_1
a95: 0xff
a96: 1j
a97: 1.5j
a98: 1e16j
a99: u'x'
a100: u'x' 'y'
a101: None
a102: True
a103: False
a104: ...
a105: a[b][c]
a106: a.b(c)[d]
a107: (a + b).c
a108: (a + b)[c]
a109: (a + b)(c)
a110: (-a).b
a111: (not a).b
a112: a @ b
a113: a // b % c
a114: a | b ^ c & d
a115: (a | b) ^ c
a116: a << b >> c
a117: a + b * c
a118: (a + b) * c
a119: a * (b + c)
a120: "x" + 'y'
a121: (1, 2)[0]
a122: [1][0]
a123: {1: 2}[1]
a124: a[b:c:d, e:f]
a125: a[lambda: 1]
a126: a[b if c else d]
a127: a[b, c if d else e]
a128: (lambda: 1) if a else b
a129: lambda: (yield)
a130: a[1:2,]
a131: ℌ
g132: lambda x: 0o17
g133: True() % 2j["q"]
g134: 1e300 or 1.5
g135: ("it's") ** (1E5) ** b'x'
g136: (.5) ** (None) ** 10**100 // 0b101()
g137: [1, u'u'][List is 100_000.5 <= ...:0j.attr, ::0x1F if 1e400 else 1e400j]
g138: f([b'x'.attr, 3.14e-10 >= int == 10**100], *(0b101 if None else True), k=(int)(), **[(0x1F) ** (.5) ** 0j, b % 10**100])
g139: {.5}
g140: [1. // 1., not 1E5][g(u'u' for x in y)()]
g141: lambda *a: 3.14e-10
g142: lambda x, y=1: 2j if True else 0x1F
g143: f(1e400 + 0j, *1e400 or .5, k=f(int, *0j, k=1_000, **1e400j), **(1_000) ** (int) ** b)
g144: 0o17 * True
g145: f(None ** 3.14e-10, *....attr, k='a\nb'(), **0o17[b:'s', ::2j])
g146: (1_000, 100_000.5)
g147: {(1. or u'u') ** (['a\nb' for x in 3.14e-10 if ...]) ** ["it's", 1e400j]}
g148: 0x1F() & 0j.attr()
g149: [{100_000.5, 2j}['a\nb' == 1_000 < a,] for x in g({1.5} for x in y) if {'a\nb', 0b101} @ {3.14e-10, 1e300}]
g150: {0x1F not in 1. in 0b101} @ [("q") ** (0j) ** a for x in b & True if 's' >> 1E5]
g151: g((y := 1) for x in y)
g152: {List: 0b101, **3.14e-10}
g153: {lambda x, /, y, *, z=2: "it's" - b'x' << 2j}
g154: f"{.5!r:>{w}} {{x}} {2j=}"
g155: int | 'a\nb' % {k: 1e400j for k, v in 1e400j}
g156: ('s'[*1e400j]) ** ('a\nb' >> 0x1F) ** {1E5: 0x1F, **0x1F}
g157: (int for x in 's' for y in 'a\nb')
g158: g([{k: List for k, v in "q"} for x in (1e400j) if .5()] for x in y)
g159: ({~0b101, g(1e400 for x in y)},)
g160: g(a for x in y)
g161: f('s', *u'u', k=None, **List)
g162: ... or u'u'
g163: (10**100) ** (2j) ** 3.14e-10()
g164: ({[10**100 for x in 1e300 if .5]})
g165: (1.[b'x',])
g166: {k: ({'a\nb'},) for k, v in {{k: 2j for k, v in "it's"}, [.5, 0j]}}
g167: f(1.5 * 3.14e-10, *(0j for x in 10**100 for y in b'x'), k=g("it's" for x in y), **{2j: 2j, **True})
g168: -0j
g169: b >= List != 1.5
g170: {...}
g171: g({...} for x in y)
g172: not 1[{10**100},] and ({10**100: a, **0o17} for x in {b'x'} for y in not 1)
g173: .5()
g174: {k: 2j * 0x1F for k, v in 3.14e-10()}
g175: {b, 1e400j}
g176: 3.14e-10 if u'u' else a
g177: (1e300)
g178: [(10**100) ** (b'x') ** 0x1F for x in {"it's"} if (0o17,)] & (u'u') ** (100_000.5) ** 10**100()
g179: [0x1F(), "q"[*None]]
g180: 's' | 3.14e-10
g181: lambda *, k: g(0o17 for x in y)
g182: ...[*1_000]
g183: f('a\nb'(), *None[.5], k=f"{3.14e-10!r:>{w}} {{x}} {'s'=}", **"it's".attr)
g184: f"{List[*3.14e-10]!r:>{w}} {{x}} {(3.14e-10)=}"
g185: {u'u' & b}
g186: [{k: [1e400 for x in 100_000.5 if List] for k, v in 10**100 and 's'}, {k: ("it's" for x in True for y in 10**100) for k, v in (b)}]
g187: List[1.]
g188: (~"q" >> "it's") ** (1E5 / True // g(a for x in y)) ** {b[a,]}
g189: +1e400[(3.14e-10):0o17[1e400,], ::.5[*1E5]]
g190: g(2j for x in y).attr
g191: 1e400j or List
g192: ([1_000 and 's', {1e400j}], (1. if 0b101 else 100_000.5) ** ((..., 100_000.5)) ** 1e400j[*1.])
g193: "q" if List else a if {1.5, True} else lambda x, y=1: True >= ('a\nb') ** (0x1F) ** True - 1_000[100_000.5:100_000.5, ::1.5] <= {'s'.attr}
g194: 1..attr
g195: (None,)
g196: List and "q"
g197: 'a\nb' % .5
g198: f(-u'u'[0x1F()], *{0o17[a:0b101, ::0b101]}, k=f"{u'u' and 1.5!r:>{w}} {{x}} {None % ...=}", **[0b101[True,], 1e400()])
g199: 0b101 and b
g200: u'u' and u'u'
g201: (u'u') ** (u'u') ** "it's"[[int for x in 1E5 if 1_000]:f"{1!r:>{w}} {{x}} {2j=}", ::[True for x in b'x' if 's']]
g202: [{(0o17, 2j): b[*0b101], **(b) ** (0x1F) ** 1}, {(.5): (1e400), **f(1E5, *1_000, k=True, **u'u')}]
g203: {{b'x': 10**100, **int}, (1_000)}
g204: (1_000 for x in a for y in a) and .5 >= b'x' is not b
g205: {{a: 0j, **10**100}: not a, **'a\nb'[100_000.5,]}
g206: (int >= .5 not in b'x', 3.14e-10 - 's')["q"[b] and True[*1e300]:g([True, a] for x in y), ::a[2j][(1e300, 'a\nb'),]]
g207: -+g(.5 for x in y)
g208: (0o17, 1.)
g209: {0o17 or 100_000.5: "it's"[b'x'], **None[100_000.5]}.attr
g210: g(1. for x in y) if (b for x in b'x' for y in 1) else {None: 1E5, **1E5}
g211: ['s' for x in "it's" if int]
g212: {...}
g213: +True and ("it's" for x in 1e400 for y in 1E5) != 'a\nb' | 1[(0x1F for x in 1.5 for y in True):.5 << 3.14e-10, ::1.5()] <= [0b101 for x in .5 if "q"].attr
g214: {k: g(1E5 for x in y) for k, v in (1E5) ** (1e400) ** List}
g215: (u'u', List)
g216: f"{(b) ** (.5) ** 1_000!r:>{w}} {{x}} {u'u'()=}"
g217: 0x1F[*1_000]
g218: ((List) ** (List) ** a[{a},]) ** (lambda a, *b, c, **d: {k: "q" for k, v in 1e400j}) ** "q" ^ 1. ^ ... and "q"
g219: ((1e300,) for x in g(0j for x in y) for y in 's' and None)
g220: f(None if u'u' else None not in 0j[1.:0x1F, ::.5] < [.5, 1E5], *[1_000[b'x':'s', ::True], lambda **k: 1e400], k=0x1F[1.](), **1e300() @ {1.})
g221: 0j and .5 == {k: a for k, v in b} == {...}[*(0x1F for x in 1e300 for y in 100_000.5)[(1e400)]]
g222: {{(...), (0o17,)}, (lambda a, *b, c, **d: List, ['a\nb', b])}
g223: b or a
g224: (u'u', 0o17) and (1e300 for x in 1e400 for y in 1.)
g225: {{1[a]}: {{int: 0b101, **2j}: f(1_000, *'s', k=1e400, **100_000.5), **f(1e400j, *b'x', k=0o17, **List)}, **{List or 2j, {k: 1_000 for k, v in 0b101}}}
g226: .5 - 1
g227: (0j,)
g228: [(1e400[3.14e-10:1e300, ::None], True()) for x in (1e400j) ** (.5) ** int or (b for x in "q" for y in 3.14e-10) if (y := "it's".attr)]
g229: ((0j, 1e400j)) ** ((1E5 for x in u'u' for y in int)) ** [1E5 for x in a if "it's"]
g230: {...}
g231: 0j ^ 1E5() or -"it's" / 0b101
g232: ~1.[*"it's"]
g233: f((1.5), *f"{b!r:>{w}} {{x}} {u'u'=}", k=b << int, **0o17[...,])
g234: ('s')
g235: (g(0x1F for x in y) for x in 1_000 and 1E5 for y in "q" <= 1e300 == "q") << [{1.5: None, **2j}, f(1, *10**100, k=0b101, **100_000.5)]
g236: 1E5 % 3.14e-10
g237: {(10**100,)[*1e400j["q",]]}
g238: (int[0x1F:1, ::b]) ** (... or b'x') ** 100_000.5()
g239: [(1e400,)() for x in f((1e300, 1E5), *1.5.attr, k=None if a else 1.5, **{10**100, None}) if [{10**100}, lambda x: 0x1F]]
g240: (3.14e-10 for x in List for y in b'x')
g241: 0b101 <= int > None[*{1.5, "q"}]
g242: 2j % True @ 0o17 or True
g243: [1_000[1E5,][[1e300 for x in 0x1F if 0b101]:1. and 100_000.5, ::1_000 in 0j in 1.], +1e400[*None]]
g244: [1.5 if 1 else int for x in u'u'[1.5:0o17, ::0j] if {100_000.5}]
g245: {"q", 3.14e-10}
g246: 2j['s']
g247: 1. / ...
g248: {b'x', 0x1F}
g249: {'a\nb': 10**100, **"it's"}[...[100_000.5,],] if {k: "it's" << 0b101 for k, v in (...)} else {0x1F} - {'s': 1E5, **1e300}
g250: 1E5 + 1_000
g251: 1E5 and .5
g252: [.5 % "it's", lambda x=1, /: 10**100][['s' or 10**100, b or a]:{1E5: 2j, **a}[('a\nb' for x in 1e400j for y in 1e400),], ::{f("it's", *a, k=0j, **b), 0x1F[True:1_000, ::int]}]
g253: ("it's") ** (0j) ** 1e400
g254: {k: g(1e400 for x in y) for k, v in (1) ** (1.) ** 1.5}
g255: (lambda x, /, y, *, z=2: .5 * f"{List!r:>{w}} {{x}} {...=}" for x in ~[0x1F for x in 0o17 if b] for y in g(b'x' for x in y) ** 1e300 & True)
g256: 0j if ... else 1e400j[*-100_000.5]
g257: lambda x, y=1: (100_000.5,)
g258: {k: 0j for k, v in 's'} or [1.5 for x in .5 if 's']()
g259: {-2j}
g260: ('s') ** (1E5) ** 1..attr and [1.5 for x in "q" if 'a\nb'] >> "q"()
g261: lambda x, /, y, *, z=2: None and 's'.attr
g262: {["q", 1]: {k: 0x1F for k, v in 1_000}, **1e400[*100_000.5]}
g263: lambda x: u'u'[0o17,]
g264: 1_000 * None[(True,),] if 1e300 and ....attr else 's' / 0x1F[3.14e-10 * int:[0x1F, 's'], ::b'x' == 1e400j is not 1e400]
g265: g(List for x in y)[f(1_000, *1e300, k=10**100, **3.14e-10)]
g266: {2j: 1.5, **1E5} ** int()
g267: f(..., *b'x', k=1e400, **0j)[*+True]
g268: f([1_000 for x in 1 if True], *1e400 ^ a, k={int, 1.}, **f(100_000.5, *True, k=b'x', **1))
g269: {3.14e-10}.attr
g270: {((1e300, 's'), lambda x=1, /: 10**100), {{1E5, 100_000.5}, True or 0o17}}
g271: u'u' | 0j
g272: lambda : 'a\nb'
g273: 2j[*a]
g274: ((1.5 for x in 1e300 for y in 100_000.5) for x in ['a\nb' for x in b if 1e300] for y in [1.5 for x in 1E5 if 1])
g275: lambda **k: [g('s' for x in y) for x in {k: ... for k, v in 1E5} if g(3.14e-10 for x in y)]
g276: {0b101 * .5 // (10**100 for x in 1. for y in True)}
g277: {k: a for k, v in 0j}[{1e400: u'u', **0o17},]
g278: -b'x' if 0j else u'u' - {u'u'}
g279: (0b101, 'a\nb') ** g(None for x in y) is not ("it's") ** (2j) ** 's'() is 0o17()[3.14e-10 > 0j != .5]
g280: 0b101[1e400j:None, ::.5]
g281: f(('a\nb' for x in b for y in List), *1e300[1.5,], k=List[*'a\nb'], **u'u' + 1.)
for name, text in __annotations__.items():
    print(name, text)
