package builtins

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// The site module, written in Go so that start-up imports nothing
// written in Python: it adds the site-packages folders to sys.path
// (with the folders their .pth files name, running their "import"
// lines), then imports sitecustomize and usercustomize when they exist.
// cmd/taipan imports it at start-up unless -S; importing it runs it, as
// importing 3.2's site.py does.
//
// Taipan's folders are its own, so that it never picks up CPython's
// packages: <prefix>/lib/taipan3.2/site-packages for each prefix, and
// the user's ~/.local/lib/taipan3.2/site-packages (PYTHONUSERBASE
// replacing ~/.local).

const siteDirName = "taipan3.2"

func init() {
	nativeModules["site"] = newSiteModule
}

// sitePackages is site.getsitepackages().
func sitePackages(t *py.Thread) []string {
	st := importStateOf(t)
	var dirs []string
	for _, p := range []string{st.prefix, st.execPrefix} {
		d := filepath.Join(p, "lib", siteDirName, "site-packages")
		if len(dirs) == 0 || dirs[0] != d {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// userBase is site.getuserbase().
func userBase(t *py.Thread) string {
	if st := stateOf(t.Interp); st == nil || st.opts.Flags[8] == 0 {
		if v := os.Getenv("PYTHONUSERBASE"); v != "" {
			return v
		}
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = "~"
	}
	return filepath.Join(home, ".local")
}

// userSite is site.getusersitepackages().
func userSite(t *py.Thread) string {
	return filepath.Join(userBase(t), "lib", siteDirName, "site-packages")
}

// enableUserSite is site.ENABLE_USER_SITE: False under -s or
// PYTHONNOUSERSITE, None when the process runs set-uid or set-gid.
func enableUserSite(t *py.Thread) py.Object {
	if st := stateOf(t.Interp); st != nil && st.opts.Flags[6] != 0 {
		return py.False
	}
	if os.Geteuid() != os.Getuid() || os.Getegid() != os.Getgid() {
		return py.None
	}
	return py.True
}

// knownPaths are the sys.path entries as absolute paths.
func knownPaths(t *py.Thread) map[string]bool {
	known := map[string]bool{}
	if l, ok := sysObject(t, "path").(*py.List); ok {
		for _, e := range l.Items {
			if s, ok := e.(*py.Str); ok {
				known[absPath(s.String())] = true
			}
		}
	}
	return known
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// appendPath appends dir to sys.path.
func appendPath(t *py.Thread, dir string) {
	if l, ok := sysObject(t, "path").(*py.List); ok {
		l.Items = append(l.Items, py.NewStr(dir))
	}
}

// addSiteDir is site.addsitedir: dir joins sys.path if it is not there,
// then each of its .pth files is processed, in name order.
func addSiteDir(t *py.Thread, dir string, known map[string]bool) error {
	dir = absPath(dir)
	if !known[dir] {
		appendPath(t, dir)
		known[dir] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".pth") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		if err := addPackage(t, dir, name, known); err != nil {
			return err
		}
	}
	return nil
}

// addPackage processes one .pth file: a line starting with "import" is
// run, any other (but comments) names a folder, relative to dir, to add
// to sys.path when it exists.
func addPackage(t *py.Thread, dir, name string, known map[string]bool) error {
	file := filepath.Join(dir, name)
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	lines := strings.SplitAfter(text, "\n")
	for n, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "import\t") {
			if err := runPthLine(t, line); err != nil {
				e, ok := err.(*py.BaseException)
				if !ok || !e.Type().IsSubtype(py.ExceptionType) {
					return err
				}
				msg := "Error processing line " + itoa(n+1) + " of " + file + ":\n\n"
				for _, l := range strings.Split(strings.TrimRight(py.FormatException(t, e), "\n"), "\n") {
					msg += "  " + l + "\n"
				}
				msg += "\nRemainder of file ignored\n"
				verboseMessage(t, msg)
				break
			}
			continue
		}
		p := filepath.Join(dir, strings.TrimRight(line, " \t\n\r\f\v"))
		p = absPath(p)
		if _, err := os.Stat(p); err == nil && !known[p] {
			appendPath(t, p)
			known[p] = true
		}
	}
	return nil
}

// runPthLine runs an "import" line of a .pth file.
func runPthLine(t *py.Thread, line string) error {
	mod, err := parser.ParseString("<string>", line, parser.ExecMode)
	if err != nil {
		return convertCompileError(err)
	}
	code, err := CompileModuleAST(t, mod, "<string>")
	if err != nil {
		return err
	}
	g := py.NewDict()
	g.SetStr(strName, py.NewStr("site"))
	g.SetStr(strBuiltins, currentBuiltins(t))
	_, err = execCode(t, code, g, g)
	return err
}

// siteMain is site.main(): the site-packages folders, the user's first
// when enabled, then sitecustomize and usercustomize.
func siteMain(t *py.Thread, m *py.Module) error {
	known := knownPaths(t)
	user := enableUserSite(t)
	if user == py.True {
		if fi, err := os.Stat(userSite(t)); err == nil && fi.IsDir() {
			if err := addSiteDir(t, userSite(t), known); err != nil {
				return err
			}
		}
	}
	for _, d := range sitePackages(t) {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			if err := addSiteDir(t, d, known); err != nil {
				return err
			}
		}
	}
	if err := runCustomize(t, "sitecustomize"); err != nil {
		return err
	}
	if user == py.True {
		return runCustomize(t, "usercustomize")
	}
	return nil
}

