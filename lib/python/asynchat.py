"""Line- and record-oriented channels on top of asyncore.

async_chat splits incoming data at a terminator (a byte string, a byte
count, or None for "everything") and calls found_terminator() for each
record; outgoing data is queued with push() or push_with_producer() and
written as the socket accepts it.

Subclasses implement collect_incoming_data(data) and found_terminator().
"""

import socket
import asyncore
from collections import deque


def buffer(obj, start=None, stop=None):
    # the slice obj[start:stop] of a buffer-supporting object; anything
    # else (a producer) raises TypeError through memoryview()
    memoryview(obj)
    if start is None:
        start = 0
    if stop is None:
        stop = len(obj)
    return obj[start:stop]


class async_chat(asyncore.dispatcher):
    """Abstract channel: derive from it and provide
    collect_incoming_data() and found_terminator()."""

    ac_in_buffer_size = 4096
    ac_out_buffer_size = 4096

    # with use_encoding, str terminators and data are encoded first
    use_encoding = 0
    encoding = 'latin1'

    def __init__(self, sock=None, map=None):
        self.ac_in_buffer = b''      # received, not yet split
        self.incoming = []           # collected pieces of the current record
        self.producer_fifo = deque() # data and producers waiting to be sent
        asyncore.dispatcher.__init__(self, sock, map)

    def collect_incoming_data(self, data):
        raise NotImplementedError("must be implemented in subclass")

    def _collect_incoming_data(self, data):
        self.incoming.append(data)

    def _get_data(self):
        joined = b''.join(self.incoming)
        del self.incoming[:]
        return joined

    def found_terminator(self):
        raise NotImplementedError("must be implemented in subclass")

    def set_terminator(self, term):
        "Set the input delimiter: a byte string, an integer count, or None"
        if isinstance(term, str) and self.use_encoding:
            term = bytes(term, self.encoding)
        self.terminator = term

    def get_terminator(self):
        return self.terminator

    def handle_read(self):
        try:
            data = self.recv(self.ac_in_buffer_size)
        except socket.error:
            self.handle_error()
            return
        if isinstance(data, str) and self.use_encoding:
            data = bytes(data, self.encoding)
        self.ac_in_buffer = self.ac_in_buffer + data

        # split off as many records as the buffer holds; the terminator
        # may change after each one
        while self.ac_in_buffer:
            have = len(self.ac_in_buffer)
            term = self.get_terminator()
            if not term:
                # no terminator: everything is data
                self.collect_incoming_data(self.ac_in_buffer)
                self.ac_in_buffer = b''
            elif isinstance(term, int):
                # a byte count
                if have < term:
                    self.collect_incoming_data(self.ac_in_buffer)
                    self.ac_in_buffer = b''
                    self.terminator = self.terminator - have
                else:
                    self.collect_incoming_data(self.ac_in_buffer[:term])
                    self.ac_in_buffer = self.ac_in_buffer[term:]
                    self.terminator = 0
                    self.found_terminator()
            else:
                at = self.ac_in_buffer.find(term)
                if at != -1:
                    if at > 0:
                        self.collect_incoming_data(self.ac_in_buffer[:at])
                    self.ac_in_buffer = self.ac_in_buffer[at + len(term):]
                    self.found_terminator()
                    continue
                # keep back a tail that might start the terminator
                partial = find_prefix_at_end(self.ac_in_buffer, term)
                if partial:
                    if partial != have:
                        self.collect_incoming_data(
                            self.ac_in_buffer[:-partial])
                        self.ac_in_buffer = self.ac_in_buffer[-partial:]
                    break
                self.collect_incoming_data(self.ac_in_buffer)
                self.ac_in_buffer = b''

    def handle_write(self):
        self.initiate_send()

    def handle_close(self):
        self.close()

    def push(self, data):
        size = self.ac_out_buffer_size
        if len(data) > size:
            for start in range(0, len(data), size):
                self.producer_fifo.append(data[start:start + size])
        else:
            self.producer_fifo.append(data)
        self.initiate_send()

    def push_with_producer(self, producer):
        self.producer_fifo.append(producer)
        self.initiate_send()

    def readable(self):
        "predicate for inclusion in the readable for select()"
        return 1

    def writable(self):
        "predicate for inclusion in the writable for select()"
        return self.producer_fifo or (not self.connected)

    def close_when_done(self):
        "automatically close this channel once the outgoing queue is empty"
        self.producer_fifo.append(None)

    def initiate_send(self):
        while self.producer_fifo and self.connected:
            head = self.producer_fifo[0]
            if not head:
                # an empty entry is dropped; None means close now
                del self.producer_fifo[0]
                if head is None:
                    self.handle_close()
                return
            limit = self.ac_out_buffer_size
            try:
                data = buffer(head, 0, limit)
            except TypeError:
                # a producer: put its next piece in front of it
                data = head.more()
                if data:
                    self.producer_fifo.appendleft(data)
                else:
                    del self.producer_fifo[0]
                continue
            if isinstance(data, str) and self.use_encoding:
                data = bytes(data, self.encoding)
            try:
                sent = self.send(data)
            except socket.error:
                self.handle_error()
                return
            if sent:
                if sent < len(data) or limit < len(head):
                    self.producer_fifo[0] = head[sent:]
                else:
                    del self.producer_fifo[0]
            # one send per call; the loop calls again when writable
            return

    def discard_buffers(self):
        self.ac_in_buffer = b''
        del self.incoming[:]
        self.producer_fifo.clear()


class simple_producer:
    """Hands out data in pieces of at most buffer_size bytes."""

    def __init__(self, data, buffer_size=512):
        self.data = data
        self.buffer_size = buffer_size

    def more(self):
        if len(self.data) > self.buffer_size:
            piece = self.data[:self.buffer_size]
            self.data = self.data[self.buffer_size:]
        else:
            piece = self.data
            self.data = b''
        return piece


class fifo:
    def __init__(self, list=None):
        self.list = deque(list) if list else deque()

    def __len__(self):
        return len(self.list)

    def is_empty(self):
        return not self.list

    def first(self):
        return self.list[0]

    def push(self, data):
        self.list.append(data)

    def pop(self):
        if not self.list:
            return (0, None)
        return (1, self.list.popleft())


def find_prefix_at_end(haystack, needle):
    """Length of the longest proper prefix of needle that ends haystack."""
    n = len(needle) - 1
    while n and not haystack.endswith(needle[:n]):
        n -= 1
    return n
