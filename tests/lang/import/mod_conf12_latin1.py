# -*- coding: latin-1 -*-
NAME = "café"
def fail():
    raise ValueError("échec")  # é