// runCustomize imports sitecustomize or usercustomize if there is one.
func runCustomize(t *py.Thread, name string) error {
	_, err := ImportModule(t, name)
	if err == nil {
		return nil
	}
	e, ok := err.(*py.BaseException)
	if !ok || py.ErrorMatches(err, py.ImportError) {
		return nil
	}
	if !e.Type().IsSubtype(py.ExceptionType) {
		return err
	}
	if os.Getenv("PYTHONVERBOSE") != "" {
		_ = displayException(t, e, nil)
		return nil
	}
	s, _ := py.StrOf(t, e)
	text := ""
	if s != nil {
		text = s.String()
	}
	verboseMessage(t, "Error in "+name+"; set PYTHONVERBOSE for traceback:\n"+e.Type().Name+": "+text+"\n")
	return nil
}

func newSiteModule(t *py.Thread) (*py.Module, error) {
	m := NewModule("site")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr("Append module search paths for third-party packages to sys.path.\n\n"+
		"Taipan's site module is built in: site-packages folders are\n"+
		"<prefix>/lib/taipan3.2/site-packages and the user's\n"+
		"~/.local/lib/taipan3.2/site-packages; .pth files in them add more\n"+
		"folders; sitecustomize and usercustomize are imported when present."))
	st := importStateOf(t)
	d.SetStr(py.NewStr("PREFIXES"), py.NewList(py.NewStr(st.prefix), py.NewStr(st.execPrefix)))
	user := enableUserSite(t)
	d.SetStr(py.NewStr("ENABLE_USER_SITE"), user)
	d.SetStr(py.NewStr("USER_BASE"), py.NewStr(userBase(t)))
	d.SetStr(py.NewStr("USER_SITE"), py.NewStr(userSite(t)))
	m.AddFunction("getsitepackages", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("getsitepackages", args, kwnames); err != nil {
			return nil, err
		}
		return strList(sitePackages(t)), nil
	}, "Returns a list containing all global site-packages directories.")
	m.AddFunction("getuserbase", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("getuserbase", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewStr(userBase(t)), nil
	}, "Returns the `user base` directory path.")
	m.AddFunction("getusersitepackages", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("getusersitepackages", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewStr(userSite(t)), nil
	}, "Returns the user-specific site-packages directory path.")
	m.AddFunction("addsitedir", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dirArg, knownArg py.Object
		if err := py.ParseArgs("addsitedir", args, kwnames, []string{"sitedir", "known_paths"}, 1, &dirArg, &knownArg); err != nil {
			return nil, err
		}
		dir, err := fsPath(dirArg)
		if err != nil {
			return nil, err
		}
		if err := addSiteDir(t, dir, knownPaths(t)); err != nil {
			return nil, err
		}
		if knownArg == nil {
			return py.None, nil
		}
		return knownArg, nil
	}, "Add 'sitedir' argument to sys.path if missing and handle .pth files in\n'sitedir'")
	m.AddFunction("main", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("main", args, kwnames); err != nil {
			return nil, err
		}
		return py.None, siteMain(t, m)
	}, "Add the site-packages folders to sys.path and run the customize modules.")
	sysModules(t).SetStr(py.NewStr("site"), m)
	if err := siteMain(t, m); err != nil {
		sysModules(t).DelStr(py.NewStr("site"))
		return nil, err
	}
	return m, nil
}
