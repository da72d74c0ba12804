# not in the image: files
# TimedRotatingFileHandler.getFilesToDelete: the date may be any dot-separated part after
# the stem (foo.log.DATE, or foo.DATE.log with a namer); other logs' files are left alone
import datetime, logging.handlers, os, tempfile, shutil
wd = tempfile.mkdtemp(prefix='test_logging_')
times = []
dt = datetime.datetime(2026, 1, 2, 3, 4, 5)
for i in range(10):
    times.append(dt.strftime('%Y-%m-%d_%H-%M-%S'))
    dt += datetime.timedelta(seconds=5)
prefixes = ('a.b', 'a.b.c', 'd.e', 'd.e.f')
files = []
rotators = []
for prefix in prefixes:
    p = os.path.join(wd, '%s.log' % prefix)
    rotator = logging.handlers.TimedRotatingFileHandler(p, when='s', interval=5, backupCount=7, delay=True)
    rotators.append(rotator)
    if prefix.startswith('a.b'):
        for t in times:
            files.append('%s.log.%s' % (prefix, t))
    else:
        rotator.namer = lambda name: name.replace('.log', '') + '.log'
        for t in times:
            files.append('%s.%s.log' % (prefix, t))
for fn in files:
    with open(os.path.join(wd, fn), 'wb') as f:
        pass
for i, prefix in enumerate(prefixes):
    print(prefix, [os.path.basename(c) for c in rotators[i].getFilesToDelete()])
for r in rotators:
    r.close()
shutil.rmtree(wd)
