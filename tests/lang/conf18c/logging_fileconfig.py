# not in the image: files
# logging.config.fileConfig: INI configuration from a file object, a path and a ConfigParser
import configparser
import io
import logging
import logging.config
import os
import sys
import tempfile

INI = """
[loggers]
keys=root,app , app_sub

[handlers]
keys=out,mem

[formatters]
keys=plain,brief

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=mem
qualname=app
propagate=0

[logger_app_sub]
handlers=
qualname=app.sub

[handler_out]
class=StreamHandler
level=INFO
formatter=plain
args=(sys.stdout,)

[handler_mem]
class=handlers.MemoryHandler
level=NOTSET
formatter=brief
target=out
kwargs={'capacity': 2}

[formatter_plain]
format=%(levelname)s:%(name)s:%(message)s

[formatter_brief]
format=[%(name)s] %(message)s
datefmt=%H
style=%
class=logging.Formatter
"""

old = logging.getLogger('app.sub.old')
other = logging.getLogger('unrelated')
logging.config.fileConfig(io.StringIO(INI))
root = logging.getLogger()
print(logging.getLevelName(root.level), [h.name for h in root.handlers])
app = logging.getLogger('app')
print(logging.getLevelName(app.level), app.propagate, [type(h).__name__ for h in app.handlers])
print(app.handlers[0].target is root.handlers[0], app.handlers[0].capacity)
print(old.disabled, other.disabled, logging.getLogger('app.sub').propagate)
app.debug('one')
app.info('two')
logging.warning('root %d', 3)
logging.getLogger('app.sub').error('sub')
print(sorted(logging._handlers.keys()))

d = tempfile.mkdtemp()
path = os.path.join(d, 'log.ini')
with open(path, 'w') as f:
    f.write(INI.replace('level=WARNING', 'level=ERROR'))
logging.config.fileConfig(path, disable_existing_loggers=False)
print(logging.getLevelName(logging.getLogger().level), other.disabled)
cp = configparser.ConfigParser()
cp.read_string(INI.replace('keys=plain,brief', 'keys=plain,brief').replace('level=INFO', 'level=ERROR'))
logging.config.fileConfig(cp)
print(logging.getLevelName(logging.getLogger().handlers[0].level))
try:
    logging.config.fileConfig(io.StringIO('[loggers]\nkeys=root\n'))
except KeyError as e:
    print('KeyError', e)
os.remove(path)
os.rmdir(d)
print('fileConfig' in logging.config.__all__ if hasattr(logging.config, '__all__') else True)
