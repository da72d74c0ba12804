# A small Markdown-to-plain-text/HTML renderer: headings, lists, emphasis, code spans, links, tables.

DOC = """# Project *Nova*

Nova is a **tiny** tool for `parsing` things.
See [the docs](https://example.com/docs) or [FAQ](faq.html).

## Features

- Fast: about **3x** faster than *Old*
- Safe & simple <no HTML allowed>
- Nested `code with *stars*` stays literal
  continued line of the same item

1. Install
2. Configure
10. Profit

## Table

| Name | Qty | Price |
|------|----:|------:|
| Apple | 3 | 1.25 |
| Banana split | 12 | 0.5 |
| Cherry | 100 | 10 |

---

> Quote line one
> quote line *two*

```
raw **not bold**
  indented
```
Final paragraph with trailing spaces.   
"""


def escape_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(text, html):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "`":
            j = text.find("`", i + 1)
            if j != -1:
                code = text[i + 1:j]
                out.append(f"<code>{escape_html(code)}</code>" if html else code)
                i = j + 1
                continue
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                inner = inline(text[i + 2:j], html)
                out.append(f"<strong>{inner}</strong>" if html else inner.upper())
                i = j + 2
                continue
        if ch == "*":
            j = text.find("*", i + 1)
            if j != -1:
                inner = inline(text[i + 1:j], html)
                out.append(f"<em>{inner}</em>" if html else f"_{inner}_")
                i = j + 1
                continue
        if ch == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                label, url = text[i + 1:close], text[close + 2:end]
                out.append(f'<a href="{escape_html(url)}">{inline(label, html)}</a>' if html else f"{label} <{url}>")
                i = end + 1
                continue
        out.append(escape_html(ch) if html else ch)
        i += 1
    return "".join(out)


def parse_blocks(doc):
    lines = doc.splitlines()
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
        elif stripped.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            blocks.append(("code", lines[i + 1:j]))
            i = j + 1
        elif stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            blocks.append(("heading", level, stripped[level:].strip()))
            i += 1
        elif stripped in ("---", "***"):
            blocks.append(("rule",))
            i += 1
        elif stripped.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quote.append(lines[i].strip()[1:].strip())
                i += 1
            blocks.append(("quote", " ".join(quote)))
        elif stripped.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            blocks.append(("table", rows))
        elif stripped[:2] in ("- ", "* ") or (stripped.split(".", 1)[0].isdigit() and ". " in stripped):
            ordered = stripped[0].isdigit()
            items = []
            while i < len(lines) and lines[i].strip():
                s = lines[i].strip()
                if s[:2] in ("- ", "* "):
                    items.append(s[2:])
                elif s.split(".", 1)[0].isdigit() and ". " in s:
                    items.append(s.split(". ", 1)[1])
                else:
                    items[-1] += " " + s
                i += 1
            blocks.append(("list", ordered, items))
        else:
            para = []
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith(("#", ">", "|", "```")):
                para.append(lines[i].strip())
                i += 1
            blocks.append(("para", " ".join(para)))
    return blocks


def render_text(blocks, width=60):
    out = []
    for b in blocks:
        match b:
            case ("heading", 1, text):
                t = inline(text, False)
                out += [t.upper(), "=" * len(t)]
            case ("heading", _, text):
                t = inline(text, False)
                out += [t, "-" * len(t)]
            case ("para", text):
                words, line = inline(text, False).split(), ""
                for w in words:
                    if line and len(line) + 1 + len(w) > width:
                        out.append(line)
                        line = w
                    else:
                        line = f"{line} {w}" if line else w
                out.append(line)
            case ("list", ordered, items):
                for n, item in enumerate(items, 1):
                    bullet = f"{n}." if ordered else "•"
                    out.append(f"  {bullet:>3} {inline(item, False)}")
            case ("quote", text):
                out.append("  | " + inline(text, False))
            case ("code", code_lines):
                out += ["    " + l for l in code_lines]
            case ("rule",):
                out.append("~" * width)
            case ("table", rows):
                header, spec, *body = rows
                aligns = [">" if s.endswith(":") else "<" for s in spec]
                widths = [max(len(r[c]) for r in [header] + body) for c in range(len(header))]
                fmt = lambda r: " | ".join(f"{cell:{a}{w}}" for cell, a, w in zip(r, aligns, widths))
                out += [fmt(header), "-+-".join("-" * w for w in widths)] + [fmt(r) for r in body]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_html(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "heading":
            out.append(f"<h{b[1]}>{inline(b[2], True)}</h{b[1]}>")
        elif kind == "para":
            out.append(f"<p>{inline(b[1], True)}</p>")
        elif kind == "list":
            tag = "ol" if b[1] else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{inline(i, True)}</li>" for i in b[2]) + f"</{tag}>")
        elif kind == "code":
            out.append("<pre>" + escape_html("\n".join(b[1])) + "</pre>")
        elif kind == "quote":
            out.append(f"<blockquote>{inline(b[1], True)}</blockquote>")
        elif kind == "rule":
            out.append("<hr/>")
        elif kind == "table":
            head, _, *body = b[1]
            rows = ["<tr>" + "".join(f"<th>{escape_html(c)}</th>" for c in head) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{escape_html(c)}</td>" for c in r) + "</tr>" for r in body]
            out.append("<table>" + "".join(rows) + "</table>")
    return "\n".join(out)


blocks = parse_blocks(DOC)
print([b[0] for b in blocks])
print(render_text(blocks), end="")
print(render_html(blocks))
stats = {}
for b in blocks:
    stats[b[0]] = stats.get(b[0], 0) + 1
print(dict(sorted(stats.items())))
print(inline("a **b *c* d** e `*f*` [g](h)", False), "|", inline("x < y & **z**", True))
