def run():
    errs = []
    for i, v in enumerate(["1", "x", None]):
        try:
            int(v)
        except (ValueError, TypeError) as e:
            errs.append(e)
    raise ExceptionGroup("conversion failed", [ExceptionGroup("inner", errs[:1]), errs[1]])
run()
