"""Event loop and channel classes for asynchronous socket services.

A program registers dispatcher objects (each wrapping a non-blocking socket
or file descriptor) in a map, then runs loop(): select() or poll() reports
which channels can read or write, and the loop calls their handle_*
methods. Serving many connections this way needs no threads.

Taipan note: there is no fcntl module yet, so file_dispatcher cannot switch
its descriptor to non-blocking mode; it works on descriptors that are
already non-blocking, or where reads are only made when select() says data
is ready.
"""

import select
import socket
import sys
import time
import warnings
import os
from errno import (EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET, EINVAL,
                   ENOTCONN, ESHUTDOWN, EINTR, EISCONN, EBADF, ECONNABORTED,
                   EPIPE, EAGAIN, errorcode)

# errors that mean the peer has gone away
_DISCONNECTED = frozenset((ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED,
                           EPIPE, EBADF))

try:
    socket_map
except NameError:
    socket_map = {}


def _strerror(err):
    try:
        return os.strerror(err)
    except (ValueError, OverflowError, NameError):
        if err in errorcode:
            return errorcode[err]
        return "Unknown error %s" % err


class ExitNow(Exception):
    pass


# exceptions that escape the loop instead of going to handle_error
_reraised_exceptions = (ExitNow, KeyboardInterrupt, SystemExit)


def _guarded(obj, method):
    try:
        method()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def read(obj):
    _guarded(obj, obj.handle_read_event)


def write(obj):
    _guarded(obj, obj.handle_write_event)


def _exception(obj):
    _guarded(obj, obj.handle_expt_event)


def readwrite(obj, flags):
    """Dispatch the events of one poll() result to obj."""
    try:
        if flags & select.POLLIN:
            obj.handle_read_event()
        if flags & select.POLLOUT:
            obj.handle_write_event()
        if flags & select.POLLPRI:
            obj.handle_expt_event()
        if flags & (select.POLLHUP | select.POLLERR | select.POLLNVAL):
            obj.handle_close()
    except socket.error as exc:
        if exc.args[0] in _DISCONNECTED:
            obj.handle_close()
        else:
            obj.handle_error()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def poll(timeout=0.0, map=None):
    """One pass of the loop using select.select()."""
    if map is None:
        map = socket_map
    if not map:
        return
    rlist, wlist, xlist = [], [], []
    for fd, obj in list(map.items()):
        wants_read = obj.readable()
        wants_write = obj.writable()
        if wants_read:
            rlist.append(fd)
        # a listening socket is never waited on for writing
        if wants_write and not obj.accepting:
            wlist.append(fd)
        if wants_read or wants_write:
            xlist.append(fd)
    if not (rlist or wlist or xlist):
        time.sleep(timeout)
        return
    try:
        rlist, wlist, xlist = select.select(rlist, wlist, xlist, timeout)
    except select.error as exc:
        if exc.args[0] != EINTR:
            raise
        return
    for fds, handler in ((rlist, read), (wlist, write), (xlist, _exception)):
        for fd in fds:
            obj = map.get(fd)
            if obj is not None:
                handler(obj)


def poll2(timeout=0.0, map=None):
    """One pass of the loop using select.poll()."""
    if map is None:
        map = socket_map
    if timeout is not None:
        # poll() wants milliseconds
        timeout = int(timeout * 1000)
    pollster = select.poll()
    if not map:
        return
    for fd, obj in list(map.items()):
        mask = 0
        if obj.readable():
            mask |= select.POLLIN | select.POLLPRI
        if obj.writable() and not obj.accepting:
            mask |= select.POLLOUT
        if mask:
            mask |= select.POLLERR | select.POLLHUP | select.POLLNVAL
            pollster.register(fd, mask)
    try:
        events = pollster.poll(timeout)
    except select.error as exc:
        if exc.args[0] != EINTR:
            raise
        events = []
    for fd, flags in events:
        obj = map.get(fd)
        if obj is not None:
            readwrite(obj, flags)

