# A trace function that never returns must stop at the instruction budget (its
# instructions count like any others: BudgetExceeded, exit status 1).
import sys
def f():
    return 1
def tracer(frame, event, arg):
    while True:
        pass
print('start')
sys.settrace(tracer)
f()
print('not reached')
