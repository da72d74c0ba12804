# A group with more than 15 sub-exceptions is cut at 15 ("and N more exceptions"); a
# note on the group is printed after its message.
eg = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
eg.add_note("a note on the group")
raise eg
