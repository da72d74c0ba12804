from mod_circfail.x import X
Y = 'y'
