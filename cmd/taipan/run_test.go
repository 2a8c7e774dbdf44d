package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The tests below run taipan as a separate process (this test binary,
// re-executed as the command), since a running program writes to the
// process's standard streams.
func TestMain(m *testing.M) {
	if os.Getenv("TAIPAN_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// execTaipan runs the command with args in dir and returns its exit
// status and output.
func execTaipan(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TAIPAN_TEST_MAIN=1")
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

// Expected outputs and statuses are CPython 3.2's for the same programs.
func TestRunPrograms(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ok.py", "import sys\nprint('hello', sys.argv[1:])\n")
	write("uncaught.py", "def f():\n    return 1 / 0\nprint('before')\nf()\n")
	write("exit_str.py", "import sys\nprint('out')\nsys.exit('bye')\n")
	write("exit_int.py", "raise SystemExit(3)\n")
	write("exit_none.py", "import sys\nsys.exit()\n")
	write("exit_big.py", "raise SystemExit(256 + 7)\n")
	write("mod_a.py", "import mod_b\nprint(mod_b.VALUE)\n")
	write("mod_b.py", "VALUE = 'imported'\n")
	for _, tt := range []struct {
		args           []string
		stdin          string
		code           int
		stdout, strerr string
	}{
		{[]string{"ok.py", "a", "b"}, "", 0, "hello ['a', 'b']\n", ""},
		{[]string{"uncaught.py"}, "", 1, "before\n", "Traceback (most recent call last):\n  File \"uncaught.py\", line 4, in <module>\n    f()\n  File \"uncaught.py\", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n"},
		{[]string{"exit_str.py"}, "", 1, "out\n", "bye\n"},
		{[]string{"exit_int.py"}, "", 3, "", ""},
		{[]string{"exit_none.py"}, "", 0, "", ""},
		{[]string{"exit_big.py"}, "", 7, "", ""},
		{[]string{"mod_a.py"}, "", 0, "imported\n", ""},
		{[]string{"-c", "import sys; print(sys.argv); raise KeyError('k')", "x"}, "", 1, "['-c', 'x']\n", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyError: 'k'\n"},
		{[]string{"-"}, "x = 6 * 7\nprint(x)\n", 0, "42\n", ""},
		{[]string{"-"}, "print(__file__)\n", 0, "<stdin>\n", ""},
		{[]string{"-c", "print(__file__)"}, "", 1, "", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name '__file__' is not defined\n"},
		{[]string{"-O", "-c", "assert False, 'no'\nprint(__debug__)"}, "", 0, "False\n", ""},
		{[]string{"-c", "assert False, 'no'"}, "", 1, "", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nAssertionError: no\n"},
		// -i: the prompt after the program, on a stream that is not a
		// terminal: results echoed and bound to _, errors reported, the
		// prompt going on; SystemExit ends it.
		{[]string{"-i", "-c", "y = 1"}, "y * 2\n_ + 1\ndef f(a):\n    return a + y\n\nf(2)\n1/0\nx = = 1\nprint('done')\n", 0, "2\n3\n3\ndone\n",
			">>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>>   File \"<stdin>\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n>>> >>> \n"},
		{[]string{"-i", "-c", "pass"}, "import sys\nsys.exit(4)\nprint('not reached')\n", 4, "", ">>> >>> "},
	} {
		code, out, errOut := execTaipan(t, dir, tt.stdin, tt.args...)
		if code != tt.code || out != tt.stdout || errOut != tt.strerr {
			t.Errorf("taipan %v: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr %q",
				tt.args, code, out, errOut, tt.code, tt.stdout, tt.strerr)
		}
	}
}

// TestInterrupt sends SIGINT to a program in an endless loop: it raises
// KeyboardInterrupt there, which the program can catch. The loops end
// their bodies in the different back edges the evaluator has.
func TestInterrupt(t *testing.T) {
	for _, loop := range []string{
		"while True:\n        pass\n",
		"while True:\n        y = 1\n",
		"for x in itertools.count():\n        pass\n",
		"for x in itertools.count():\n        y = x\n",
	} {
		testInterrupt(t, loop)
	}
}

func testInterrupt(t *testing.T, loop string) {
	dir := t.TempDir()
	src := "import sys, itertools\nprint('ready')\nsys.stdout.flush()\ntry:\n    " + loop + "except KeyboardInterrupt:\n    print('caught')\n"
	if err := os.WriteFile(filepath.Join(dir, "loop.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "loop.py")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "TAIPAN_TEST_MAIN=1")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	if _, err := stdout.Read(buf); err != nil || string(buf) != "ready\n" {
		t.Fatalf("read %q, %v", buf, err)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	rest := new(bytes.Buffer)
	rest.ReadFrom(stdout)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v", err)
	}
	if rest.String() != "caught\n" {
		t.Errorf("output after interrupt %q", rest.String())
	}
}
