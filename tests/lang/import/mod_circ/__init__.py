# package marker for circular import helpers
