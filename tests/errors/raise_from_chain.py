# raise ... from ... prints both tracebacks joined by the direct-cause message.
def load(config):
    try:
        return config['port']
    except KeyError as e:
        raise RuntimeError('configuration is incomplete') from e


load({'host': 'localhost'})
