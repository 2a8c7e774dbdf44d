# select: select(), poll objects and epoll objects over pipes, their
# timeouts, results and errors.

import errno
import os
import select
import time


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


class FD:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


# The module.
assert issubclass(select.error, Exception) and not issubclass(select.error, EnvironmentError)
assert select.error.__module__ == "select"
assert (select.POLLIN, select.POLLPRI, select.POLLOUT) == (1, 2, 4)
assert (select.POLLERR, select.POLLHUP, select.POLLNVAL) == (8, 16, 32)
assert (select.EPOLLIN, select.EPOLLOUT, select.EPOLLET) == (1, 4, 1 << 31)
assert select.PIPE_BUF == 4096

r, w = os.pipe()

# select(): nothing ready within the timeout.
t0 = time.time()
assert select.select([r], [], [], 0.05) == ([], [], [])
assert time.time() - t0 >= 0.04
assert select.select([r], [], [], 0) == ([], [], [])
res = select.select([], [], [], 0)
assert res == ([], [], []) and res[0] is not res[1]

# Writable at once; readable once written.
assert select.select([r], [w], [], 1) == ([], [w], [])
os.write(w, b"x")
assert select.select([r], [w], [], None) == ([r], [w], [])
# Objects with fileno() come back as themselves, in order.
fr, fw = FD(r), FD(w)
assert select.select([fw, fr], [fw], []) == ([fr], [fw], [])
assert select.select((r,), (), ()) == ([r], [], [])
assert os.read(r, 10) == b"x"

# A closed write end makes the read end readable (end of file).
r2, w2 = os.pipe()
os.close(w2)
assert select.select([r2], [], [], 0) == ([r2], [], [])
os.close(r2)

# Errors.
raises(TypeError, select.select, 1, 2, 3)
raises(TypeError, select.select, [object()], [], [])
e = raises(TypeError, select.select, [FD("x")], [], [])
assert str(e) == "fileno() returned a non-integer", e
e = raises(TypeError, select.select, [], [], [], "1")
assert str(e) == "timeout must be a float or None"
e = raises(ValueError, select.select, [-1], [], [], 0)
assert str(e) == "file descriptor cannot be a negative integer (-1)"
e = raises(ValueError, select.select, [5000], [], [], 0)
assert str(e) == "filedescriptor out of range in select()"
e = raises(select.error, select.select, [], [], [], -1)
assert e.args == (errno.EINVAL, "Invalid argument"), e.args
bad = os.dup(r)
os.close(bad)
e = raises(select.error, select.select, [bad], [], [], 0)
assert e.args[0] == errno.EBADF

# A fileno() that shrinks the list being read.
lst = []


class Shrinking:
    def fileno(self):
        del lst[-1]
        return w


lst[:] = [Shrinking()] * 10
assert select.select([], lst, []) == ([], lst[:5], [])

# poll objects.
p = select.poll()
assert type(p).__name__ == "poll"
assert p.poll(0) == []
p.register(r, select.POLLIN)
assert p.poll(0) == []
assert p.poll(10) == []
p.register(FD(w))  # the default mask includes POLLOUT
assert p.poll() == [(w, select.POLLOUT)]
os.write(w, b"yz")
assert p.poll(None) == [(r, select.POLLIN), (w, select.POLLOUT)]
p.modify(w, select.POLLIN)
assert p.poll(1.5) == [(r, select.POLLIN)]
p.unregister(FD(r))
assert p.poll(0) == []
e = raises(KeyError, p.unregister, r)
assert e.args == (r,)
e = raises(IOError, p.modify, 999, select.POLLIN)
assert e.errno == errno.ENOENT
e = raises(TypeError, p.poll, "x")
assert str(e) == "timeout must be an integer or None"
raises(TypeError, p.register, object())
e = raises(OverflowError, p.register, r, 1 << 15)
assert str(e) == "signed short integer is greater than maximum"
e = raises(OverflowError, p.register, w, -(1 << 15) - 1)
assert str(e) == "signed short integer is less than minimum"
e = raises(OverflowError, p.modify, w, 1 << 31)
assert str(e) == "signed integer is greater than maximum"
# An invalid descriptor is reported, not raised.
p2 = select.poll()
p2.register(bad)
assert p2.poll(0) == [(bad, select.POLLNVAL)]
# Hang-up of the other end.
r3, w3 = os.pipe()
os.close(w3)
p3 = select.poll()
p3.register(r3, select.POLLIN)
assert p3.poll(0) == [(r3, select.POLLHUP)]
os.close(r3)
assert os.read(r, 10) == b"yz"

# epoll objects.
ep = select.epoll()
assert not ep.closed and ep.fileno() > 2
ep.register(r, select.EPOLLIN)
ep.register(FD(w), select.EPOLLOUT)
assert ep.poll(0) == [(w, select.EPOLLOUT)]
os.write(w, b"q")
assert sorted(ep.poll(1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)])
assert ep.poll(timeout=0.5, maxevents=1) in ([(r, select.EPOLLIN)], [(w, select.EPOLLOUT)])
ep.modify(w, select.EPOLLIN)
assert ep.poll(-1) == [(r, select.EPOLLIN)]
ep.unregister(w)
e = raises(IOError, ep.register, r)
assert e.errno == errno.EEXIST
e = raises(IOError, ep.unregister, w)
assert e.errno == errno.ENOENT
raises(ValueError, ep.register, -1)
raises(ValueError, ep.poll, 1, 0)
raises(TypeError, select.epoll, "x")
e = raises(ValueError, select.epoll, -2)
assert str(e) == "sizehint must be greater zero, got -2"
ep2 = select.epoll.fromfd(ep.fileno())
assert ep2.poll(0) == [(r, select.EPOLLIN)]
ep.close()
assert ep.closed
ep.close()
e = raises(ValueError, ep.fileno)
assert str(e) == "I/O operation on closed epoll fd"
raises(ValueError, ep.poll)
e = raises(IOError, ep2.poll, 0)
assert e.errno == errno.EBADF
# A descriptor closed while registered can still be unregistered.
ep3 = select.epoll(4)
r4, w4 = os.pipe()
ep3.register(r4)
os.close(r4)
ep3.unregister(r4)
os.close(w4)
ep3.close()


# Neither type can be subclassed, nor poll made directly.
for typ in (select.epoll, type(select.poll())):
    try:
        class Sub(typ):
            pass
    except TypeError as e:
        # (CPython names the type select.epoll; Taipan's message has no module.)
        assert str(e).endswith("is not an acceptable base type"), str(e)
    else:
        raise AssertionError("subclassed")
e = raises(TypeError, type(select.poll()))
assert str(e).startswith("cannot create '") and str(e).endswith("poll' instances"), str(e)

os.close(r)
os.close(w)
