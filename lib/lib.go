// Package lib holds the part of Taipan's standard library written in
// Python: the files under lib/python/, embedded in every binary that
// imports this package, so that one executable is a complete
// installation.
//
// Nothing here is parsed at start-up. Package builtins puts one entry on
// sys.path for this tree, <prefix>/lib/taipan32.zip, a virtual folder in
// the manner of CPython's python32.zip: a built-in path hook claims that
// entry (and its subfolders, for packages), finds modules in FS by their
// path below it, and compiles them when they are first imported. Their
// __file__ is the virtual path (for example
// /usr/local/lib/taipan32.zip/runpy.py), their __loader__ the importer,
// whose get_source gives tracebacks and linecache the text.
//
// Entries earlier on sys.path (the script's folder, PYTHONPATH) win over
// this one, which is how a bundled module is overridden during
// development. A new module written in Python goes into lib/python/
// (a package as a folder with __init__.py); it is embedded by the next
// build, with no list to update (the "all:" pattern keeps files whose
// names start with "_", such as __init__.py).
package lib

import (
	"embed"
	"io/fs"
)

//go:embed all:python
var files embed.FS

// FS is the library tree: "os.py", "importlib/__init__.py", ...
var FS fs.FS

func init() {
	sub, err := fs.Sub(files, "python")
	if err != nil {
		panic(err)
	}
	FS = sub
}

// EntryName is the last part of the library's sys.path entry, which is
// <prefix>/lib/EntryName.
const EntryName = "taipan32.zip"
