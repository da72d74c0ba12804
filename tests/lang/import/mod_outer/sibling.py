SIBLING = 'sibling module in mod_outer'