poll3 = poll2       # old name


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Run passes until the map is empty (or count passes are done)."""
    if map is None:
        map = socket_map
    if use_poll and hasattr(select, 'poll'):
        step = poll2
    else:
        step = poll
    if count is None:
        while map:
            step(timeout, map)
    else:
        while map and count > 0:
            step(timeout, map)
            count = count - 1


class dispatcher:
    """A channel: a non-blocking socket plus event handlers."""

    debug = False
    connected = False
    accepting = False
    connecting = False
    closing = False
    addr = None
    ignore_log_types = frozenset(['warning'])

    def __init__(self, sock=None, map=None):
        self._map = socket_map if map is None else map
        self._fileno = None
        if not sock:
            self.socket = None
            return
        sock.setblocking(0)
        self.set_socket(sock, map)
        self.connected = True
        # an unconnected socket is fine; other errors are not
        try:
            self.addr = sock.getpeername()
        except socket.error as exc:
            if exc.args[0] in (ENOTCONN, EINVAL):
                self.connected = False
            else:
                self.del_channel(map)
                raise

    def __repr__(self):
        cls = self.__class__
        parts = [cls.__module__ + "." + cls.__name__]
        if self.accepting and self.addr:
            parts.append('listening')
        elif self.connected:
            parts.append('connected')
        if self.addr is not None:
            try:
                parts.append('%s:%d' % self.addr)
            except TypeError:
                parts.append(repr(self.addr))
        return '<%s at %#x>' % (' '.join(parts), id(self))

    __str__ = __repr__

    def add_channel(self, map=None):
        if map is None:
            map = self._map
        map[self._fileno] = self

    def del_channel(self, map=None):
        fd = self._fileno
        if map is None:
            map = self._map
        if fd in map:
            del map[fd]
        self._fileno = None

    def create_socket(self, family, type):
        self.family_and_type = family, type
        sock = socket.socket(family, type)
        sock.setblocking(0)
        self.set_socket(sock)

    def set_socket(self, sock, map=None):
        self.socket = sock
        self._fileno = sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        # allow a restarted server to bind its old address at once
        try:
            old = self.socket.getsockopt(socket.SOL_SOCKET,
                                         socket.SO_REUSEADDR)
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR,
                                   old | 1)
        except socket.error:
            pass

    # what the loop should wait for
    def readable(self):
        return True

    def writable(self):
        return True

    # socket operations
    def listen(self, num):
        self.accepting = True
        if os.name == 'nt' and num > 5:
            num = 5
        return self.socket.listen(num)

    def bind(self, addr):
        self.addr = addr
        return self.socket.bind(addr)

    def connect(self, address):
        self.connected = False
        self.connecting = True
        err = self.socket.connect_ex(address)
        if (err in (EINPROGRESS, EALREADY, EWOULDBLOCK)
                or err == EINVAL and os.name in ('nt', 'ce')):
            # completes later: the loop reports it as writable
            self.addr = address
            return
        if err in (0, EISCONN):
            self.addr = address
            self.handle_connect_event()
        else:
            raise socket.error(err, errorcode[err])

    def accept(self):
        # None when there turned out to be nothing to accept
        try:
            conn, addr = self.socket.accept()
        except TypeError:
            return None
        except socket.error as exc:
            if exc.args[0] in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                return None
            raise
        return conn, addr

    def send(self, data):
        try:
            return self.socket.send(data)
        except socket.error as exc:
            code = exc.args[0]
            if code == EWOULDBLOCK:
                return 0
            if code in _DISCONNECTED:
                self.handle_close()
                return 0
            raise

    def recv(self, buffer_size):
        try:
            data = self.socket.recv(buffer_size)
        except socket.error as exc:
            if exc.args[0] in _DISCONNECTED:
                self.handle_close()
                return b''
            raise
        if not data:
            # end of stream: the peer closed
            self.handle_close()
            return b''
        return data

    def close(self):
        self.connected = False
        self.accepting = False
        self.connecting = False
        self.del_channel()
        try:
            self.socket.close()
        except socket.error as exc:
            if exc.args[0] not in (ENOTCONN, EBADF):
                raise

    def __getattr__(self, attr):
        # old code used socket methods on the dispatcher itself
        try:
            found = getattr(self.socket, attr)
        except AttributeError:
            raise AttributeError("%s instance has no attribute '%s'"
                                 % (self.__class__.__name__, attr))
        name = self.__class__.__name__
        warnings.warn("%(me)s.%(attr)s is deprecated; use "
                      "%(me)s.socket.%(attr)s instead"
                      % {'me': name, 'attr': attr},
                      DeprecationWarning, stacklevel=2)
        return found

    def log(self, message):
        sys.stderr.write('log: %s\n' % str(message))

    def log_info(self, message, type='info'):
        if type not in self.ignore_log_types:
            print('%s: %s' % (type, message))

    # events, as the loop reports them
    def handle_read_event(self):
        if self.accepting:
            self.handle_accept()
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_read()

    def handle_connect_event(self):
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise socket.error(err, _strerror(err))
        self.handle_connect()
        self.connected = True
        self.connecting = False

    def handle_write_event(self):
        if self.accepting:
            # listening sockets do not write
            return
        if not self.connected and self.connecting:
            self.handle_connect_event()
        self.handle_write()

    def handle_expt_event(self):
        # a pending socket error means the connection is broken
        err = self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            self.handle_close()
        else:
            self.handle_expt()

    def handle_error(self):
        nil, t, v, tbinfo = compact_traceback()
        try:
            me = repr(self)
        except:
            me = '<__repr__(self) failed for object at %0x>' % id(self)
        self.log_info(
            'uncaptured python exception, closing channel %s (%s:%s %s)'
            % (me, t, v, tbinfo),
            'error')
        self.handle_close()

    # handlers for subclasses to override
    def handle_expt(self):
        self.log_info('unhandled incoming priority event', 'warning')

    def handle_read(self):
        self.log_info('unhandled read event', 'warning')

    def handle_write(self):
        self.log_info('unhandled write event', 'warning')

    def handle_connect(self):
        self.log_info('unhandled connect event', 'warning')

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            self.handle_accepted(*pair)

    def handle_accepted(self, sock, addr):
        sock.close()
        self.log_info('unhandled accepted event', 'warning')

    def handle_close(self):
        self.log_info('unhandled close event', 'warning')
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher that buffers what send() cannot write at once."""

    def __init__(self, sock=None, map=None):
        dispatcher.__init__(self, sock, map)
        self.out_buffer = b''

    def initiate_send(self):
        sent = dispatcher.send(self, self.out_buffer[:512])
        self.out_buffer = self.out_buffer[sent:]

    def handle_write(self):
        self.initiate_send()

    def writable(self):
        return (not self.connected) or len(self.out_buffer)

    def send(self, data):
        if self.debug:
            self.log_info('sending %s' % repr(data))
        self.out_buffer = self.out_buffer + data
        self.initiate_send()


