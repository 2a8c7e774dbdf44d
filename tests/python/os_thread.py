# _thread for a single-threaded program: locks, RLock, identities.
import _thread, time


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


lock = _thread.allocate_lock()
assert type(lock) is _thread.LockType and type(lock).__name__ == 'lock'
assert repr(lock).startswith('<_thread.lock object at 0x')
assert not lock.locked() and lock.acquire() is True and lock.locked()
assert lock.acquire(False) is False and lock.acquire(0) is False
t0 = time.time()
assert lock.acquire(True, 0.05) is False and lock.acquire(timeout=0.05) is False
assert time.time() - t0 >= 0.09
lock.release()
e = raises(_thread.error, lock.release)
assert str(e) == 'release unlocked lock' and type(e).__module__ == '_thread'
assert _thread.error.__mro__[1:] == (Exception, BaseException, object)
assert str(raises(ValueError, lock.acquire, False, 1)) == "can't specify a timeout for a non-blocking call"
assert str(raises(ValueError, lock.acquire, True, -2)) == 'timeout value must be strictly positive'
assert str(raises(OverflowError, lock.acquire, timeout=1e20)) == 'timeout value is too large'
with lock:
    assert lock.locked()
assert not lock.locked()
assert lock.acquire_lock() and lock.locked_lock()
lock.release_lock()
assert _thread.allocate is not None and type(_thread.allocate()) is _thread.LockType

assert _thread.TIMEOUT_MAX == 9223372036854.0
assert type(_thread.get_ident()) is int and _thread.get_ident() == _thread.get_ident() != 0
assert _thread.stack_size() == 0 and _thread._count() == 0
assert str(raises(ValueError, _thread.stack_size, 100)) == 'size not valid: 100 bytes'
assert _thread.stack_size(65536) == 0 and _thread.stack_size(0) == 65536

r = _thread.RLock()
assert r.acquire() and r.acquire() and r._is_owned()
assert repr(r) == '<_thread.RLock owner=%d count=2>' % _thread.get_ident()
r.release()
r.release()
assert not r._is_owned() and repr(r) == '<_thread.RLock owner=0 count=0>'
assert str(raises(RuntimeError, r.release)) == 'cannot release un-acquired lock'
assert r._release_save() == (0, 0)   # not checked in 3.2
with r:
    with r:
        assert r._is_owned()
assert not r._is_owned()


class MyRLock(_thread.RLock):
    pass

m = MyRLock()
m.acquire()
m.acquire()
state = m._release_save()
assert state == (2, _thread.get_ident()) and not m._is_owned()
m._acquire_restore((3, _thread.get_ident()))
for i in range(3):
    assert m._is_owned()
    m.release()
assert not m._is_owned() and repr(m) == '<MyRLock owner=0 count=0>'

loc = _thread._local()
loc.x = 5
assert loc.x == 5 and _thread._local.__module__ == '_thread'
assert str(raises(TypeError, _thread.start_new_thread, 1, ())) == 'first arg must be callable'
assert str(raises(TypeError, _thread.start_new_thread, print, 1)) == '2nd arg must be a tuple'
assert str(raises(TypeError, _thread.start_new_thread, print, (), 1)) == 'optional 3rd arg must be a dictionary'
assert raises(SystemExit, _thread.exit).args == ()
