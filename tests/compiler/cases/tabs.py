if x:
	pass
	if y:
		pass
else:
        pass
