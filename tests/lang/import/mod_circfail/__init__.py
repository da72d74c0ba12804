# package marker for failing circular import helpers
