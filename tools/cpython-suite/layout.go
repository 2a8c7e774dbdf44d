package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The tests run in a `test` package made for the run, in a temporary
// folder put first on PYTHONPATH: CPython's Lib/test with our own test
// package's files in place of theirs.
//
//	ROOT/test/support.py, regrtest.py, __init__.py, ...   ours (copies)
//	ROOT/test/test_*.py and every other file of Lib/test  CPython's (links)
//
// So `test.test_grammar` is CPython's file, unmodified; `test.support`
// is ours; and everything CPython's tests look for beside their own
// file, beside support.py or beside the package (data files,
// doctest.DocFileSuite(..., package='test'), helper packages such as
// test.json_tests) is where they expect it. Folders are real and only
// files are links, so bytecode caches land in the temporary tree and
// CPython's tree is never written to.

// makeTestTree builds ROOT/test from CPython's libTest and our package's
// files (own, the contents of a `test` folder).
func makeTestTree(root, libTest string, own fs.FS) error {
	pkg := filepath.Join(root, "test")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return err
	}
	// Ours first, so that the links below skip what we provide.
	ours := map[string]bool{}
	err := fs.WalkDir(own, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == "." {
			return nil
		}
		if d.IsDir() && d.Name() == "__pycache__" {
			return fs.SkipDir
		}
		target := filepath.Join(pkg, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(own, path)
		if err != nil {
			return err
		}
		ours[filepath.FromSlash(path)] = true
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		return fmt.Errorf("our test package: %w", err)
	}
	if !ours["support.py"] {
		return fmt.Errorf("our test package has no support.py")
	}
	return filepath.WalkDir(libTest, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(libTest, path)
		if err != nil {
			return err
		}
		target := filepath.Join(pkg, rel)
		switch {
		case rel == ".":
			return nil
		case d.IsDir() && d.Name() == "__pycache__":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case ours[rel]:
			return nil
		case strings.HasSuffix(d.Name(), ".pyc") || strings.HasSuffix(d.Name(), ".pyo"):
			return nil
		}
		if err := os.Symlink(path, target); err != nil {
			return copyFile(path, target)
		}
		return nil
	})
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
