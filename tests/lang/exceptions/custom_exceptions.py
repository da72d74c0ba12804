# Custom exception classes with extra attributes and hierarchy.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f'{field}: {problem}')
        self.field = field
        self.problem = problem
class NotFound(AppError):
    def __str__(self):
        return f'not found: {self.args[0]}'
def act(kind):
    if kind == 'v':
        raise ValidationError('age', 'must be positive')
    if kind == 'n':
        raise NotFound('user 7')
    raise AppError('generic')
for kind in 'vnx':
    try:
        act(kind)
    except ValidationError as e:
        print('validation', e.field, e.problem, str(e), e.args)
    except AppError as e:
        print(type(e).__name__, e, repr(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
class NoInitCall(Exception):
    def __init__(self, x):
        self.x = x
e = NoInitCall(5)
print(e.args, str(e), e.x)
