__all__ = ['public_one', 'listed_private']
public_one = 1
public_two = 2
_hidden = 3
listed_private = 'exported via __all__'
