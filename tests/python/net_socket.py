# socket over localhost: TCP, UDP and AF_UNIX sockets, socketpair,
# makefile, timeouts, options, addresses and the resolver functions.

import errno
import os
import select
import socket
import time


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError("%s not raised" % exc.__name__)


# The exceptions.
assert issubclass(socket.error, IOError)
for sub in (socket.herror, socket.gaierror, socket.timeout):
    assert issubclass(sub, socket.error)
assert socket.error.__module__ == "socket"
assert socket.SocketType is socket._socket.socket
assert issubclass(socket.socket, socket.SocketType)
assert (socket.AF_UNIX, socket.AF_INET, socket.AF_INET6) == (1, 2, 10)
assert (socket.SOCK_STREAM, socket.SOCK_DGRAM) == (1, 2)
assert (socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR) == (0, 1, 2)

# TCP over localhost.
srv = socket.socket()
assert (srv.family, srv.type, srv.proto) == (socket.AF_INET, socket.SOCK_STREAM, 0)
assert srv.gettimeout() is None and srv.timeout == -1.0
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
assert srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
assert srv.getsockname() == ("0.0.0.0", 0)
srv.bind(("127.0.0.1", 0))
host, port = srv.getsockname()
assert host == "127.0.0.1" and 0 < port < 65536
srv.listen(5)
assert srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) == 1
assert srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM
assert len(srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)) == 4

cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
e = raises(socket.error, cli.getpeername)
assert e.errno == errno.ENOTCONN and e.args == (errno.ENOTCONN, "Transport endpoint is not connected")
cli.connect(("127.0.0.1", port))
conn, addr = srv.accept()
assert isinstance(conn, socket.socket)
assert addr == cli.getsockname() == conn.getpeername()
assert cli.getpeername() == ("127.0.0.1", port)
assert conn.gettimeout() is None

assert cli.send(b"hello") == 5
assert conn.recv(100) == b"hello"
payload = bytes(range(256)) * 2000
cli.sendall(payload)
got = bytearray()
while len(got) < len(payload):
    got += conn.recv(65536)
assert got == payload
conn.sendall(memoryview(b"view"))
assert cli.recv(4) == b"view"
buf = bytearray(10)
conn.send(b"into")
assert cli.recv_into(buf) == 4 and buf[:4] == b"into"
conn.send(b"abcdef")
buf = bytearray(10)
assert cli.recv_into(buf, 3) == 3 and buf[:3] == b"abc"
assert cli.recv(10, socket.MSG_PEEK) == b"def"
assert cli.recv(10) == b"def"

# Shutting down the writing side gives the other end an end of file.
cli.shutdown(socket.SHUT_WR)
assert conn.recv(10) == b""
conn.close()
assert cli.recv(10) == b""
cli.close()
assert cli.fileno() == -1
e = raises(socket.error, cli.recv, 1)
assert e.errno == errno.EBADF
cli.close()  # closing twice is fine
assert "[closed]" in repr(cli)

# select on sockets.
cli = socket.create_connection(("127.0.0.1", port))
conn, _ = srv.accept()
assert select.select([conn], [], [], 0) == ([], [], [])
cli.send(b"!")
assert select.select([conn], [cli], [], 1) == ([conn], [cli], [])
assert conn.recv(1) == b"!"

# makefile: binary, text, both ways; the socket closes after its files.
rf = conn.makefile("rb")
wf = cli.makefile("wb")
wf.write(b"line one\nline two\n")
wf.flush()
assert rf.readline() == b"line one\n"
assert rf.readline() == b"line two\n"
tf = cli.makefile("w", encoding="utf-8")
tf.write("caf\xe9\n")
tf.flush()
assert rf.readline() == "caf\xe9\n".encode("utf-8")
rw = conn.makefile("rwb")
cli.send(b"ping\n")
assert rw.readline() == b"ping\n"
rw.write(b"pong\n")
rw.flush()
assert cli.recv(10) == b"pong\n"
assert rf.mode == "rb"
raw = conn.makefile("rb", buffering=0)
assert isinstance(raw, socket.SocketIO) and raw.fileno() == conn.fileno()
raises(ValueError, conn.makefile, "r", 0)
raises(ValueError, conn.makefile, "rx")
conn.close()
assert conn.fileno() != -1  # files are still open
for f in (rf, rw, raw):
    f.close()
