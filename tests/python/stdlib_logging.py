# logging, logging.handlers and logging.config (3.2 behaviour).
import io
import os
import pickle
import shutil
import struct
import sys
import tempfile
import warnings
import logging
import logging.handlers
import logging.config

out = io.StringIO()
logging.basicConfig(stream=out, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(message)s')
logging.info('hello %s', 'world')
log = logging.getLogger('a.b.c')
log.debug('d %d', 3)


def failing():
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception('oops')
failing()
lines = out.getvalue().splitlines()
assert lines[:3] == ['INFO|root|<module>|hello world', 'DEBUG|a.b.c|<module>|d 3',
                     'ERROR|a.b.c|failing|oops'], lines
assert lines[3] == 'Traceback (most recent call last):'
assert lines[-1] == 'ZeroDivisionError: division by zero'

# the three format styles (new in 3.2)
sio = io.StringIO()
h = logging.StreamHandler(sio)
logging.getLogger('a').addHandler(h)
for style, fmt in (('%', '%(levelname)s:%(message)s'),
                   ('{', '{levelname}:{message}'),
                   ('$', '$levelname:$message')):
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.warning('w%s', style)
assert sio.getvalue() == 'WARNING:w%\nWARNING:w{\nWARNING:w$\n', sio.getvalue()
try:
    logging.Formatter(style='x')
except ValueError as e:
    assert str(e).startswith('Style must be one of: ')
else:
    raise AssertionError('bad style accepted')

# hierarchy, propagation, adapters, levels
logging.getLogger('a').propagate = 0
before = out.getvalue()
log.info('not propagated')
assert out.getvalue() == before
assert sio.getvalue().endswith('INFO:not propagated\n')
logging.LoggerAdapter(log, {'extra_key': 1}).warning('adapter %d', 5)
assert sio.getvalue().endswith('WARNING:adapter 5\n')
assert log.parent.name == 'a' and log.parent.parent is logging.root
assert logging.getLogger('a.b').parent.name == 'a'
assert logging.getLogger('a.b').getChild('c') is log
assert log.getEffectiveLevel() == logging.DEBUG
assert logging.getLevelName(10) == 'DEBUG' and logging.getLevelName('INFO') == 20
assert logging.getLevelName(11) == 'Level 11'
logging.addLevelName(11, 'FINE')
assert logging.getLevelName(11) == 'FINE'
try:
    logging.getLogger().setLevel('BOGUS')
except ValueError as e:
    assert str(e) == "Unknown level: 'BOGUS'"
logging.disable(logging.ERROR)
log.error('hidden')
logging.disable(0)
assert 'hidden' not in sio.getvalue()

r = logging.makeLogRecord({'msg': 'x %s', 'args': (1,)})
assert r.getMessage() == 'x 1'
assert str(r) == '<LogRecord: None, None, , 0, "x %s">'
flt = logging.Filter('a.b')
assert flt.filter(logging.makeLogRecord({'name': 'a.b.c'}))
assert not flt.filter(logging.makeLogRecord({'name': 'a.bc'}))

# lastResort (3.2): a logger with no handlers writes to stderr
err = io.StringIO()
sys.stderr = err
try:
    lone = logging.getLogger('lonely')
    lone.propagate = 0
    lone.warning('last resort')
    lone.info('too low')
finally:
    sys.stderr = sys.__stderr__
assert err.getvalue() == 'last resort\n', err.getvalue()

# captureWarnings
cap = io.StringIO()
wh = logging.StreamHandler(cap)
logging.getLogger('py.warnings').addHandler(wh)
logging.captureWarnings(True)
warnings.warn('careful')
logging.captureWarnings(False)
assert 'UserWarning: careful' in cap.getvalue()

# handlers
d = tempfile.mkdtemp()
try:
    rot = logging.getLogger('rot')
    rot.propagate = 0
    rot.setLevel(logging.DEBUG)
    fn = os.path.join(d, 'r.log')
    rh = logging.handlers.RotatingFileHandler(fn, maxBytes=30, backupCount=2)
    rot.addHandler(rh)
    for i in range(6):
        rot.info('message number %d', i)
    rh.close()
    rot.removeHandler(rh)
    assert sorted(os.listdir(d)) == ['r.log', 'r.log.1', 'r.log.2']
    assert open(fn).read() == 'message number 5\n'
    assert open(fn + '.2').read() == 'message number 3\n'

    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'),
                                                   when='midnight')
    assert th.interval == 86400 and th.suffix == '%Y-%m-%d'
    th.close()
    for when, msg in (('W', 'You must specify a day for weekly rollover from '
                            '0 to 6 (0 is Monday): W'),
                      ('W9', 'Invalid day specified for weekly rollover: W9'),
                      ('X', 'Invalid rollover interval specified: X')):
        try:
            logging.handlers.TimedRotatingFileHandler(
                os.path.join(d, 't.log'), when=when)
        except ValueError as e:
            assert str(e) == msg, str(e)

    wname = os.path.join(d, 'w.log')
    wf = logging.handlers.WatchedFileHandler(wname)
    rot.addHandler(wf)
    rot.info('one')
    os.remove(wname)
    rot.info('two')
    wf.close()
    rot.removeHandler(wf)
    assert open(wname).read() == 'two\n'
