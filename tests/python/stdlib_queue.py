# queue: FIFO/LIFO/priority ordering, bounds, timeouts and task accounting
import queue
import time
import _thread

q = queue.Queue()
assert q.maxsize == 0 and q.empty() and not q.full() and q.qsize() == 0
for i in range(5):
    q.put(i)
assert q.qsize() == 5 and not q.empty()
assert [q.get() for _ in range(5)] == [0, 1, 2, 3, 4]
try:
    q.get_nowait()
except queue.Empty:
    pass
else:
    raise AssertionError("Empty expected")
try:
    q.get(False)
except queue.Empty as e:
    assert e.args == ()

lq = queue.LifoQueue()
for c in "abc":
    lq.put_nowait(c)
assert [lq.get() for _ in range(3)] == ['c', 'b', 'a']

pq = queue.PriorityQueue()
for v in [5, 1, 4, 2, 3]:
    pq.put((v, str(v)))
assert [pq.get()[0] for _ in range(5)] == [1, 2, 3, 4, 5]

# bounded queue
bq = queue.Queue(2)
bq.put(1)
bq.put(2, block=False)
assert bq.full() and bq.qsize() == 2
for call in (lambda: bq.put_nowait(3), lambda: bq.put(3, False)):
    try:
        call()
    except queue.Full:
        pass
    else:
        raise AssertionError("Full expected")

# timeouts raise after (roughly) the timeout
t0 = time.time()
try:
    bq.put(3, True, 0.2)
except queue.Full:
    pass
else:
    raise AssertionError("Full expected")
assert time.time() - t0 >= 0.15
assert bq.get() == 1 and bq.get() == 2
t0 = time.time()
try:
    bq.get(timeout=0.2)
except queue.Empty:
    pass
else:
    raise AssertionError("Empty expected")
assert time.time() - t0 >= 0.15

for bad in (lambda: bq.get(True, -1), lambda: bq.put(1, True, -1)):
    try:
        bad()
    except ValueError as e:
        assert str(e) == "'timeout' must be a positive number", str(e)
    else:
        raise AssertionError("ValueError expected")
assert bq.qsize() == 0
# put with negative timeout on a non-full bounded queue still validates
bq2 = queue.Queue(1)
bq2.put('x')
try:
    bq2.put('y', True, -1)
except ValueError as e:
    assert str(e) == "'timeout' must be a positive number"
else:
    raise AssertionError("ValueError expected")
try:
    queue.Queue().get(True, -1)
except ValueError as e:
    assert str(e) == "'timeout' must be a positive number"
else:
    raise AssertionError("ValueError expected")
# unbounded put never blocks, even with a negative timeout
q3 = queue.Queue()
q3.put(1, True, -1)
assert q3.get(True, 0) == 1

# task accounting
tq = queue.Queue()
assert tq.unfinished_tasks == 0
tq.join()   # nothing outstanding: returns at once
tq.put('a'); tq.put('b')
assert tq.unfinished_tasks == 2
tq.get(); tq.task_done()
tq.get(); tq.task_done()
tq.join()
try:
    tq.task_done()
except ValueError as e:
    assert str(e) == 'task_done() called too many times'
else:
    raise AssertionError("ValueError expected")

# a second thread feeds a blocked consumer
fq = queue.Queue()
def producer():
    time.sleep(0.05)
    for i in range(3):
        fq.put(i * 10)
def spawn(func):
    # Taipan cannot start threads yet; the threaded checks run where it can.
    try:
        _thread.start_new_thread(func, ())
    except _thread.error:
        return False
    return True
if spawn(producer):
    got = [fq.get(timeout=5) for _ in range(3)]
    assert got == [0, 10, 20], got

# a second thread drains a blocked producer; join waits for task_done
wq = queue.Queue(1)
done = []
def consumer():
    for _ in range(3):
        item = wq.get(timeout=5)
        done.append(item)
        wq.task_done()
if spawn(consumer):
    for i in range(3):
        wq.put(i, timeout=5)
    wq.join()
    assert done == [0, 1, 2], done

# subclasses may override the storage hooks
class Rev(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
r = Rev()
r.put(1); r.put(2)
assert r.get() == 2
assert issubclass(queue.Empty, Exception) and issubclass(queue.Full, Exception)
assert sorted(queue.__all__) == ['Empty', 'Full', 'LifoQueue', 'PriorityQueue', 'Queue']