assert conn.fileno() == -1
wf.close()
tf.close()
cli.close()

# Timeouts.
cli = socket.socket()
cli.settimeout(0.05)
assert cli.gettimeout() == 0.05
cli.connect(("127.0.0.1", port))
conn, _ = srv.accept()
t0 = time.time()
e = raises(socket.timeout, cli.recv, 10)
assert e.args == ("timed out",) and time.time() - t0 >= 0.04
cli.settimeout(0)
e = raises(socket.error, cli.recv, 10)
assert e.errno in (errno.EAGAIN, errno.EWOULDBLOCK)
cli.setblocking(True)
assert cli.gettimeout() is None
cli.setblocking(False)
assert cli.gettimeout() == 0.0
cli.settimeout(None)
conn.send(b"late")
assert cli.recv(10) == b"late"
raises(ValueError, cli.settimeout, -1)
raises(TypeError, cli.settimeout, "x")
srv.settimeout(0.05)
raises(socket.timeout, srv.accept)
srv.settimeout(None)
conn.close()
cli.close()

# Default timeout for new sockets.
assert socket.getdefaulttimeout() is None
socket.setdefaulttimeout(2.5)
s = socket.socket()
assert s.gettimeout() == 2.5
s.close()
socket.setdefaulttimeout(None)
raises(ValueError, socket.setdefaulttimeout, -1)

# Connecting to a closed port.
closed = socket.socket()
closed.bind(("127.0.0.1", 0))
dead_port = closed.getsockname()[1]
closed.close()
s = socket.socket()
assert s.connect_ex(("127.0.0.1", dead_port)) == errno.ECONNREFUSED
s.close()
s = socket.socket()
e = raises(socket.error, s.connect, ("127.0.0.1", dead_port))
assert e.args == (errno.ECONNREFUSED, "Connection refused")
s.close()
s = socket.socket()
s.setblocking(False)
e = raises(socket.error, s.connect, ("127.0.0.1", port))
assert e.errno == errno.EINPROGRESS
srv.accept()[0].close()
s.close()
e = raises(socket.error, socket.create_connection, ("127.0.0.1", dead_port))
assert e.errno == errno.ECONNREFUSED

# The context manager, detach, dup and fromfd.
with socket.socket() as s:
    fd = s.fileno()
    assert fd >= 0
assert s._closed and s.fileno() == -1
s = socket.socket()
fd = s.detach()
assert s.fileno() == -1 and fd >= 0
s2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0, fd)
assert s2.fileno() == fd
s3 = s2.dup()
assert s3.fileno() != fd and s3.family == socket.AF_INET
s4 = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
assert s4.fileno() not in (fd, s3.fileno())
for x in (s2, s3, s4):
    x.close()
srv.close()

# UDP.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
assert b.sendto(b"datagram", a.getsockname()) == 8
data, frm = a.recvfrom(100)
assert data == b"datagram" and frm == ("127.0.0.1", b.getsockname()[1])
b.sendto(b"flags", 0, a.getsockname())
buf = bytearray(3)
n, frm = a.recvfrom_into(buf)
assert (n, bytes(buf)) == (3, b"fla")  # the rest of the datagram is dropped
b.connect(a.getsockname())
b.send(b"connected")
assert a.recv(100) == b"connected"
a.settimeout(0.02)
raises(socket.timeout, a.recvfrom, 10)
a.close()
b.close()

# AF_UNIX: a named socket, an abstract one, socketpair.
path = "/tmp/tp_net_socket_%d" % os.getpid()
if os.path.exists(path):
    os.unlink(path)
