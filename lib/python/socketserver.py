"""Generic socket servers.

Server classes: TCPServer, UDPServer and, where AF_UNIX exists,
UnixStreamServer and UnixDatagramServer, all built on BaseServer. A server
answers each request by instantiating its RequestHandlerClass (a subclass
of BaseRequestHandler, StreamRequestHandler or DatagramRequestHandler),
whose handle() method does the work.

Requests are served one after another. ThreadingMixIn runs each in a new
thread (it needs the threading module, imported only when used).
ForkingMixIn runs each in a child process and therefore needs os.fork;
Taipan has no fork, so there it raises OSError for every request (the
server reports it through handle_error and keeps serving).

Taipan note: serve_forever() may be stopped by calling shutdown() from
inside a request handler running in the serving thread; the loop then
finishes after the current request instead of deadlocking.
"""

__version__ = "0.4"

import socket
import select
import sys
import os
import errno
try:
    import _thread
except ImportError:
    _thread = None

__all__ = ["TCPServer", "UDPServer", "ForkingUDPServer", "ForkingTCPServer",
           "ThreadingUDPServer", "ThreadingTCPServer", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn", "ForkingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])


def _retry_on_eintr(call, *args):
    while True:
        try:
            return call(*args)
        except (OSError, select.error) as exc:
            if exc.args[0] != errno.EINTR:
                raise


def _current_thread():
    return _thread.get_ident() if _thread is not None else 0


class _Flag:
    """A settable flag other threads can wait for (like threading.Event)."""

    def __init__(self):
        # while the flag is clear, the lock is held
        self._set = False
        self._lock = None
        if _thread is not None:
            self._lock = _thread.allocate_lock()
            self._lock.acquire()

    def clear(self):
        if not self._set:
            return
        self._set = False
        if self._lock is not None:
            self._lock.acquire()

    def set(self):
        if self._set:
            return
        self._set = True
        if self._lock is not None:
            self._lock.release()

    def is_set(self):
        return self._set

    def wait(self):
        if self._set or self._lock is None:
            return
        self._lock.acquire()
        self._lock.release()


class BaseServer:
    """Base class of the servers.

    Subclasses supply server_bind/server_activate, get_request, fileno,
    shutdown_request and close_request; users may override verify_request,
    process_request, handle_error, handle_timeout and server_close.
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__stopped = _Flag()
        self.__stopped.set()
        self.__shutdown_request = False
        self.__serving_thread = None

    def server_activate(self):
        """Called by the constructor to activate the server."""
        pass

    def serve_forever(self, poll_interval=0.5):
        """Serve requests until shutdown() is called.

        The shutdown request is noticed at least every poll_interval
        seconds; self.timeout is not used here.
        """
        self.__stopped.clear()
        self.__serving_thread = _current_thread()
        try:
            while not self.__shutdown_request:
                ready = _retry_on_eintr(select.select, [self], [], [],
                                        poll_interval)[0]
                if self in ready:
                    self._handle_request_noblock()
        finally:
            self.__shutdown_request = False
            self.__serving_thread = None
            self.__stopped.set()

    def shutdown(self):
        """Ask serve_forever() to stop, and wait until it has stopped.

        Called from the thread running serve_forever() (from a handler),
        it returns at once and the loop stops after the current request.
        """
        self.__shutdown_request = True
        if self.__serving_thread == _current_thread():
            return
        self.__stopped.wait()

    def handle_request(self):
        """Wait for one request (at most self.timeout) and handle it."""
        # a timeout set on the socket itself also limits the wait
        wait = self.socket.gettimeout()
        if wait is None:
            wait = self.timeout
        elif self.timeout is not None:
            wait = min(wait, self.timeout)
        ready = _retry_on_eintr(select.select, [self], [], [], wait)
        if ready[0]:
            self._handle_request_noblock()
        else:
            self.handle_timeout()

    def _handle_request_noblock(self):
        """Accept and handle a request known to be waiting."""
        try:
            request, client_address = self.get_request()
        except socket.error:
            return
        if not self.verify_request(request, client_address):
            return
        try:
            self.process_request(request, client_address)
        except:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def handle_timeout(self):
        """Called when handle_request() saw no request within the timeout."""
        pass

    def verify_request(self, request, client_address):
        """Return True to handle the request, False to drop it."""
        return True

    def process_request(self, request, client_address):
        """Handle the request (mix-ins override this to fork or thread)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Release the server's resources."""
        pass

    def finish_request(self, request, client_address):
        """Run the request handler on the request."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End one request and close it."""
        self.close_request(request)

    def close_request(self, request):
        """Release what one request holds."""
        pass

    def handle_error(self, request, client_address):
        """Report an exception raised while handling a request and go on."""
        print('-' * 40)
        print('Exception happened during processing of request from',
              end=' ')
        print(client_address)
        import traceback
        traceback.print_exc()
        print('-' * 40)


