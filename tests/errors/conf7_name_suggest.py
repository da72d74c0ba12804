def compute():
    result_value = 3
    return reslt_value
compute()
