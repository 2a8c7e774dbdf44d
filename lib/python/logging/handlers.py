"""Extra logging handlers: rotating files, sockets, syslog, buffers, queues."""

import logging
import os
import re
import struct
import time
from stat import ST_DEV, ST_INO, ST_MTIME

try:
    import socket
except ImportError:
    socket = None
try:
    import threading
except ImportError:
    threading = None
try:
    import queue as _queue
    _EMPTY = (_queue.Empty,)
except ImportError:
    _queue = None
    _EMPTY = (IndexError,)

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """File handler that may switch to a fresh file before each write."""

    def __init__(self, filename, mode, encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would exceed maxBytes; keeps backupCount."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=0):
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode, encoding, delay)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                src = "%s.%d" % (base, i)
                dst = "%s.%d" % (base, i + 1)
                if os.path.exists(src):
                    if os.path.exists(dst):
                        os.remove(dst)
                    os.rename(src, dst)
            dst = base + ".1"
            if os.path.exists(dst):
                os.remove(dst)
            os.rename(base, dst)
        self.mode = 'w'
        self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return 1
        return 0


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at timed intervals (S, M, H, D, MIDNIGHT, W0-W6)."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False):
        BaseRotatingHandler.__init__(self, filename, 'a', encoding, delay)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        w = self.when
        if w == 'S':
            step, self.suffix = 1, "%Y-%m-%d_%H-%M-%S"
            pattern = r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$"
        elif w == 'M':
            step, self.suffix = 60, "%Y-%m-%d_%H-%M"
            pattern = r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}$"
        elif w == 'H':
            step, self.suffix = 3600, "%Y-%m-%d_%H"
            pattern = r"^\d{4}-\d{2}-\d{2}_\d{2}$"
        elif w == 'D' or w == 'MIDNIGHT':
            step, self.suffix = _MIDNIGHT, "%Y-%m-%d"
            pattern = r"^\d{4}-\d{2}-\d{2}$"
        elif w.startswith('W'):
            step, self.suffix = _MIDNIGHT * 7, "%Y-%m-%d"
            if len(w) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if w[1] < "0" or w[1] > "6":
                raise ValueError("Invalid day specified for weekly "
                                 "rollover: %s" % self.when)
            self.dayOfWeek = int(w[1])
            pattern = r"^\d{4}-\d{2}-\d{2}$"
        else:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = step * interval
        if os.path.exists(filename):
            t = os.stat(filename)[ST_MTIME]
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _timetuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._timetuple(currentTime)
            into_day = (t[3] * 60 + t[4]) * 60 + t[5]
            result = currentTime + (_MIDNIGHT - into_day)
            if self.when.startswith('W'):
                day = t[6]
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        wait = self.dayOfWeek - day
                    else:
                        wait = 6 - day + self.dayOfWeek + 1
                    later = result + wait * _MIDNIGHT
                    if not self.utc:
                        dst_now = t[-1]
                        dst_then = time.localtime(later)[-1]
                        if dst_now != dst_then:
                            later += 3600 if dst_now else -3600
                    result = later
        return result

    def shouldRollover(self, record):
        if int(time.time()) >= self.rolloverAt:
            return 1
        return 0

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        n = len(prefix)
        found = []
        for name in os.listdir(folder):
            if name[:n] == prefix and self.extMatch.match(name[n:]):
                found.append(os.path.join(folder, name))
        found.sort()
        if len(found) < self.backupCount:
            return []
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        t = self.rolloverAt - self.interval
        target = self.baseFilename + "." + time.strftime(self.suffix,
                                                         self._timetuple(t))
        if os.path.exists(target):
            os.remove(target)
        os.rename(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        self.mode = 'w'
        self.stream = self._open()
        now = int(time.time())
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and \
                not self.utc:
            dst_now = time.localtime(now)[-1]
            dst_then = time.localtime(nxt)[-1]
            if dst_now != dst_then:
                nxt += 3600 if dst_now else -3600
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file if it was moved or removed since the last write."""

    def __init__(self, filename, mode='a', encoding=None, delay=0):
        logging.FileHandler.__init__(self, filename, mode, encoding, delay)
        if not os.path.exists(self.baseFilename):
            self.dev, self.ino = -1, -1
        else:
            st = os.stat(self.baseFilename)
            self.dev, self.ino = st[ST_DEV], st[ST_INO]

    def emit(self, record):
        if not os.path.exists(self.baseFilename):
            st = None
            changed = 1
        else:
            st = os.stat(self.baseFilename)
            changed = st[ST_DEV] != self.dev or st[ST_INO] != self.ino
        if changed and self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = self._open()
            if st is None:
                st = os.stat(self.baseFilename)
            self.dev, self.ino = st[ST_DEV], st[ST_INO]
        logging.FileHandler.emit(self, record)


class SocketHandler(logging.Handler):
    """Sends pickled record dictionaries over TCP, length-prefixed."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.sock = None
        self.closeOnError = 0
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if hasattr(s, 'settimeout'):
            s.settimeout(timeout)
        s.connect((self.host, self.port))
        return s

    def createSocket(self):
        now = time.time()
        if self.retryTime is None:
            attempt = 1
        else:
            attempt = now >= self.retryTime
        if attempt:
            try:
                self.sock = self.makeSocket()
                self.retryTime = None
            except socket.error:
                if self.retryTime is None:
                    self.retryPeriod = self.retryStart
                else:
                    self.retryPeriod *= self.retryFactor
                    if self.retryPeriod > self.retryMax:
                        self.retryPeriod = self.retryMax
                self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                if hasattr(self.sock, "sendall"):
                    self.sock.sendall(s)
                else:
                    sent = 0
                    while sent < len(s):
                        sent += self.sock.send(s[sent:])
            except socket.error:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import pickle
        ei = record.exc_info
        if ei:
            self.format(record)
            record.exc_info = None
        d = dict(record.__dict__)
        d['msg'] = record.getMessage()
        d['args'] = None
        data = pickle.dumps(d, 1)
        if ei:
            record.exc_info = ei
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)

    def close(self):
        self.acquire()
        try:
            if self.sock:
                self.sock.close()
                self.sock = None
            logging.Handler.close(self)
        finally:
            self.release()


