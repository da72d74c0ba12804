# logging.config.dictConfig: a filters list may hold filter objects and callables
import io
import logging
import logging.config


class OnlyEven:
    def filter(self, record):
        return record.args[0] % 2 == 0


def no_three(record):
    return record.args[0] != 4


stream = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'handlers': {'s': {'class': 'logging.StreamHandler', 'stream': stream,
                       'filters': [no_three]}},
    'filters': {'named': {'name': ''}},
    'root': {'level': 'DEBUG', 'handlers': ['s'], 'filters': [OnlyEven(), 'named',
                                                            logging.Filter('')]},
})
for i in range(7):
    logging.info('n=%d', i)
print(stream.getvalue())
print([type(f).__name__ for f in logging.getLogger().filters])
try:
    logging.config.dictConfig({'version': 1, 'root': {'filters': ['missing']}})
except ValueError as e:
    print('ValueError', e, type(e.__cause__).__name__, e.__cause__)
