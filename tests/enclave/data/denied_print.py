print("to the host", flush=True)