class DatagramHandler(SocketHandler):
    """Sends pickled record dictionaries as UDP datagrams."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = 0

    def makeSocket(self):
        return socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, (self.host, self.port))


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon (UDP, TCP or a Unix socket)."""

    LOG_EMERG = 0
    LOG_ALERT = 1
    LOG_CRIT = 2
    LOG_ERR = 3
    LOG_WARNING = 4
    LOG_NOTICE = 5
    LOG_INFO = 6
    LOG_DEBUG = 7

    LOG_KERN = 0
    LOG_USER = 1
    LOG_MAIL = 2
    LOG_DAEMON = 3
    LOG_AUTH = 4
    LOG_SYSLOG = 5
    LOG_LPR = 6
    LOG_NEWS = 7
    LOG_UUCP = 8
    LOG_CRON = 9
    LOG_AUTHPRIV = 10
    LOG_FTP = 11
    LOG_LOCAL0 = 16
    LOG_LOCAL1 = 17
    LOG_LOCAL2 = 18
    LOG_LOCAL3 = 19
    LOG_LOCAL4 = 20
    LOG_LOCAL5 = 21
    LOG_LOCAL6 = 22
    LOG_LOCAL7 = 23

    priority_names = {
        "alert": LOG_ALERT, "crit": LOG_CRIT, "critical": LOG_CRIT,
        "debug": LOG_DEBUG, "emerg": LOG_EMERG, "err": LOG_ERR,
        "error": LOG_ERR, "info": LOG_INFO, "notice": LOG_NOTICE,
        "panic": LOG_EMERG, "warn": LOG_WARNING, "warning": LOG_WARNING,
    }

    facility_names = {
        "auth": LOG_AUTH, "authpriv": LOG_AUTHPRIV, "cron": LOG_CRON,
        "daemon": LOG_DAEMON, "ftp": LOG_FTP, "kern": LOG_KERN,
        "lpr": LOG_LPR, "mail": LOG_MAIL, "news": LOG_NEWS,
        "security": LOG_AUTH, "syslog": LOG_SYSLOG, "user": LOG_USER,
        "uucp": LOG_UUCP, "local0": LOG_LOCAL0, "local1": LOG_LOCAL1,
        "local2": LOG_LOCAL2, "local3": LOG_LOCAL3, "local4": LOG_LOCAL4,
        "local5": LOG_LOCAL5, "local6": LOG_LOCAL6, "local7": LOG_LOCAL7,
    }

    priority_map = {
        "DEBUG": "debug", "INFO": "info", "WARNING": "warning",
        "ERROR": "error", "CRITICAL": "critical",
    }

    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER,
                 socktype=socket.SOCK_DGRAM if socket else None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        if isinstance(address, str):
            self.unixsocket = 1
            self._connect_unixsocket(address)
        else:
            self.unixsocket = 0
            self.socket = socket.socket(socket.AF_INET, socktype)
            if socktype == socket.SOCK_STREAM:
                self.socket.connect(address)
        self.formatter = None

    def _connect_unixsocket(self, address):
        self.socket = socket.socket(socket.AF_UNIX, self.socktype)
        try:
            self.socket.connect(address)
        except socket.error:
            self.socket.close()
            raise

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def close(self):
        self.acquire()
        try:
            self.socket.close()
            logging.Handler.close(self)
        finally:
            self.release()

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, "warning")

    def emit(self, record):
        msg = self.format(record)
        if self.append_nul:
            msg += '\000'
        prio = '<%d>' % self.encodePriority(self.facility,
                                            self.mapPriority(record.levelname))
        data = prio.encode('utf-8') + msg.encode('utf-8')
        try:
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except socket.error:
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == socket.SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Sends each record as an e-mail (smtplib is imported on use)."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None):
        logging.Handler.__init__(self)
        if isinstance(mailhost, tuple):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, tuple):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        if isinstance(toaddrs, str):
            toaddrs = [toaddrs]
        self.toaddrs = toaddrs
        self.subject = subject
        self.secure = secure

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            from email.utils import formatdate
            port = self.mailport or smtplib.SMTP_PORT
            smtp = smtplib.SMTP(self.mailhost, port)
            text = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n\r\n%s" % (
                self.fromaddr, ",".join(self.toaddrs),
                self.getSubject(record), formatdate(), self.format(record))
            if self.username:
                if self.secure is not None:
                    smtp.ehlo()
                    smtp.starttls(*self.secure)
                    smtp.ehlo()
                smtp.login(self.username, self.password)
            smtp.sendmail(self.fromaddr, self.toaddrs, text)
            smtp.quit()
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer = []
        finally:
            self.release()

    def close(self):
        self.flush()
        logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target when full or severe."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity or
                record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer = []
        finally:
            self.release()

    def close(self):
        self.flush()
        self.acquire()
        try:
            self.target = None
            BufferingHandler.close(self)
        finally:
            self.release()


