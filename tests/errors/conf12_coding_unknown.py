# coding: bogus
# A main script whose coding cookie names an unknown encoding: SyntaxError
# "encoding problem: bogus" without a place, exit status 1.
print("never")
