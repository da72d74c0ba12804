# An entity referenced (and skipped, under an external subset) before another entity it
# uses is declared expands with the later declaration afterwards (a stored expansion was
# reused: the attribute lost its text).
import xml.parsers.expat as E
doc = b'<!DOCTYPE r SYSTEM "x.dtd" [<!ENTITY a "&b;"><!ATTLIST r x CDATA "&a;"><!ENTITY b "hi">]><r y="&a;" z="[&a;|&a;]">&a;</r>'
p = E.ParserCreate()
p.StartElementHandler = lambda n, a: print(n, sorted(a.items()))
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(doc, True)
