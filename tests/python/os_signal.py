# The signal module: Python handlers run between instructions, during
# time.sleep and while waiting for a lock; SIG_IGN, default_int_handler.
import signal, os, time, _thread


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN == 1
assert signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL == 0
assert (signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGUSR1, signal.SIGALRM, signal.SIGTERM) == (1, 2, 9, 10, 14, 15)
assert signal.NSIG == 65 and signal.SIGRTMIN == 34 and signal.SIGRTMAX == 64
assert raises(RuntimeError, signal.signal, signal.SIGKILL, signal.SIG_IGN).args == (22, 'Invalid argument')
for bad in [0, 65, -1]:
    assert str(raises(ValueError, signal.signal, bad, 0)) == 'signal number out of range'
    assert str(raises(ValueError, signal.getsignal, bad)) == 'signal number out of range'
for bad in ['x', True, 2]:
    e = raises(TypeError, signal.signal, signal.SIGUSR1, bad)
    assert str(e) == 'signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object'
e = raises(KeyboardInterrupt, signal.default_int_handler, 2, None)
assert e.args == ()
assert issubclass(signal.ItimerError, IOError) and signal.ItimerError.__module__ == 'signal'

got = []
def handler(n, frame):
    got.append((n, type(frame).__name__))

try:
    assert signal.signal(signal.SIGUSR1, handler) == signal.SIG_DFL
    assert signal.getsignal(signal.SIGUSR1) is handler
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(100000):
        if got:
            break
        time.sleep(0.001)
    assert got == [(signal.SIGUSR1, 'frame')], got

    # A handler's exception comes out of time.sleep, which stops early.
    def boom(n, frame):
        raise ValueError('boom %d' % n)
    signal.signal(signal.SIGALRM, boom)
    assert signal.alarm(1) == 0
    t0 = time.time()
    try:
        time.sleep(5)
        raise AssertionError('not interrupted')
    except ValueError as e:
        assert str(e) == 'boom 14'
    assert time.time() - t0 < 4
    assert signal.alarm(0) == 0

    # ... and from a running loop.
    signal.signal(signal.SIGUSR2, boom)
    try:
        os.kill(os.getpid(), signal.SIGUSR2)
        for i in range(10 ** 8):
            pass
        raise AssertionError('not interrupted')
    except ValueError as e:
        assert str(e) == 'boom 12'

    # Ignored signals do nothing.
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.05)
    assert len(got) == 1

    # SIGINT raises KeyboardInterrupt through default_int_handler.
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(2)
        raise AssertionError('not interrupted')
    except KeyboardInterrupt:
        pass
    try:
        _thread.interrupt_main()
        for i in range(10 ** 8):
            pass
        raise AssertionError('not interrupted')
    except KeyboardInterrupt:
        pass

    # os.system ignores SIGINT while the command runs, as C's system() does.
    assert os.system('kill -INT $PPID; sleep 0.2; exit 4') == 4 << 8
    for i in range(100000):
        pass
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

    # The wakeup fd gets a byte per signal.
    r, w = os.pipe()
    assert signal.set_wakeup_fd(w) == -1
    signal.signal(signal.SIGUSR2, handler)
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(0.1)
    assert os.read(r, 10) == b'\x00' and got[-1] == (signal.SIGUSR2, 'frame')
    assert signal.set_wakeup_fd(-1) == w
    os.close(r)
    os.close(w)
    assert str(raises(ValueError, signal.set_wakeup_fd, 999)) == 'invalid fd'

    # A wait for a lock is interrupted too.
    lock = _thread.allocate_lock()
    lock.acquire()
    signal.signal(signal.SIGALRM, boom)
    signal.alarm(1)
    try:
        lock.acquire()
        raise AssertionError('not interrupted')
    except ValueError as e:
        assert str(e) == 'boom 14'

    assert signal.setitimer(signal.ITIMER_REAL, 0) == (0.0, 0.0)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        time.sleep(3)
        raise AssertionError('not interrupted')
    except ValueError:
        pass
finally:
    signal.alarm(0)
    for s in (signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM):
        signal.signal(s, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