def compact_traceback():
    """Summarise the exception being handled:
    ((file, function, line), type, value, '[file|function|line] ...')."""
    t, v, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    del tb
    info = ' '.join(['[%s|%s|%s]' % entry for entry in frames])
    return frames[-1], t, v, info


def close_all(map=None, ignore_all=False):
    """Close every channel of the map and empty it."""
    if map is None:
        map = socket_map
    for channel in list(map.values()):
        try:
            channel.close()
        except OSError as exc:
            if exc.args[0] != EBADF and not ignore_all:
                raise
        except _reraised_exceptions:
            raise
        except:
            if not ignore_all:
                raise
    map.clear()


if os.name == 'posix':
    try:
        import fcntl
    except ImportError:
        fcntl = None

    class file_wrapper:
        """Makes a file descriptor look enough like a socket for
        dispatcher: recv/send/close/fileno and SO_ERROR."""

        def __init__(self, fd):
            self.fd = os.dup(fd)

        def recv(self, *args):
            return os.read(self.fd, *args)

        def send(self, *args):
            return os.write(self.fd, *args)

        def getsockopt(self, level, optname, buflen=None):
            if (level == socket.SOL_SOCKET and optname == socket.SO_ERROR
                    and not buflen):
                return 0
            raise NotImplementedError("Only asyncore specific behaviour "
                                      "implemented.")

        read = recv
        write = send

        def close(self):
            os.close(self.fd)

        def fileno(self):
            return self.fd

    class file_dispatcher(dispatcher):
        """A dispatcher for a file descriptor (or object with fileno())."""

        def __init__(self, fd, map=None):
            dispatcher.__init__(self, None, map)
            self.connected = True
            try:
                fd = fd.fileno()
            except AttributeError:
                pass
            self.set_file(fd)
            if fcntl is not None:
                flags = fcntl.fcntl(fd, fcntl.F_GETFL, 0)
                fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_NONBLOCK)

        def set_file(self, fd):
            self.socket = file_wrapper(fd)
            self._fileno = self.socket.fileno()
            self.add_channel()
