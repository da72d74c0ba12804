raise ModuleNotFoundError("raised by the submodule itself")
