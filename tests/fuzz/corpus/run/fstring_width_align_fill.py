# Width, alignment and fill characters in format specs.
s = 'ab'
print(f'[{s:5}] [{s:<5}] [{s:>5}] [{s:^5}] [{s:^6}]')
print(f'[{s:*<5}] [{s:->5}] [{s:0^6}] [{s:1}]')
n = 42
print(f'[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:=+6}] [{n:05}]')
print(f'[{-n:05}] [{-n:=6}] [{-n:*=8}] [{n:+}] [{n: }] [{-n: }]')
print(f'[{3.5:8}] [{3.5:<8}] [{-3.5:08}]')
print(f'[{True:5}] [{None!s:>6}]')
print(f'[{"x":{"_"}^{7}}]')
print(f'[{"é":>3}] [{"日本":^6}]')
