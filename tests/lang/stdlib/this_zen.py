# import this prints the Zen of Python once; this.s is ROT13 text and this.d the table
import this
import this as again
import codecs
print(again is this)
print(codecs.decode(this.s, 'rot13') == "".join(this.d.get(ch, ch) for ch in this.s))
print(len(this.d), this.d['A'], this.d['n'], this.c, this.i)
print(this.s[:20])
