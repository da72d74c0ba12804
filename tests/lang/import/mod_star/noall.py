visible = 'visible'
also_visible = 'also'
_not_exported = 'hidden'
