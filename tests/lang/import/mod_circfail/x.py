from mod_circfail.y import Y
X = 'x'