us = socket.socket(socket.AF_UNIX)
us.bind(path)
us.listen(1)
assert us.getsockname() == path
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(path)
uconn, uaddr = us.accept()
assert uaddr == b"" and uconn.getsockname() == path and uc.getpeername() == path
uc.sendall(b"unix")
assert uconn.recv(10) == b"unix"
for x in (uc, uconn, us):
    x.close()
os.unlink(path)
e = raises(socket.error, socket.socket(socket.AF_UNIX).connect, path)
assert e.errno == errno.ENOENT
e = raises(socket.error, socket.socket(socket.AF_UNIX).bind, "x" * 200)
assert e.args == ("AF_UNIX path too long",)

abstract = ("\x00tp_abstract_%d" % os.getpid()).encode()
au = socket.socket(socket.AF_UNIX)
au.bind(abstract)
assert au.getsockname() == abstract
au.close()

p, q = socket.socketpair()
assert p.family == socket.AF_UNIX and p.type == socket.SOCK_STREAM
assert p.getsockname() == b""
p.sendall(b"pair")
assert q.recv(10) == b"pair"
q.send(b"back")
assert p.recv(10) == b"back"
p.close()
assert q.recv(10) == b""
q.close()
p, q = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
p.send(b"d1")
p.send(b"d2")
assert q.recv(10) == b"d1" and q.recv(10) == b"d2"
p.close()
q.close()

# Address errors.
s = socket.socket()
e = raises(OverflowError, s.bind, ("127.0.0.1", 70000))
assert str(e) == "getsockaddrarg: port must be 0-65535."
e = raises(TypeError, s.bind, "127.0.0.1")
assert str(e) == "getsockaddrarg: AF_INET address must be tuple, not str"
raises(TypeError, s.bind, ("127.0.0.1",))
raises(TypeError, s.bind, ("127.0.0.1", "80"))
e = raises(ValueError, s.recv, -1)
assert str(e) == "negative buffersize in recv"
e = raises(TypeError, s.send, "text")
assert str(e) == "'str' does not support the buffer interface"
e = raises(TypeError, s.recv_into, b"ro")
assert str(e) == "recv_into() argument 1 must be read-write buffer, not bytes"
e = raises(socket.error, s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, 2000)
assert str(e) == "getsockopt buflen out of range"
s.close()
e = raises(socket.error, socket.socket, 99)
assert e.errno == errno.EAFNOSUPPORT

# repr.
s = socket.socket()
assert repr(s) == "<socket.socket object, fd=%d, family=2, type=1, proto=0>" % s.fileno()
s.close()
assert repr(s) == "<socket.socket [closed]  object, fd=-1, family=2, type=1, proto=0>"

# Byte order and address conversions.
assert socket.htons(1) == 256 and socket.ntohs(256) == 1
assert socket.htonl(1) == 1 << 24 and socket.ntohl(1 << 24) == 1
assert socket.htons(0x12345) == 0x4523
raises(OverflowError, socket.htonl, 1 << 32)
raises(OverflowError, socket.htons, -1)
assert socket.inet_aton("127.0.0.1") == b"\x7f\x00\x00\x01"
assert socket.inet_aton("127.1") == b"\x7f\x00\x00\x01"
assert socket.inet_aton("0x7f.1") == b"\x7f\x00\x00\x01"
assert socket.inet_aton("1") == b"\x00\x00\x00\x01"
for bad in ("", "1.2.3.4.5", "256.1.1.1", "1.2.3.x"):
    e = raises(socket.error, socket.inet_aton, bad)
    assert str(e) == "illegal IP address string passed to inet_aton"
