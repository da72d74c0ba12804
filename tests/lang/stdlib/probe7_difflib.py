import difflib
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
b = ['zero\n', 'one\n', 'three\n', 'four\n', 'FIVE\n', 'six\n']
print(''.join(difflib.unified_diff(a, b, fromfile='a.txt', tofile='b.txt')))
print(''.join(difflib.context_diff(a, b, fromfile='a', tofile='b', n=1)))
print(''.join(difflib.ndiff(['abcde\n', 'xyz\n'], ['abXde\n', 'xyz\n'])))
sm = difflib.SequenceMatcher(None, 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'whale', 'wheat'], n=2, cutoff=0.5))
sm = difflib.SequenceMatcher(lambda c: c == ' ', 'a b c d', 'a x c d')
print(sm.find_longest_match(0, 7, 0, 7), list(sm.get_grouped_opcodes(1)))
print(list(difflib.restore(difflib.ndiff(['a\n'], ['b\n']), 2)))
d = difflib.Differ()
print(list(d.compare(['hello world\n'], ['hello there world\n'])))
print(''.join(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff('abc', 'abd', lineterm='')))
print(difflib.SequenceMatcher(None, [1, 2, 3], [1, 3]).ratio(), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('#\n'))
