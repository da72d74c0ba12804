# calendar's name lists: indexing, slicing (a new list each time), bad indexes
import calendar
print(calendar.month_name[12], calendar.day_abbr[-1], len(calendar.month_abbr))
s = calendar.month_name[1:4]
s.append("x")
print(s, calendar.month_name[1:4])
for seq, i in ((calendar.month_name, 13), (calendar.day_name, 7), (calendar.day_abbr, -8)):
    try:
        seq[i]
    except IndexError as e:
        print("IndexError:", e)
print(list(calendar.day_name))
