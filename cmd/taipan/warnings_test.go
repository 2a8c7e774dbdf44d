package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// execTaipanEnv runs the command as execTaipan does, with PYTHONWARNINGS
// set to warnings (unset when empty).
func execTaipanEnv(t *testing.T, dir, warnings string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	env := []string{"TAIPAN_TEST_MAIN=1"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONWARNINGS=") {
			env = append(env, kv)
		}
	}
	if warnings != "" {
		env = append(env, "PYTHONWARNINGS="+warnings)
	}
	cmd.Env = env
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

// TestWarningOptions checks -W, PYTHONWARNINGS, -b and -bb, and the
// compiler's warnings going through the filters. Expected outputs and
// statuses are CPython 3.2's for the same command lines.
func TestWarningOptions(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"assert.py": "x = 1\nassert (x, 2)\nprint(\"ran\")\n",
		"glob.py":   "def f():\n    y = 1\n    global y\nprint(\"ran\")\n",
		"bw.py":     "print(b'a' == 'a')\nprint(str(b'z'))\n",
		"w.py":      "import warnings\nwarnings.warn('from file')\nwarnings.warn('dep', DeprecationWarning)\nprint('end')\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const warnW = "import warnings; warnings.warn('w')"
	const uncaughtW = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUserWarning: w\n"
	const fromFile = "w.py:2: UserWarning: from file\n  warnings.warn('from file')\n"
	for _, tt := range []struct {
		env            string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"", []string{"-c", warnW}, 0, "", "-c:1: UserWarning: w\n"},
		{"", []string{"-W", "error", "-c", warnW}, 1, "", uncaughtW},
		{"error", []string{"-c", warnW}, 1, "", uncaughtW},
		{"ignore", []string{"-W", "error", "-c", warnW}, 0, "", ""},
		{"", []string{"-W", "ignore::UserWarning", "-c", warnW}, 0, "", ""},
		{"c,,d", []string{"-W", "a", "-Wb", "-c", "import sys; print(sys.warnoptions)"}, 0, "['a', 'b', 'c', 'd']\n",
			"Invalid -W option ignored: invalid action: 'b'\nInvalid -W option ignored: invalid action: 'c'\n"},
		{"error", []string{"-E", "-c", "import sys; print(sys.warnoptions)"}, 0, "[]\n", ""},
		{"", []string{"-W", "bogus", "-W", "error::Nope", "-c", "pass"}, 0, "",
			"Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: unknown warning category: 'Nope'\n"},
		{"", []string{"assert.py"}, 0, "ran\n", "assert.py:2: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (x, 2)\n"},
		{"", []string{"-W", "error", "assert.py"}, 1, "", "SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"},
		{"ignore::SyntaxWarning", []string{"assert.py"}, 0, "ran\n", ""},
		{"", []string{"-W", "error", "glob.py"}, 1, "", "  File \"glob.py\", line 1\n    def f():\nSyntaxError: name 'y' is assigned to before global declaration\n"},
		{"", []string{"-W", "ignore", "glob.py"}, 0, "ran\n", ""},
		{"", []string{"bw.py"}, 0, "False\nb'z'\n", ""},
		{"", []string{"-b", "bw.py"}, 0, "False\nb'z'\n",
			"bw.py:1: BytesWarning: Comparison between bytes and string\n  print(b'a' == 'a')\nbw.py:2: BytesWarning: str() on a bytes instance\n  print(str(b'z'))\n"},
		{"", []string{"-bb", "bw.py"}, 1, "",
			"Traceback (most recent call last):\n  File \"bw.py\", line 1, in <module>\n    print(b'a' == 'a')\nBytesWarning: Comparison between bytes and string\n"},
		{"", []string{"-bb", "-W", "ignore::BytesWarning", "bw.py"}, 0, "False\nb'z'\n", ""},
		{"", []string{"w.py"}, 0, "end\n", fromFile},
		{"", []string{"-W", "error::DeprecationWarning", "w.py"}, 1, "",
			fromFile + "Traceback (most recent call last):\n  File \"w.py\", line 3, in <module>\n    warnings.warn('dep', DeprecationWarning)\nDeprecationWarning: dep\n"},
		{"", []string{"-W", "default", "w.py"}, 0, "end\n", fromFile + "w.py:3: DeprecationWarning: dep\n  warnings.warn('dep', DeprecationWarning)\n"},
		{"", []string{"-bb", "-c", "import sys; print(sys.flags.bytes_warning)"}, 0, "2\n", ""},
	} {
		code, stdout, stderr := execTaipanEnv(t, dir, tt.env, tt.args...)
		if code != tt.code || stdout != tt.stdout || stderr != tt.stderr {
			t.Errorf("PYTHONWARNINGS=%q taipan %q:\n got  %d %q %q\n want %d %q %q",
				tt.env, tt.args, code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
		}
	}
}
