x = 1
y = "bom"
