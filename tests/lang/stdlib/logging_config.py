# logging.config.dictConfig: formatters, filters, handlers (ext:// streams, MemoryHandler
# targets), loggers, root, disable_existing_loggers, incremental, cfg:// and errors.
import logging, logging.config, sys, io

old = logging.getLogger('old.existing')
old_child = logging.getLogger('app.sub')

class Upper(logging.Filter):
    def __init__(self, prefix=''):
        super().__init__()
        self.prefix = prefix
    def filter(self, record):
        record.msg = self.prefix + str(record.msg).upper()
        return True

def make_formatter(fmt):
    return logging.Formatter('custom:' + fmt)

config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'braces': {'format': '{levelname}|{message}', 'style': '{'},
        'fancy': {'()': make_formatter, 'fmt': '%(message)s'},
        'fancy2': {'()': 'logging.Formatter', 'format': '<%(message)s>'},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'upper': {'()': Upper, 'prefix': '>'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                'formatter': 'brief', 'level': 'DEBUG'},
        'braced': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                   'formatter': 'braces', 'filters': ['upper']},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2,
                'target': 'out2'},
        'out2': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                 'formatter': 'fancy', '.': {'marker': 'set by props'}},
        'out3': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout',
                 'formatter': 'fancy2', 'level': 'ERROR'},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['out'], 'propagate': False,
                'filters': ['only_app']},
        'app.braced': {'handlers': ['braced'], 'propagate': False},
        'buffered': {'handlers': ['mem'], 'propagate': False, 'level': 'DEBUG'},
    },
    'root': {'level': 'WARNING', 'handlers': ['out3']},
}
logging.config.dictConfig(config)
logging.getLogger('app').debug('hidden')
logging.getLogger('app').info('app info %d', 1)
logging.getLogger('app.x').warning('child of app')
logging.getLogger('app.braced').warning('braced message')
b = logging.getLogger('buffered')
b.debug('one'); print('-- nothing yet'); b.debug('two')
logging.getLogger('other').error('root handles this')
logging.getLogger('other').warning('below out3 level')
print(old.disabled, old_child.disabled, logging.getLogger('app').disabled)
old.error('old logger is disabled')
print(logging.getLogger('app').level, logging.getLogger('app').propagate, logging.root.level)
print(sorted(logging._handlers) if hasattr(logging, '_handlers') else None)
print(logging.getLogger('buffered').handlers[0].target.marker)

# incremental: only levels change
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'out': {'level': 'ERROR'}},
                           'loggers': {'app': {'level': 'DEBUG'}}})
logging.getLogger('app').warning('filtered by handler level now')
logging.getLogger('app').error('still shown')
print(logging.getLogger('app').level)

# disable_existing_loggers False keeps old loggers enabled
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'handlers': {'h': {'class': 'logging.StreamHandler',
                                              'stream': 'ext://sys.stdout'}},
                           'root': {'handlers': ['h'], 'level': 'INFO'}})
print(old.disabled, logging.getLogger('app').disabled)
logging.getLogger('fresh').info('plain format from default formatter')

# cfg:// references
logging.config.dictConfig({'version': 1, 'custom': {'fmt': ['CFG %(message)s']},
                           'formatters': {'f': {'format': 'cfg://custom.fmt[0]'}},
                           'handlers': {'h': {'class': 'logging.StreamHandler',
                                              'stream': 'ext://sys.stdout', 'formatter': 'f'}},
                           'root': {'handlers': ['h'], 'level': 'INFO'}})
logging.getLogger('x').info('via cfg')

def err(cfg):
    try:
        logging.config.dictConfig(cfg)
    except Exception as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__ if e.__cause__ else None)

err({})
err({'version': 2})
err({'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}})
err({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}})
err({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}})
err({'version': 1, 'loggers': {'a': {'handlers': ['missing']}}})
err({'version': 1, 'loggers': {'a': {'filters': ['missing']}}})
err({'version': 1, 'formatters': {'f': {'format': '%(x)', 'style': '%'}}})
err({'version': 1, 'root': {'level': 'NOPE'}})
err({'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'INFO'}}})
print(logging.config.valid_ident('abc'))
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print(type(e).__name__, e)
