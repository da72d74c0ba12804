TOP_VALUE = 'top of mod_outer'
