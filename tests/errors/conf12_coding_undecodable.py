# coding: ascii
# A main script its declared encoding cannot decode: "encoding problem: ascii".
print("é")
