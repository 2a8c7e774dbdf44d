"""The socket interface.

Network and local (AF_UNIX) sockets, built on the _socket module.

Functions:

socket() -- make a new socket object
socketpair() -- make a pair of connected socket objects
fromfd() -- make a socket object from a duplicate of an open descriptor
gethostname() -- the name of this host
gethostbyname() -- a host's IPv4 address
gethostbyaddr() -- the name of a host from its address
getaddrinfo() and getnameinfo() -- resolve names and addresses
create_connection() -- connect to a (host, port) address
getfqdn() -- the fully qualified name of a host
ntohs(), ntohl(), htons(), htonl() -- byte order conversions
inet_aton(), inet_ntoa(), inet_pton(), inet_ntop() -- address conversions
getdefaulttimeout(), setdefaulttimeout() -- the timeout of new sockets

Types:

socket -- a socket, whose makefile() gives file objects over it
SocketType -- the type of socket objects

Exceptions: error, its subclasses herror and gaierror for the resolver,
and timeout for an operation whose time ran out.

Constants: the address families (AF_*), the socket types (SOCK_*), and
the many options of setsockopt() and getsockopt().
"""

import _socket
from _socket import *

import os, sys, io

try:
    import errno
except ImportError:
    errno = None
EBADF = getattr(errno, 'EBADF', 9)
EINTR = getattr(errno, 'EINTR', 4)
EAGAIN = getattr(errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(errno, 'EWOULDBLOCK', 11)

__all__ = ["getfqdn", "create_connection"]
__all__.extend(os._get_exports_list(_socket))


_realsocket = socket


class socket(_socket.socket):

    """A socket: _socket.socket with makefile(), and a close() that waits
    until the files made from it are closed too."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        text = _socket.socket.__repr__(self)
        if text.startswith("<socket object"):
            closed = " [closed] " if getattr(self, '_closed', False) else ""
            text = "<%s.%s%s%s" % (self.__class__.__module__,
                                   self.__class__.__name__, closed, text[7:])
        return text

    def dup(self):
        """dup() -> socket object

        A new socket object over a duplicate of this one's descriptor.
        """
        sock = self.__class__(self.family, self.type, self.proto,
                              fileno=dup(self.fileno()))
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for a connection and return a socket for it with the address
        of the other end ((host, port) for IP sockets).
        """
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout is non-blocking; the accepted
        # one gets the default timeout, blocking when that is None.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> a file object reading or writing the socket

        The arguments are those of io.open() after the file name; the mode
        may hold only 'r', 'w' and 'b'.
        """
        for c in mode:
            if c not in {"r", "w", "b"}:
                raise ValueError("invalid mode %r (only r, w, b allowed)")
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0 and not binary:
            # Checked before the raw file exists: it would hold the socket
            # open until collected.
            raise ValueError("unbuffered streams must be binary")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering == 0:
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        """close()

        Close the socket, once the files made by makefile() are closed.
        """
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Give up the descriptor without closing it: the socket object can no
        longer be used, the descriptor is returned for other uses.
        """
        self._closed = True
        return super().detach()


def fromfd(fd, family, type, proto=0):
    """ fromfd(fd, family, type[, proto]) -> socket object

    A socket object over a duplicate of the open descriptor fd; the other
    arguments are socket()'s.
    """
    return socket(family, type, proto, dup(fd))


if hasattr(_socket, "socketpair"):

    def socketpair(family=None, type=SOCK_STREAM, proto=0):
        """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

        A pair of connected sockets.  The arguments are socket()'s, except
        that the family defaults to AF_UNIX.
        """
        if family is None:
            try:
                family = AF_UNIX
            except NameError:
                family = AF_INET
        a, b = _socket.socketpair(family, type, proto)
        a = socket(family, type, proto, a.detach())
        b = socket(family, type, proto, b.detach())
        return a, b


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


class SocketIO(io.RawIOBase):

    """A raw binary file over a stream socket, for socket.makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Read at most len(b) bytes into b and return how many were read:
        0 at the end of the stream, None when a non-blocking socket has
        nothing to read."""
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise IOError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except error as e:
                code = e.args[0]
                if code == EINTR:
                    continue
                if code in _blocking_errnos:
                    return None
                raise

    def write(self, b):
        """Write what the socket takes of b and return how much that was;
        None when a non-blocking socket could take nothing."""
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.args[0] in _blocking_errnos:
                return None
            raise

    def readable(self):
        """Whether the file reads."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        """Whether the file writes."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        """Whether the file can seek (never)."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        """The socket's descriptor."""
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        """Close the file; the socket closes when it and all its files are
        closed."""
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """The fully qualified name of host name (this host for '').

    The first name that holds a dot among the names gethostbyaddr()
    gives; failing that, its main name, or name itself.
    """
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None):
    """Connect to address, a (host, port) pair, and return the socket.

    Each address the host resolves to is tried in turn.  timeout, when
    given, is set on the socket before it connects (the default is
    getdefaulttimeout()'s).  source_address, a (host, port) pair, is
    bound first; '' and port 0 leave the choice to the system.
    """
    host, port = address
    last = None
    for family, socktype, proto, canonname, sockaddr in getaddrinfo(
            host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except error as e:
            last = e
            if sock is not None:
                sock.close()
    if last is not None:
        raise last
    raise error("getaddrinfo returns an empty list")