class QueueHandler(logging.Handler):
    """Puts prepared records on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        self.format(record)
        record.msg = record.message
        record.args = None
        record.exc_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except (KeyboardInterrupt, SystemExit):
            raise
        except:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and passes them to handlers.

    With threading available, start() runs a background thread.  Without
    it, start() only marks the listener active and stop() (or
    process_pending()) drains the queue in the calling thread.
    """

    _sentinel = None

    def __init__(self, queue, *handlers):
        self.queue = queue
        self.handlers = handlers
        self._stop = threading.Event() if threading is not None else None
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        if threading is None:
            self._thread = True
            return
        t = threading.Thread(target=self._monitor)
        t.setDaemon(True)
        self._thread = t
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            handler.handle(record)

    def process_pending(self):
        """Handle every record already queued, without blocking."""
        q = self.queue
        done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except _EMPTY:
                return False
            if record is self._sentinel:
                return True
            self.handle(record)
            if done:
                q.task_done()

    def _monitor(self):
        q = self.queue
        done = hasattr(q, 'task_done')
        while not self._stop.isSet():
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    break
                self.handle(record)
                if done:
                    q.task_done()
            except _EMPTY:
                pass
        self.process_pending()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if threading is None:
            self.enqueue_sentinel()
            self.process_pending()
            self._thread = None
            return
        self._stop.set()
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
