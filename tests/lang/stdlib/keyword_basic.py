import types, heapq, bisect, keyword, sys
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