class TCPServer(BaseServer):
    """A server on a stream socket (TCP by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            self.server_bind()
            self.server_activate()

    def server_bind(self):
        """Bind the socket (the constructor calls this)."""
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        """Start listening (the constructor calls this)."""
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        """Close the listening socket."""
        self.socket.close()

    def fileno(self):
        """The socket's file descriptor, so the server can be select()ed."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: return (connection, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Shut the connection down for writing, then close it."""
        try:
            request.shutdown(socket.SHUT_WR)
        except socket.error:
            pass
        self.close_request(request)

    def close_request(self, request):
        """Close the connection."""
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket (UDP by default)."""

    allow_reuse_address = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        # a datagram socket does not listen
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        # the request is a packet and the shared server socket
        pass


class ForkingMixIn:
    """Mix-in handling each request in a new process (needs os.fork)."""

    timeout = 300
    active_children = None
    max_children = 40

    def collect_children(self):
        """Reap children that have exited; block while there are too many."""
        if self.active_children is None:
            return
        while len(self.active_children) >= self.max_children:
            try:
                pid, status = os.waitpid(0, 0)
            except os.error:
                pid = None
            if pid in self.active_children:
                self.active_children.remove(pid)
        for child in list(self.active_children):
            try:
                pid, status = os.waitpid(child, os.WNOHANG)
            except os.error:
                pid = None
            if pid:
                self.active_children.remove(pid)

    def handle_timeout(self):
        """Reap finished children when no request came in time."""
        self.collect_children()

    def process_request(self, request, client_address):
        """Handle the request in a child process."""
        self.collect_children()
        fork = getattr(os, 'fork', None)
        if fork is None:
            raise OSError(errno.ENOSYS,
                          "ForkingMixIn needs os.fork, which is not available")
        pid = fork()
        if pid:
            if self.active_children is None:
                self.active_children = []
            self.active_children.append(pid)
            self.close_request(request)
            return
        # in the child: never return to the caller
        try:
            self.finish_request(request, client_address)
            self.shutdown_request(request)
            os._exit(0)
        except:
            try:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            finally:
                os._exit(1)


class ThreadingMixIn:
    """Mix-in handling each request in a new thread."""

    daemon_threads = False

    def process_request_thread(self, request, client_address):
        """The body of a request's thread, errors included."""
        try:
            self.finish_request(request, client_address)
            self.shutdown_request(request)
        except:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        """Start a thread for the request."""
        import threading
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        worker.start()


class ForkingUDPServer(ForkingMixIn, UDPServer): pass
class ForkingTCPServer(ForkingMixIn, TCPServer): pass

class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass

if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass


class BaseRequestHandler:
    """Base class of request handlers.

    An instance is made for each request; the constructor runs setup(),
    handle() and finish(). The request is self.request, the client's
    address self.client_address and the server self.server.
    """

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Handler for stream servers: self.rfile and self.wfile wrap the
    connection (self.connection)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP,
                                       socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                # the peer may already be gone
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """Handler for datagram servers: self.rfile reads the packet and what
    is written to self.wfile is sent back as one datagram."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
