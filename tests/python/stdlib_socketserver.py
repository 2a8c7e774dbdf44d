# socketserver on localhost, single-threaded: the client connects and sends
# first, then the server handles the pending request.
import io
import os
import socket
import socketserver
import sys
import tempfile
import time

TAIPAN = '[Taipan' in sys.version
seen = []

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        seen.append((type(self.server).__name__, line))
        self.wfile.write(line.upper())
        if line.startswith(b'stop'):
            if TAIPAN:
                # Taipan lets a handler call shutdown() in the serving thread
                self.server.shutdown()
            else:
                # CPython 3.2 would deadlock there; set the flag it polls
                self.server._BaseServer__shutdown_request = True

srv = socketserver.TCPServer(('127.0.0.1', 0), Echo)
host, port = srv.server_address
assert host == '127.0.0.1' and port > 0
assert srv.fileno() == srv.socket.fileno()
assert srv.RequestHandlerClass is Echo and srv.timeout is None

def ask(data, addr=None):
    c = socket.create_connection(addr or (host, port))
    c.sendall(data)
    return c

def reply(c):
    chunks = []
    while True:
        b = c.recv(100)
        if not b:
            break
        chunks.append(b)
    c.close()
    return b''.join(chunks)

c = ask(b'hello\n')
srv.handle_request()
assert reply(c) == b'HELLO\n'

# serve_forever until a handler asks for shutdown (same thread)
clients = [ask(b'one\n'), ask(b'two\n'), ask(b'stop now\n')]
t0 = time.time()
srv.serve_forever(poll_interval=0.05)
assert [reply(c) for c in clients] == [b'ONE\n', b'TWO\n', b'STOP NOW\n']
assert seen[-3:] == [('TCPServer', b'one\n'), ('TCPServer', b'two\n'),
                     ('TCPServer', b'stop now\n')]
# the loop can be started again after a shutdown
c = ask(b'stop again\n')
srv.serve_forever(0.05)
assert reply(c) == b'STOP AGAIN\n'

# handle_request honours self.timeout and calls handle_timeout
timeouts = []
class Timed(socketserver.TCPServer):
    timeout = 0.1
    def handle_timeout(self):
        timeouts.append(True)
ts = Timed(('127.0.0.1', 0), Echo)
t0 = time.time()
ts.handle_request()
assert timeouts == [True] and time.time() - t0 >= 0.08
ts.server_close()

# verify_request can refuse; handle_error reports handler exceptions
class Picky(socketserver.TCPServer):
    allow_reuse_address = True
    def verify_request(self, request, addr):
        return False
ps = Picky(('127.0.0.1', 0), Echo)
c = ask(b'ignored\n', ps.server_address)
n = len(seen)
ps.handle_request()
assert len(seen) == n
c.close()
ps.server_close()

class Boom(socketserver.BaseRequestHandler):
    def handle(self):
        raise RuntimeError('handler failed')
errors = []
class Reporting(socketserver.TCPServer):
    def handle_error(self, request, addr):
        errors.append((sys.exc_info()[0], addr[0]))
rs = Reporting(('127.0.0.1', 0), Boom)
c = ask(b'x', rs.server_address)
rs.handle_request()
assert errors == [(RuntimeError, '127.0.0.1')]
assert reply(c) == b''
# the default handle_error prints a report to stdout and the traceback to stderr
class Quiet(socketserver.TCPServer):
    pass
qs = Quiet(('127.0.0.1', 0), Boom)
c = ask(b'x', qs.server_address)
out, err = io.StringIO(), io.StringIO()
sys.stdout, sys.stderr = out, err
try:
    qs.handle_request()
finally:
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
lines = out.getvalue().splitlines()
assert lines[0] == '-' * 40 and lines[-1] == '-' * 40, lines
assert lines[1].startswith('Exception happened during processing of request from (')
assert 'RuntimeError: handler failed' in err.getvalue()
c.close()
qs.server_close()
rs.server_close()

# bind_and_activate=False leaves binding to the caller
lazy = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
lazy.allow_reuse_address = True
lazy.server_bind()
lazy.server_activate()
assert lazy.server_address[1] > 0
assert lazy.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0
lazy.server_close()
srv.server_close()

# UDP with DatagramRequestHandler
class UEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])
us = socketserver.UDPServer(('127.0.0.1', 0), UEcho)
assert us.socket.type == socket.SOCK_DGRAM and us.max_packet_size == 8192
cu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
cu.sendto(b'abc', us.server_address)
us.handle_request()
data, addr = cu.recvfrom(100)
assert data == b'cba' and addr == us.server_address
cu.close()
us.server_close()

