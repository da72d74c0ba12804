class Config:
    def __init__(self):
        self.timeout = 5
cfg = Config()
print(cfg.timeout)
print(cfg.timeot)