assert socket.inet_ntoa(b"\x0a\x00\x00\x01") == "10.0.0.1"
raises(socket.error, socket.inet_ntoa, b"abc")
assert socket.inet_pton(socket.AF_INET, "1.2.3.4") == b"\x01\x02\x03\x04"
assert socket.inet_pton(socket.AF_INET6, "::1") == b"\x00" * 15 + b"\x01"
assert socket.inet_ntop(socket.AF_INET6, b"\x00" * 16) == "::"
assert socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "::ffff:1.2.3.4")) == "::ffff:1.2.3.4"
assert socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "2001:DB8:0:0:1::1")) == "2001:db8::1:0:0:1"
raises(socket.error, socket.inet_pton, socket.AF_INET, "1.2.3")
raises(socket.error, socket.inet_pton, socket.AF_INET6, "1.2.3.4")
raises(ValueError, socket.inet_ntop, socket.AF_INET, b"abc")
e = raises(ValueError, socket.inet_ntop, 99, b"abcd")
assert str(e) == "unknown address family 99"

# Names: this host and localhost (the hosts file), numeric addresses.
assert isinstance(socket.gethostname(), str) and socket.gethostname()
assert socket.gethostbyname("localhost") == "127.0.0.1"
assert socket.gethostbyname("127.0.0.1") == "127.0.0.1"
assert socket.gethostbyname("") == "0.0.0.0"
assert socket.gethostbyname_ex("127.0.0.1") == ("127.0.0.1", [], ["127.0.0.1"])
name, aliases, addrs = socket.gethostbyname_ex("localhost")
assert "127.0.0.1" in addrs
name, aliases, addrs = socket.gethostbyaddr("127.0.0.1")
assert addrs == ["127.0.0.1"] and isinstance(name, str)
e = raises(socket.gaierror, socket.getaddrinfo, "127.0.0.1", 80, 99)
assert e.args == (socket.EAI_FAMILY, "ai_family not supported")
e = raises(socket.gaierror, socket.getaddrinfo, None, None)
assert e.args == (socket.EAI_NONAME, "Name or service not known")
e = raises(socket.gaierror, socket.getaddrinfo, "localhost", "no-such-service-tp")
assert e.args == (socket.EAI_SERVICE, "Servname not supported for ai_socktype")
e = raises(socket.gaierror, socket.getaddrinfo, "localhost", 80, 0, 0, 0, socket.AI_NUMERICHOST)
assert e.args[0] == socket.EAI_NONAME
assert socket.getaddrinfo("127.0.0.1", 80) == [
    (2, 1, 6, "", ("127.0.0.1", 80)),
    (2, 2, 17, "", ("127.0.0.1", 80)),
    (2, 3, 0, "", ("127.0.0.1", 80))]
assert socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM) == [
    (2, 1, 6, "", ("127.0.0.1", 80))]
assert socket.getaddrinfo("::1", 7, 0, socket.SOCK_DGRAM) == [(10, 2, 17, "", ("::1", 7, 0, 0))]
assert socket.getaddrinfo(None, 80, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE) == [
    (2, 1, 6, "", ("0.0.0.0", 80)), (10, 1, 6, "", ("::", 80, 0, 0))]
assert socket.getaddrinfo(None, 80, socket.AF_INET, socket.SOCK_STREAM) == [
    (2, 1, 6, "", ("127.0.0.1", 80))]
assert socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][4] == ("127.0.0.1", 80)
assert socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV) == ("127.0.0.1", "80")
e = raises(socket.error, socket.getnameinfo, ("127.0.0.1", 80, 0, 0), 0)
assert str(e) == "IPv4 sockaddr must be 2 tuple"
raises(TypeError, socket.getnameinfo, "127.0.0.1", 0)

# IPv6 over localhost, when the system has it.
try:
    s6 = socket.socket(socket.AF_INET6)
    s6.bind(("::1", 0))
except socket.error:
    pass
else:
    s6.listen(1)
    host6, port6, flow, scope = s6.getsockname()
    assert host6 == "::1" and port6 > 0
    c6 = socket.create_connection(("::1", port6))
    conn6, addr6 = s6.accept()
    assert addr6[0] == "::1" and len(addr6) == 4
    c6.sendall(b"six")
    assert conn6.recv(3) == b"six"
    for x in (c6, conn6, s6):
        x.close()
