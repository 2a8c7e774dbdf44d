package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// PYTHONSTARTUP, the banner and -i with standard input that is not a
// terminal, and -m's corner cases; the expected outputs are CPython
// 3.2's for the same commands (its banner's first line aside).
func TestStartupAndInspect(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"st.py":           "print('STARTUP RAN', __file__)\nS = 1\n",
		"st_exit.py":      "import sys\nsys.exit(4)\n",
		"st_error.py":     "1/0\n",
		"sc.py":           "print('script', 'S' in globals())\n",
		"exiter.py":       "import sys\nx = 5\nsys.exit(3)\n",
		"raiser.py":       "raise ValueError('boom')\n",
		"shows_argv.py":   "import sys\nprint(sys.argv[0])\n",
		"pkg/__init__.py": "",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	banner := bannerText(false) + "\n"
	for _, tt := range []struct {
		name, startup string
		args          []string
		stdin         string
		code          int
		out, err      string
	}{
		// -i reads standard input as at a terminal: banner, startup file
		// (with __file__ set while it runs), prompts on stderr.
		{"-i piped", "st.py", []string{"-i"}, "print(S, '__file__' in dir())\n", 0,
			"STARTUP RAN st.py\n1 False\n", banner + ">>> >>> \n"},
		{"-i -", "st.py", []string{"-i", "-"}, "print(S)\n", 0, "STARTUP RAN st.py\n1\n", banner + ">>> >>> \n"},
		{"-i -q", "st.py", []string{"-i", "-q"}, "print(S)\n", 0, "STARTUP RAN st.py\n1\n", ">>> >>> \n"},
		{"-i -S", "st.py", []string{"-i", "-S"}, "", 0, "STARTUP RAN st.py\n", bannerText(true) + "\n>>> \n"},
		{"-E -i", "st.py", []string{"-E", "-i"}, "print('S' in dir())\n", 0, "False\n", banner + ">>> >>> \n"},
		// Without -i, piped input is a program: no startup file.
		{"piped", "st.py", nil, "print('S' in dir())\n", 0, "False\n", ""},
		// Nor with a program, -c or -m before the prompt.
		{"-i -c", "st.py", []string{"-i", "-c", "print(1)"}, "print('S' in dir())\n", 0, "1\nFalse\n", ">>> >>> \n"},
		{"-i script", "st.py", []string{"-i", "sc.py"}, "print('S' in dir())\n", 0, "script False\nFalse\n", ">>> >>> \n"},
		{"-i -m", "st.py", []string{"-i", "-m", "sc"}, "print('S' in dir(), __name__)\n", 0,
			"script False\nFalse __main__\n", ">>> >>> \n"},
		// Problems in the startup file.
		{"startup exits", "st_exit.py", []string{"-i"}, "print(2)\n", 4, "", banner},
		{"startup raises", "st_error.py", []string{"-i"}, "print(2)\n", 0, "2\n",
			banner + "Traceback (most recent call last):\n  File \"st_error.py\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n>>> >>> \n"},
		{"startup missing", "nothere.py", []string{"-i"}, "print(2)\n", 0, "2\n",
			banner + "Could not open PYTHONSTARTUP\nIOError: [Errno 2] No such file or directory: 'nothere.py'\n>>> >>> \n"},
		// Under -i, SystemExit is reported and the prompt follows.
		{"-i exit", "", []string{"-i", "exiter.py"}, "print('after', x)\n", 0, "after 5\n",
			"Traceback (most recent call last):\n  File \"exiter.py\", line 3, in <module>\n    sys.exit(3)\nSystemExit: 3\n>>> >>> \n"},
		{"-i -m raises", "", []string{"-i", "-m", "raiser"}, "print('after', __name__)\n", 0, "after __main__\n", "ValueError: boom\n>>> >>> \n"},
		// -m: sys.argv[0] is "-m" while the module is found.
		{"-m argv", "", []string{"-m", "shows_argv.x"}, "", 1, "-m\n", ": No module named shows_argv.x\n"},
		{"-m package", "", []string{"-m", "pkg"}, "", 1, "", ": No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n"},
		{"-m alias", "", []string{"-m", "os.path"}, "", 1, "", ": Loader for module posixpath cannot handle module os.path\n"},
		{"-m raises", "", []string{"-m", "raiser"}, "", 1, "", "ValueError: boom\n"},
		{"-m exits", "", []string{"-m", "exiter"}, "", 3, "", ""},
		// -v: the zipimport hook, then the banner, whatever runs.
		{"-v", "", []string{"-v", "-S", "-c", "pass"}, "", 0, "",
			"# installing zipimport hook\nimport zipimport # builtin\n# installed zipimport hook\n" + bannerText(true) + "\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PYTHONSTARTUP", tt.startup)
			code, out, errOut := execTaipan(t, dir, tt.stdin, tt.args...)
			okErr := errOut == tt.err
			if strings.HasPrefix(tt.err, ":") || strings.HasPrefix(tt.err, "ValueError") {
				okErr = strings.HasSuffix(errOut, tt.err)
			}
			if tt.name == "-v" {
				okErr = strings.HasPrefix(errOut, tt.err)
			}
			if code != tt.code || out != tt.out || !okErr {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errOut, tt.code, tt.out, tt.err)
			}
		})
	}
}
