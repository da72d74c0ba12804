# Greedy word wrapping, full justification, centering and column layout of text.
TEXT = ('Python is a programming language that lets you work quickly and integrate systems '
        'more effectively. It is used for web development, data analysis, automation, '
        'scientific computing and much more. Readability counts.')


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        if len(word) > width:
            if current:
                lines.append(current)
                current, length = [], 0
            while len(word) > width:
                lines.append([word[:width - 1] + '-'])
                word = word[width - 1:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f'--- width {width}: {len(lines)} lines ---')
    for i, words in enumerate(lines):
        text = justify(words, width) if i < len(lines) - 1 else ' '.join(words).ljust(width)
        print(f'|{text}|')
print('--- long word ---')
for words in wrap('a supercalifragilisticexpialidocious word', 12):
    print(f'[{" ".join(words):<12}]')
print('--- centered ---')
for line in wrap('The quick brown fox jumps over the lazy dog', 16):
    print('*' + ' '.join(line).center(18) + '*')
print('--- two columns ---')
left = [' '.join(w) for w in wrap(TEXT[:90], 20)]
right = [' '.join(w) for w in wrap(TEXT[90:], 20)]
for i in range(max(len(left), len(right))):
    l = left[i] if i < len(left) else ''
    r = right[i] if i < len(right) else ''
    print(f'{l:<20} | {r}')
