package vm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// runFile writes src to a file named name in a new folder, runs it as
// __main__ and returns what CPython would print for its uncaught
// exception ("" when there is none), with the folder's path left out.
func runFile(t *testing.T, name, src string) string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	mod, err := parser.ParseFile(file, []byte(src), parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: file})
	if err != nil {
		t.Fatal(err)
	}
	th := py.NewThread(NewInterpreter(&builtins.Options{Argv: []string{file}, Path: []string{dir}}))
	err = RunMain(th, code, file)
	if err == nil {
		return ""
	}
	return strings.ReplaceAll(py.FormatException(th, err.(*py.BaseException)), dir+"/", "")
}

// The expected reports are what CPython 3.2.6 printed for the same
// programs.
var tracebackTests = []struct{ name, src, want string }{
	{"cause.py", `def g():
    try:
        1/0
    except ZeroDivisionError as e:
        raise KeyError('x') from e
class C:
    def m(self):
        return [i for i in self.gen()]
    def gen(self):
        yield 1
        g()
C().m()
`, `Traceback (most recent call last):
  File "cause.py", line 3, in g
    1/0
ZeroDivisionError: division by zero

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "cause.py", line 12, in <module>
    C().m()
  File "cause.py", line 8, in m
    return [i for i in self.gen()]
  File "cause.py", line 8, in <listcomp>
    return [i for i in self.gen()]
  File "cause.py", line 11, in gen
    g()
  File "cause.py", line 5, in g
    raise KeyError('x') from e
KeyError: 'x'
`},
	{"empty.py", `class E(Exception):
    def __str__(self): return ""
def f(n):
    if n == 0: raise E()
    f(n-1)
f(3)
`, `Traceback (most recent call last):
  File "empty.py", line 6, in <module>
    f(3)
  File "empty.py", line 5, in f
    f(n-1)
  File "empty.py", line 5, in f
    f(n-1)
  File "empty.py", line 5, in f
    f(n-1)
  File "empty.py", line 4, in f
    if n == 0: raise E()
__main__.E
`},
	{"classbody.py", `class K:
    x = 1
    y = x.foo
`, `Traceback (most recent call last):
  File "classbody.py", line 1, in <module>
    class K:
  File "classbody.py", line 3, in K
    y = x.foo
AttributeError: 'int' object has no attribute 'foo'
`},
	{"context.py", `try:
    raise TypeError("a")
except TypeError:
    try:
        raise ValueError("b")
    except ValueError:
        raise KeyError("c")
`, `Traceback (most recent call last):
  File "context.py", line 2, in <module>
    raise TypeError("a")
TypeError: a

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "context.py", line 5, in <module>
    raise ValueError("b")
ValueError: b

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "context.py", line 7, in <module>
    raise KeyError("c")
KeyError: 'c'
`},
	{"reraise.py", `def outer():
    def inner():
        raise RuntimeError
    try:
        inner()
    except RuntimeError as e:
        raise ValueError from e
try:
    outer()
except ValueError as v:
    raise
`, `Traceback (most recent call last):
  File "reraise.py", line 5, in outer
    inner()
  File "reraise.py", line 3, in inner
    raise RuntimeError
RuntimeError

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "reraise.py", line 9, in <module>
    outer()
  File "reraise.py", line 7, in outer
    raise ValueError from e
ValueError
`},
	{"bare.py", `class MyErr(Exception):
    pass
def rr():
    try:
        raise MyErr()
    except MyErr:
        raise
try:
    rr()
finally:
    x = 1
`, `Traceback (most recent call last):
  File "bare.py", line 9, in <module>
    rr()
  File "bare.py", line 5, in rr
    raise MyErr()
__main__.MyErr
`},
	{"exit.py", `class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError('exit')
def f():
    with CM():
        1/0
f()
`, `Traceback (most recent call last):
  File "exit.py", line 7, in f
    1/0
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "exit.py", line 8, in <module>
    f()
  File "exit.py", line 7, in f
    1/0
  File "exit.py", line 4, in __exit__
    raise KeyError('exit')
KeyError: 'exit'
`},
	{"syntax.py", "exec(\"x = (1,\\n  2 +)\")\n", `Traceback (most recent call last):
  File "syntax.py", line 1, in <module>
    exec("x = (1,\n  2 +)")
  File "<string>", line 2
    2 +)
       ^
SyntaxError: invalid syntax
`},
	{"indent.py", "def f():\n\tif 1:\n\t\traise ValueError('tabs')   \nf()\n", `Traceback (most recent call last):
  File "indent.py", line 4, in <module>
    f()
  File "indent.py", line 3, in f
    raise ValueError('tabs')   
ValueError: tabs
`},
}

func TestTracebacks(t *testing.T) {
	for _, tt := range tracebackTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := runFile(t, tt.name, tt.src); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
