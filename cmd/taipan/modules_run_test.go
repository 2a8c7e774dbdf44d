package main

import (
	"archive/zip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A project as a new user makes one: a package with a subpackage,
// relative imports and a __main__.py, run with -m, as a folder and
// zipped; outputs are CPython 3.2's.
func TestRunModulesAndArchives(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"app/__init__.py":     "VERSION = '1.0'\n",
		"app/__main__.py":     "import sys\nfrom . import core\nprint('main', __name__, __package__, sys.argv[1:], core.run())\n",
		"app/core.py":         "from . import VERSION\nfrom .sub.tool import NAME\ndef run(): return VERSION + ' ' + NAME\n",
		"app/sub/__init__.py": "",
		"app/sub/tool.py":     "NAME = 'tool'\n",
		"single.py":           "import sys\nprint('single', __name__, sys.argv)\n",
		"dirapp/__main__.py":  "import sys\nprint('dir', __name__, sys.argv, sys.path[0])\n",
		"lib1/extra.py":       "print('extra imported')\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	zf, err := os.Create(filepath.Join(dir, "app.zip"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(zf)
	for _, name := range []string{"app/__init__.py", "app/core.py", "app/sub/__init__.py", "app/sub/tool.py"} {
		w, _ := zw.Create(name)
		w.Write([]byte(files[name]))
	}
	w, _ := zw.Create("__main__.py")
	w.Write([]byte("import sys, app.core\nprint('zip', __name__, sys.argv, app.core.run())\n"))
	zw.Close()
	zf.Close()

	for _, tt := range []struct {
		args     []string
		env      string
		code     int
		out, err string
	}{
		{[]string{"-m", "app", "x"}, "", 0, "main __main__ app ['x'] 1.0 tool\n", ""},
		{[]string{"-m", "single", "a"}, "", 0, "single __main__ ['" + filepath.Join(dir, "single.py") + "', 'a']\n", ""},
		{[]string{"-m", "app.sub"}, "", 1, "", ": No module named app.sub.__main__; 'app.sub' is a package and cannot be directly executed\n"},
		{[]string{"-m", "nothere"}, "", 1, "", ": No module named nothere\n"},
		{[]string{"dirapp", "q"}, "", 0, "dir __main__ ['dirapp', 'q'] dirapp\n", ""},
		{[]string{"app.zip", "1"}, "", 0, "zip __main__ ['app.zip', '1'] 1.0 tool\n", ""},
		{[]string{"single.py"}, "", 0, "single __main__ ['single.py']\n", ""},
		{[]string{"-c", "import extra"}, "PYTHONPATH=lib1", 0, "extra imported\n", ""},
		{[]string{"-E", "-c", "import extra"}, "PYTHONPATH=lib1", 1, "", "ImportError: No module named extra\n"},
		{[]string{"-S", "-c", "import sys; print('site' in sys.modules)"}, "", 0, "False\n", ""},
		{[]string{"-c", "import sys; print('site' in sys.modules)"}, "", 0, "True\n", ""},
		{[]string{"-v", "-S", "-c", "import app.core"}, "", 0, "", "import app # directory app\n"},
	} {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			if tt.env != "" {
				kv := strings.SplitN(tt.env, "=", 2)
				t.Setenv(kv[0], kv[1])
			}
			code, out, errOut := execTaipan(t, dir, "", tt.args...)
			if code != tt.code || out != tt.out || !strings.Contains(errOut, tt.err) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errOut, tt.code, tt.out, tt.err)
			}
		})
	}
}
