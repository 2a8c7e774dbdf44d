package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runTaipan(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestDumpASTOfExample(t *testing.T) {
	code, out, errOut := runTaipan(t, "", "-X", "ast", "../../examples/hello.py")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"Module(body=[Import(names=[alias(name='sys', asname=None)])", "FunctionDef(name='greet'", "DictComp("} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestSyntaxErrorReport(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, []byte("x = 1\nif x\n    pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runTaipan(t, "", prog)
	want := "  File \"" + prog + "\", line 2\n    if x\n       ^\nSyntaxError: invalid syntax\n"
	if code != 1 || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1, stderr:\n%s", code, errOut, want)
	}
}

func TestCommandSyntaxError(t *testing.T) {
	code, _, errOut := runTaipan(t, "", "-c", "x = (")
	want := "  File \"<string>\", line 1\n    x = (\n        ^\nSyntaxError: unexpected EOF while parsing\n"
	if code != 1 || errOut != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
}

func TestStdinAndCheckErrors(t *testing.T) {
	code, _, errOut := runTaipan(t, "def f():\n    nonlocal x\n", "-")
	if code != 1 || errOut != "SyntaxError: no binding for nonlocal 'x' found\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runTaipan(t, "break\n", "-X", "ast")
	want := "  File \"<stdin>\", line 1\nSyntaxError: 'break' outside loop\n"
	if code != 1 || errOut != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
}

func TestParserStackOverflow(t *testing.T) {
	src := "x = " + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + "\n"
	code, _, errOut := runTaipan(t, src, "-")
	if code != 1 || errOut != "s_push: parser stack overflow\nMemoryError\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestOptions(t *testing.T) {
	if code, out, errOut := runTaipan(t, "", "-V"); code != 0 || out != "" || errOut != "Python 3.2.6\n" {
		t.Errorf("-V: exit %d, %q, %q", code, out, errOut)
	}
	if code, out, _ := runTaipan(t, "", "-h"); code != 0 || !strings.Contains(out, "-c cmd : program passed in as string") {
		t.Errorf("-h: exit %d, %q", code, out)
	}
	if code, _, errOut := runTaipan(t, "", "-Z"); code != 2 || !strings.HasPrefix(errOut, "Unknown option: -Z\n") {
		t.Errorf("-Z: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runTaipan(t, "", "-c"); code != 2 || !strings.HasPrefix(errOut, "Argument expected for the -c option\n") {
		t.Errorf("-c: exit %d, %q", code, errOut)
	}
	code, _, errOut := runTaipan(t, "", "/nonexistent/x.py")
	if code != 2 || !strings.HasSuffix(errOut, ": can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}
