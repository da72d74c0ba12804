# non-ASCII identifiers and strings; columns are UTF-8 bytes
é = 1
café = é + 2
名前 = "値"
x = "é" + café
π = 3.14; τ = 2 * π
ñandú = {"clé": "valeur"}
def función(parámetro): return parámetro
class Ünïcödé: pass
s = f"{café} {名前!r}"
z = 'ü' 'ß'
