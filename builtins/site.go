package builtins

import "github.com/taipan-py/taipan/py"

// What CPython's site module adds to builtins at start-up (unless -S):
// exit and quit, which raise SystemExit when called and tell how to
// leave the interactive prompt when shown; copyright, credits and
// license; help, which calls pydoc.

// quitter is site.Quitter: exit and quit.
type quitter struct {
	name string
}

var quitterType = &py.Type{Name: "Quitter", Module: "site"}

func (q *quitter) Type() *py.Type { return quitterType }

func init() {
	quitterType.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr("Use " + self.(*quitter).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	quitterType.Call = quitterCall
	py.RegisterTypes(quitterType)
}

var quitterKwlist = []string{"code"}

// quitterCall closes sys.stdin unless it is the process's stdin, then
// raises SystemExit(code).
func quitterCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var code py.Object = py.None
	if err := py.ParseArgs(self.(*quitter).name, args, kwnames, quitterKwlist, 0, &code); err != nil {
		return nil, err
	}
	if stdin := sysObject(t, "stdin"); stdin != nil {
		fd := -1
		if m, err := py.GetAttr(t, stdin, strFileno); err == nil {
			if r, err := py.Call(t, m, nil, nil); err == nil {
				if n, err := py.ArgLong(t, r); err == nil {
					fd = int(n)
				}
			}
		}
		if fd != 0 {
			if m, err := py.GetAttr(t, stdin, py.NewStr("close")); err == nil {
				_, _ = py.Call(t, m, nil, nil)
			}
		}
	}
	return nil, py.NewException(py.SystemExit, code)
}

// addSite adds exit, quit, copyright, credits, license and help to
// builtins.
func addSite(d *py.Dict) {
	d.SetStr(py.NewStr("exit"), &quitter{name: "exit"})
	d.SetStr(py.NewStr("quit"), &quitter{name: "quit"})
	d.SetStr(py.NewStr("copyright"), &printer{repr: copyrightText, text: copyrightText})
	d.SetStr(py.NewStr("credits"), &printer{repr: creditsText, text: creditsText})
	d.SetStr(py.NewStr("license"), &printer{repr: "Type license() to see the full license text", text: licenseText})
	d.SetStr(py.NewStr("help"), &helper{})
}

// printer is site._Printer: copyright, credits and license, which show
// their text (or how to see it) and print it when called.
type printer struct {
	repr string // what repr() shows
	text string // what calling prints
}

var printerType = &py.Type{Name: "_Printer", Module: "site"}

func (p *printer) Type() *py.Type { return printerType }

// helper is site._Helper: help(), which hands over to pydoc.
type helper struct{}

var helperType = &py.Type{Name: "_Helper", Module: "site"}

func (*helper) Type() *py.Type { return helperType }

func init() {
	printerType.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*printer).repr), nil
	}
	printerType.Call = func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("__call__", args, kwnames); err != nil {
			return nil, err
		}
		out := sysObject(t, "stdout")
		if err := writeString(t, out, self.(*printer).text+"\n"); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	helperType.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr("Type help() for interactive help, or help(object) for help about object."), nil
	}
	helperType.Call = func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		pydoc, err := ImportModule(t, "pydoc")
		if err != nil {
			return nil, err
		}
		h, err := py.GetAttr(t, pydoc, py.NewStr("help"))
		if err != nil {
			return nil, err
		}
		return py.Call(t, h, args, kwnames)
	}
	py.RegisterTypes(printerType, helperType)
}

const (
	copyrightText = "Copyright (c) 2001-2014 Python Software Foundation.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
		"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."
	creditsText = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" +
		"    for supporting Python development.  See www.python.org for more information."
	licenseText = "See http://www.python.org/3.2/license.html"
)
