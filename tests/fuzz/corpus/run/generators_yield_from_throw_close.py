# throw() and close() are forwarded through yield from.
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('sub handled', e)
        yield 'sub-recovered'
    finally:
        print('sub finally')
def main():
    yield from sub()
    yield 'main-after'
m = main()
print(next(m))
print(m.throw(ValueError('x')))
print(next(m))
print(next(m, 'end'))
m2 = main()
next(m2)
m2.close()
print('m2 closed')