finally:
    shutil.rmtree(d)

target = logging.StreamHandler(io.StringIO())
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
rot.addHandler(mem)
rot.info('a')
rot.info('b')
assert target.stream.getvalue() == ''
rot.error('c')
assert target.stream.getvalue() == 'a\nb\nc\n'
rot.removeHandler(mem)


class ListQueue(list):
    def put_nowait(self, item):
        self.append(item)
q = ListQueue()
qh = logging.handlers.QueueHandler(q)
rot.addHandler(qh)
rot.warning('to %s', 'queue')
assert q[0].msg == 'to queue' and q[0].args is None
rot.removeHandler(qh)

sh = logging.handlers.SysLogHandler()
assert sh.encodePriority('user', 'warning') == 12
assert sh.mapPriority('ERROR') == 'error'
sh.close()
sock = logging.handlers.SocketHandler('localhost', 9)
data = sock.makePickle(logging.makeLogRecord({'msg': 'x%s', 'args': (1,)}))
assert struct.unpack('>L', data[:4])[0] == len(data) - 4
assert pickle.loads(data[4:])['msg'] == 'x1'

# dictConfig
out2 = io.StringIO()
class KeepFilter(logging.Filter):
    def __init__(self, allow='x'):
        self.allow = allow
    def filter(self, record):
        return self.allow in record.getMessage()
old = logging.getLogger('old.one')
logging.config.dictConfig({
    'version': 1,
    'formatters': {'brief': {'format': '%(levelname)s-%(name)s: %(message)s'},
                   'custom': {'()': 'logging.Formatter', 'fmt': '<%(message)s>'}},
    'filters': {'f': {'()': KeepFilter, 'allow': 'keep'}},
    'handlers': {'h1': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                        'stream': 'cfg://streams.s', 'level': 'INFO'},
                 'h2': {'class': 'logging.StreamHandler', 'formatter': 'custom',
                        'stream': 'cfg://streams.s', 'filters': ['f']},
                 'mem': {'class': 'logging.handlers.MemoryHandler',
                         'capacity': 10, 'target': 'h1'}},
    'streams': {'s': out2},
    'loggers': {'app': {'level': 'DEBUG', 'handlers': ['h1', 'h2'],
                        'propagate': False}},
    'root': {'level': 'WARNING', 'handlers': ['h1']},
})
logging.getLogger('app').debug('dropped by h1 level, keep me')
logging.getLogger('app').info('info keep')
logging.getLogger('app.sub').warning('child drop')
logging.getLogger().error('root err')
old.error('old disabled')
assert old.disabled
assert out2.getvalue() == ('<dropped by h1 level, keep me>\nINFO-app: info keep\n'
                           '<info keep>\nWARNING-app.sub: child drop\n'
                           'ERROR-root: root err\n'), out2.getvalue()
logging.config.dictConfig({'version': 1, 'incremental': True,
                           'handlers': {'h1': {'level': 'ERROR'}}})
assert logging._handlers['h1'].level == logging.ERROR
for bad, msg in [
        ({}, "dictionary doesn't specify a version"),
        ({'version': 2}, 'Unsupported version: 2'),
        ({'version': 1, 'handlers': {'x': {'class': 'nosuch.Handler'}}},
         "Unable to configure handler 'x': Cannot resolve 'nosuch.Handler': "
         "No module named nosuch"),
        ({'version': 1, 'incremental': True, 'handlers': {'zz': {}}},
         "No handler found with name 'zz'"),
        ({'version': 1, 'loggers': {'a': {'handlers': ['missing']}}},
         "Unable to configure logger 'a': Unable to add handler 'missing': "
         "'missing'")]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        assert str(e) == msg, str(e)
    else:
        raise AssertionError(msg)

# fileConfig (uses configparser)
ini = tempfile.NamedTemporaryFile('w', suffix='.ini', delete=False)
ini.write('''[loggers]
keys=root,app
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=WARNING
handlers=h
[logger_app]
level=DEBUG
handlers=h
qualname=app
propagate=0
[handler_h]
class=StreamHandler
level=DEBUG
formatter=f
args=(sys.stdout,)
[formatter_f]
format=%(name)s/%(levelname)s/%(message)s
''')
ini.close()
captured = io.StringIO()
sys.stdout = captured
try:
    logging.config.fileConfig(ini.name)
    logging.getLogger('app').debug('dbg')
    logging.getLogger('other').info('no')
    logging.getLogger().warning('w')
finally:
    sys.stdout = sys.__stdout__
    os.remove(ini.name)
assert captured.getvalue() == 'app/DEBUG/dbg\nroot/WARNING/w\n', captured.getvalue()
