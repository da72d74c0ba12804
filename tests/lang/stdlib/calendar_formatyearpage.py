# HTMLCalendar.formatyearpage: the year as a whole XHTML page, bytes in the given encoding
# (default sys.getdefaultencoding()), xmlcharrefreplace for what it lacks, css=None: no link.
import calendar
cal = calendar.HTMLCalendar()
print(cal.formatyearpage(2004))
print(cal.formatyearpage(2004, width=4, css=None, encoding='ascii'))
print(cal.formatyearpage(1999, encoding='utf-8')[:400])
class L(calendar.HTMLCalendar):
    def formatmonthname(self, theyear, themonth, withyear=True):
        return '<tr><th>M\u00e4rz \u20ac</th></tr>'
print(L().formatyearpage(2001, encoding='latin-1')[400:700])
