# subprocess and os.popen: children of sys.executable and of the shell,
# their exit status, pipes, redirections, environment, working directory,
# and the errors of a child that cannot start.

import errno
import os
import signal
import subprocess
import sys

PY = sys.executable
assert PY


def py(code, *args):
    return [PY, "-c", code] + list(args)


# Exit status.
assert subprocess.call(py("import sys; sys.exit(3)")) == 3
assert subprocess.call(py("pass")) == 0
assert subprocess.call(py("raise SystemExit(-1 % 256)")) == 255
assert subprocess.call(["sh", "-c", "exit 7"]) == 7
p = subprocess.Popen(py("import sys; sys.exit(5)"))
assert p.pid > 0 and p.returncode is None
assert p.wait() == 5 and p.returncode == 5 and p.poll() == 5

# A child killed by a signal has a negative returncode.
p = subprocess.Popen(["sleep", "30"])
assert p.poll() is None
p.terminate()
assert p.wait() == -signal.SIGTERM
p = subprocess.Popen(["sleep", "30"])
p.kill()
assert p.wait() == -signal.SIGKILL
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
assert p.wait() == -signal.SIGINT

# Pipes: stdin, stdout and stderr.
p = subprocess.Popen(py("import sys; data = sys.stdin.read(); "
                        "sys.stdout.write(data.upper()); sys.stderr.write('e' + data)"),
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(b"hello")
assert (out, err) == (b"HELLO", b"ehello"), (out, err)
assert p.returncode == 0

# One pipe only.
p = subprocess.Popen(py("print('only out')"), stdout=subprocess.PIPE)
assert p.communicate() == (b"only out\n", None)
p = subprocess.Popen(py("import sys; sys.stderr.write('only err')"), stderr=subprocess.PIPE)
assert p.communicate() == (None, b"only err")
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=open(os.devnull, "wb"))
assert p.communicate(b"ignored") == (None, None)
assert p.returncode == 0

# Reading the pipe files directly.
p = subprocess.Popen(["sh", "-c", "echo one; echo two"], stdout=subprocess.PIPE)
assert p.stdout.readline() == b"one\n"
assert p.stdout.read() == b"two\n"
p.stdout.close()
assert p.wait() == 0

# Large data both ways does not deadlock.
big = b"x" * 300000
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
out, err = p.communicate(big)
assert out == big and err == b""

# stderr to stdout.
out = subprocess.check_output(["sh", "-c", "echo out; echo err 1>&2"],
                              stderr=subprocess.STDOUT)
assert out == b"out\nerr\n", out

# Redirection to descriptors and files.
r, w = os.pipe()
assert subprocess.call(["sh", "-c", "echo to fd"], stdout=w) == 0
os.close(w)
assert os.read(r, 100) == b"to fd\n"
os.close(r)
r, w = os.pipe()
os.write(w, b"from fd")
os.close(w)
assert subprocess.check_output(["cat"], stdin=r) == b"from fd"
os.close(r)
with open(os.devnull, "rb") as f:
    assert subprocess.check_output(["cat"], stdin=f) == b""

# universal_newlines: text in and out.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, universal_newlines=True)
out, err = p.communicate("a\r\nb\rc\n")
assert (out, err) == ("a\nb\nc\n", ""), (out, err)

# Environment and working directory.
out = subprocess.check_output(py("import os; print(os.environ.get('TP_FRUIT'))"),
                              env={"TP_FRUIT": "apple"})
assert out == b"apple\n", out
os.environ["TP_INHERITED"] = "yes"
out = subprocess.check_output(["sh", "-c", "echo $TP_INHERITED"])
assert out == b"yes\n", out
del os.environ["TP_INHERITED"]
assert subprocess.check_output(["sh", "-c", "echo ${TP_INHERITED-unset}"]) == b"unset\n"
assert subprocess.check_output(["env"], env={}) == b""
assert subprocess.check_output(["pwd"], cwd="/") == b"/\n"
out = subprocess.check_output(py("import os; print(os.getcwd())"), cwd="/tmp")
assert out.strip() == os.path.realpath("/tmp").encode(), out

# The shell.
assert subprocess.check_output("echo $((6*7))", shell=True) == b"42\n"
assert subprocess.check_output(["echo $0 $1", "zero", "one"], shell=True) == b"zero one\n"
assert subprocess.call("exit 4", shell=True) == 4

# executable replaces the program; args[0] is only its name.
assert subprocess.check_output(["myname", "-c", "echo $0"], executable="sh") == b"myname\n"

# check_call and check_output.
assert subprocess.check_call(["true"]) == 0
try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    assert e.returncode == 3 and e.cmd == ["sh", "-c", "exit 3"] and e.output is None
    assert str(e) == "Command '['sh', '-c', 'exit 3']' returned non-zero exit status 3", str(e)
else:
    raise AssertionError("no CalledProcessError")
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    assert (e.returncode, e.output) == (2, b"partial\n")
else:
    raise AssertionError("no CalledProcessError")
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    assert str(e) == "stdout argument not allowed, it will be overridden."
else:
    raise AssertionError("no ValueError")