# Unix stream server
if hasattr(socket, 'AF_UNIX'):
    path = os.path.join(tempfile.mkdtemp(), 'sock')
    xs = socketserver.UnixStreamServer(path, Echo)
    assert xs.server_address == path
    cx = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    cx.connect(path)
    cx.sendall(b'unix\n')
    xs.handle_request()
    assert reply(cx) == b'UNIX\n'
    assert seen[-1] == ('UnixStreamServer', b'unix\n')
    xs.server_close()
    os.unlink(path)
    os.rmdir(os.path.dirname(path))

# the handler's life cycle: setup, handle, finish (finish even on error)
calls = []
class Life(socketserver.BaseRequestHandler):
    def setup(self): calls.append('setup')
    def handle(self):
        calls.append('handle')
        raise KeyError('k')
    def finish(self): calls.append('finish')
try:
    Life('req', 'addr', 'srv')
except KeyError:
    pass
assert calls == ['setup', 'handle', 'finish']
for name in ('TCPServer', 'UDPServer', 'ThreadingMixIn', 'ForkingMixIn',
             'ThreadingTCPServer', 'ForkingUDPServer', 'StreamRequestHandler'):
    assert name in socketserver.__all__
assert issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn)

# asyncore / asynchat: an echo server and a line-based client in one loop
import asyncore
import asynchat

chan_map = {}
got_lines = []

class EchoHandler(asyncore.dispatcher_with_send):
    def handle_read(self):
        data = self.recv(1024)
        if data:
            self.send(data)

class EchoServer(asyncore.dispatcher):
    def __init__(self):
        asyncore.dispatcher.__init__(self, map=chan_map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(('127.0.0.1', 0))
        self.listen(5)
        self.port = self.socket.getsockname()[1]
        self.handlers = []
    def handle_accepted(self, sock, addr):
        self.handlers.append(EchoHandler(sock, map=chan_map))

class LineClient(asynchat.async_chat):
    def __init__(self, port):
        asynchat.async_chat.__init__(self, map=chan_map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(('127.0.0.1', port))
        self.set_terminator(b'\r\n')
        self.buf = []
    def handle_connect(self):
        pass
    def collect_incoming_data(self, data):
        self.buf.append(data)
    def found_terminator(self):
        got_lines.append(b''.join(self.buf))
        self.buf = []
        if len(got_lines) == 2:
            self.set_terminator(5)
        elif len(got_lines) == 3:
            self.set_terminator(None)

server = EchoServer()
assert 'listening' in repr(server) and repr(server).startswith('<__main__.EchoServer')
client = LineClient(server.port)
client.push(b'first line\r\nsec')
client.push(b'ond\r\n12345rest')
client.push_with_producer(asynchat.simple_producer(b'-tail', buffer_size=2))
for use_poll in (False, True):
    asyncore.loop(timeout=0.05, use_poll=use_poll, map=chan_map, count=20)
assert got_lines == [b'first line', b'second', b'12345'], got_lines
assert b''.join(client.buf) == b'rest-tail'
assert client.connected and not client.writable()
asyncore.close_all(map=chan_map)
assert chan_map == {}

# helpers
assert asynchat.find_prefix_at_end(b'abc\r', b'\r\n') == 1
assert asynchat.find_prefix_at_end(b'abc', b'\r\n') == 0
f = asynchat.fifo([1, 2])
assert len(f) == 2 and f.first() == 1 and f.pop() == (1, 1)
f.push(3)
assert f.pop() == (1, 2) and f.pop() == (1, 3) and f.pop() == (0, None) and f.is_empty()
sp = asynchat.simple_producer(b'abcdefg', 3)
assert [sp.more(), sp.more(), sp.more(), sp.more()] == [b'abc', b'def', b'g', b'']
try:
    raise ValueError('x')
except ValueError:
    where, t, v, info = asyncore.compact_traceback()
assert t is ValueError and where[1] == '<module>' and info.startswith('[')
d = asyncore.dispatcher(map={})
assert d.socket is None and d.readable() and d.writable()
try:
    d.no_such_attribute
except AttributeError as e:
    assert str(e) == "dispatcher instance has no attribute 'no_such_attribute'", str(e)
else:
    raise AssertionError('AttributeError expected')
