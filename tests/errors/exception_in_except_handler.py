# A bug inside an except handler produces a chained traceback.
def safe_parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


print(safe_parse('12'))
print(safe_parse('x'))