assert issubclass(subprocess.CalledProcessError, Exception)

# A program that cannot start raises OSError with the child's errno.
try:
    subprocess.Popen(["/nonexistent/program/tp"])
except OSError as e:
    assert e.errno == errno.ENOENT, e
    assert e.strerror == "No such file or directory: '/nonexistent/program/tp'", e.strerror
else:
    raise AssertionError("no OSError")
try:
    subprocess.call(["tp-no-such-program-anywhere"])
except OSError as e:
    assert e.errno == errno.ENOENT
    assert e.strerror.endswith(": 'tp-no-such-program-anywhere'"), e.strerror
else:
    raise AssertionError("no OSError")
try:
    subprocess.Popen(["true"], cwd="/nonexistent/dir/tp")
except OSError as e:
    assert e.errno == errno.ENOENT
    assert e.strerror == "No such file or directory: '/nonexistent/dir/tp'", e.strerror
else:
    raise AssertionError("no OSError")
try:
    subprocess.Popen(["/"])
except OSError as e:
    assert e.errno == errno.EACCES, e
else:
    raise AssertionError("no OSError")
# Nothing leaks from a failed start.
before = sorted(os.listdir("/proc/self/fd"))
for i in range(5):
    try:
        subprocess.Popen(["/nonexistent/tp"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError:
        pass
assert sorted(os.listdir("/proc/self/fd")) == before

# Argument errors.
try:
    subprocess.Popen(["true"], bufsize="1")
except TypeError as e:
    assert str(e) == "bufsize must be an integer"
else:
    raise AssertionError("no TypeError")
try:
    subprocess.Popen(["true"], startupinfo=1)
except ValueError as e:
    assert str(e) == "startupinfo is only supported on Windows platforms"
else:
    raise AssertionError("no ValueError")

# Descriptors: close_fds (the default) closes them, pass_fds keeps some.
r, w = os.pipe()
script = py("import os, sys; os.write(int(sys.argv[1]), b'hi\\n')", str(w))
assert subprocess.call(script, stderr=open(os.devnull, "w")) == 1
assert subprocess.call(script, close_fds=False) == 0
assert subprocess.call(script, pass_fds=[w]) == 0
os.close(w)
assert os.read(r, 100) == b"hi\nhi\n"
os.close(r)

# Standard descriptors swapped and reused.
p = subprocess.Popen(py("import sys; sys.stdout.write('O'); sys.stderr.write('E')"),
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
assert p.communicate() == (b"O", b"E")

# A new session.
out = subprocess.check_output(py("import os; print(os.getsid(0))"), start_new_session=True)
assert int(out) != os.getsid(0)

# The context manager closes the pipes and waits.
with subprocess.Popen(["sh", "-c", "echo ctx; exit 6"], stdout=subprocess.PIPE) as p:
    assert p.stdout.read() == b"ctx\n"
assert p.returncode == 6 and p.stdout.closed

# getstatusoutput and getoutput.
assert subprocess.getstatusoutput("echo hello; exit 3") == (768, "hello")
assert subprocess.getstatusoutput("echo out; echo err >&2") == (0, "out\nerr")
assert subprocess.getoutput("echo hi") == "hi"

# os.popen.
f = os.popen("echo popen; echo two")
assert f.readline() == "popen\n"
assert list(f) == ["two\n"]
assert f.close() is None
f = os.popen("exit 2")
assert f.read() == "" and f.close() == 2 << 8
f = os.popen("cat > /dev/null", "w")
f.write("data")
assert f.close() is None
with os.popen("echo with") as f:
    assert f.read() == "with\n"
for bad, exc in ((1, TypeError), ):
    try:
        os.popen(bad)
    except exc:
        pass
    else:
        raise AssertionError("no error")
try:
    os.popen("true", "rw")
except ValueError as e:
    assert str(e) == "invalid mode 'rw'"
else:
    raise AssertionError("no ValueError")

# list2cmdline follows the Microsoft C runtime's quoting.
cases = [
    (["a b c", "d", "e"], '"a b c" d e'),
    (['ab"c', "\\", "d"], 'ab\\"c \\ d'),
    (['ab"c', " \\", "d"], 'ab\\"c " \\\\" d'),
    (["a\\\\\\b", "de fg", "h"], 'a\\\\\\b "de fg" h'),
    (['a\\"b', "c", "d"], 'a\\\\\\"b c d'),
    (["a\\\\b c", "d", "e"], '"a\\\\b c" d e'),
    (["a\\\\b\\ c", "d", "e"], '"a\\\\b\\ c" d e'),
    (["ab", ""], 'ab ""'),
]
for seq, line in cases:
    assert subprocess.list2cmdline(seq) == line, (seq, subprocess.list2cmdline(seq))

assert subprocess.PIPE == -1 and subprocess.STDOUT == -2
assert sorted(subprocess.__all__) == sorted(["Popen", "PIPE", "STDOUT", "call",
                                             "check_call", "getstatusoutput",
                                             "getoutput", "check_output",
                                             "CalledProcessError"])
