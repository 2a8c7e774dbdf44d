package builtins

import (
	"strings"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// compile(), exec() and eval(): source text is parsed by package parser,
// translated by package compiler and run by the interpreter's evaluator.

// compile()'s flags (CPython's PyCF_* and CO_FUTURE_* values).
const (
	pyCFMaskObsolete    = py.CoNested
	pyCFDontImplyDedent = 0x200
	pyCFOnlyAST         = 0x400
)

var compileKwlist = []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}

func compile(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var source, filenameArg, modeArg, flagsArg, dontInheritArg, optimizeArg py.Object
	if err := py.ParseArgs("compile", args, kwnames, compileKwlist, 3,
		&source, &filenameArg, &modeArg, &flagsArg, &dontInheritArg, &optimizeArg); err != nil {
		return nil, err
	}
	filename, err := fsPath(filenameArg)
	if err != nil {
		return nil, err
	}
	modeStr, ok := modeArg.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "compile() argument 3 must be str, not %s", typeName(modeArg))
	}
	flags, dontInherit, optimize := 0, 0, -1
	for _, a := range []struct {
		o   py.Object
		dst *int
	}{{flagsArg, &flags}, {dontInheritArg, &dontInherit}, {optimizeArg, &optimize}} {
		if a.o != nil {
			v, err := py.ArgInt(t, a.o)
			if err != nil {
				return nil, err
			}
			*a.dst = v
		}
	}
	if flags&^(compiler.FutureFlags|pyCFMaskObsolete|pyCFDontImplyDedent|pyCFOnlyAST) != 0 {
		return nil, py.Errorf(py.ValueError, "compile(): unrecognised flags")
	}
	if optimize < -1 || optimize > 2 {
		return nil, py.Errorf(py.ValueError, "compile(): invalid optimize value")
	}
	if dontInherit == 0 {
		flags |= inheritedFlags(t)
	}
	var mode parser.Mode
	switch modeStr.String() {
	case "exec":
		mode = parser.ExecMode
	case "eval":
		mode = parser.EvalMode
	case "single":
		mode = parser.SingleMode
	default:
		return nil, py.Errorf(py.ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'")
	}
	if optimize < 0 {
		optimize = interpOptimize(t)
	}
	if astConverter != nil && astConverter.IsAST(source) {
		if flags&pyCFOnlyAST != 0 {
			return source, nil
		}
		mod, err := astConverter.FromObject(t, source, mode)
		if err != nil {
			return nil, err
		}
		return compileTree(t, mod, filename, flags&compiler.FutureFlags, optimize, nil)
	}
	if flags&pyCFOnlyAST != 0 {
		if astConverter == nil {
			return nil, py.Errorf(py.SystemError, "compile(): the _ast module is not linked in")
		}
		mod, err := parseSource(source, "compile", "string, bytes, AST or code", filename, mode, flags)
		if err != nil {
			return nil, err
		}
		return astConverter.ToObject(t, mod)
	}
	return compileSource(t, source, "compile", "string, bytes, AST or code", filename, mode, flags, optimize, parser.FileText(filename))
}

// ASTConverter is what the _ast module (modules/astmod) lends compile():
// the test for its node objects (PyAST_Check), the conversion of a tree
// into them (PyCF_ONLY_AST) and back (compiling an AST object, with 3.2's
// errors for a malformed one).
type ASTConverter interface {
	IsAST(o py.Object) bool
	ToObject(t *py.Thread, mod ast.ModType) (py.Object, error)
	FromObject(t *py.Thread, o py.Object, mode parser.Mode) (ast.ModType, error)
}

var astConverter ASTConverter

// RegisterASTConverter installs the _ast module's conversions; astmod
// calls it from its init function.
func RegisterASTConverter(c ASTConverter) { astConverter = c }

// parserFlags picks the parser's settings out of compile()'s flags.
func parserFlags(flags int) parser.Flags {
	return parser.Flags{
		DontImplyDedent: flags&pyCFDontImplyDedent != 0,
		BarryAsFLUFL:    flags&compiler.CoFutureBarryAsBDFL != 0,
	}
}

// fsPath converts a filename argument as PyUnicode_FSConverter does: a
// str, or bytes taken as UTF-8.
func fsPath(o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Str:
		return v.String(), nil
	case *py.Bytes:
		return v.String(), nil
	}
	return "", py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
}

// typeName names o's type in a PyArg_Parse message ("None" for None).
func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

// inheritedFlags are the future flags of the code calling compile(),
// exec() or eval() (PyEval_MergeCompilerFlags).
func inheritedFlags(t *py.Thread) int {
	if t.Frame == nil {
		return 0
	}
	return t.Frame.Code.Flags & compiler.FutureFlags
}

// interpOptimize is the interpreter's -O level (sys.flags.optimize).
func interpOptimize(t *py.Thread) int {
	if st := stateOf(t.Interp); st != nil {
		return st.opts.Optimize
	}
	return 0
}

// compileSource parses and compiles the source argument of compile(),
// exec() or eval(): a str, or bytes-like source whose coding declaration
// applies. fname and what word the TypeError for anything else. flags are
// compile()'s (future flags and parser flags).
func compileSource(t *py.Thread, source py.Object, fname, what, filename string, mode parser.Mode, flags, optimize int, lines func(int) (string, bool)) (*py.Code, error) {
	mod, err := parseSource(source, fname, what, filename, mode, flags)
	if err != nil {
		return nil, err
	}
	return compileTree(t, mod, filename, flags&compiler.FutureFlags, optimize, lines)
}

// parseSource parses the source argument of compile(), exec() or eval().
func parseSource(source py.Object, fname, what, filename string, mode parser.Mode, flags int) (ast.ModType, error) {
	var mod ast.ModType
	var err error
	pf := parserFlags(flags)
	switch src := source.(type) {
	case *py.Str:
		text := src.String()
		if fname == "eval" {
			text = strings.TrimLeft(text, " \t")
		}
		if err := checkEncodable(src); err != nil {
			return nil, err
		}
		mod, err = parser.ParseStringFlags(filename, text, mode, pf)
	default:
		b, ok := bufferBytes(source)
		if !ok {
			return nil, py.Errorf(py.TypeError, "%s() arg 1 must be a %s object", fname, what)
		}
		if fname == "eval" {
			b = strings.TrimLeft(b, " \t")
		}
		mod, err = parser.ParseFlags(filename, []byte(b), mode, pf)
	}
	if err != nil {
		return nil, convertCompileError(err)
	}
	return mod, nil
}

// compileTree compiles a parsed (or converted) tree to a code object.
func compileTree(t *py.Thread, mod ast.ModType, filename string, flags, optimize int, lines func(int) (string, bool)) (*py.Code, error) {
	code, err := compiler.Compile(mod, compiler.Options{
		Filename: filename,
		Line:     lines,
		Optimize: optimize,
		Flags:    flags,
		Warn: func(category, msg string, lineno int) error {
			return warnExplicit(t, category, msg, filename, lineno)
		},
	})
	if err != nil {
		return nil, convertCompileError(err)
	}
	return code, nil
}

// checkEncodable fails as CPython does when it encodes a source str to
// UTF-8 for the parser: a lone surrogate cannot be encoded.
func checkEncodable(s *py.Str) error {
	text := s.String()
	pos := 0
	for i := 0; i < len(text); {
		if text[i] == 0xED && i+1 < len(text) && text[i+1] >= 0xA0 {
			return py.NewUnicodeEncodeError("utf-8", s, pos, pos+1, "surrogates not allowed")
		}
		_, size := decodeRune(text, i)
		i += size
		pos++
	}
	return nil
}

// bufferBytes returns the contents of a bytes-like object (bytes,
// bytearray, or anything with a BufferBytes method).
func bufferBytes(o py.Object) (string, bool) {
	switch v := o.(type) {
	case *py.Bytes:
		return v.String(), true
	case *py.ByteArray:
		return string(v.Bytes()), true
	case interface{ BufferBytes() []byte }:
		return string(v.BufferBytes()), true
	}
	return "", false
}

// convertCompileError turns an error of the parser or the compiler into
// the Python exception to raise.
func convertCompileError(err error) error {
	if se, ok := err.(*parser.SyntaxError); ok {
		return py.FromSyntaxError(se)
	}
	return err
}

func exec(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var prog py.Object
	var globals, locals py.Object = py.None, py.None
	if err := py.UnpackArgs("exec", args, kwnames, 1, 3, &prog, &globals, &locals); err != nil {
		return nil, err
	}
	if globals == py.None {
		if t.Frame == nil {
			return nil, py.Errorf(py.SystemError, "globals and locals cannot be NULL")
		}
		globals = t.Frame.Globals
		if locals == py.None {
			l, err := t.Frame.LocalsMapping(t)
			if err != nil {
				return nil, err
			}
			locals = l
		}
	} else if locals == py.None {
		locals = globals
	}
	g, ok := globals.(*py.Dict)
	if !ok {
		return nil, py.Errorf(py.TypeError, "exec() arg 2 must be a dict, not %s", globals.Type().Name)
	}
	if locals.Type().GetItem == nil {
		return nil, py.Errorf(py.TypeError, "arg 3 must be a mapping or None, not %s", locals.Type().Name)
	}
	setBuiltins(t, g)
	code, ok := prog.(*py.Code)
	if ok {
		if len(code.FreeVars) > 0 {
			return nil, py.Errorf(py.TypeError, "code object passed to exec() may not contain free variables")
		}
	} else {
		var err error
		code, err = compileSource(t, prog, "exec", "string, bytes or code", "<string>", parser.ExecMode, inheritedFlags(t), interpOptimize(t), nil)
		if err != nil {
			return nil, err
		}
	}
	if _, err := execCode(t, code, g, locals); err != nil {
		return nil, err
	}
	return py.None, nil
}

func eval(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var cmd py.Object
	var globals, locals py.Object = py.None, py.None
	if err := py.UnpackArgs("eval", args, kwnames, 1, 3, &cmd, &globals, &locals); err != nil {
		return nil, err
	}
	if locals != py.None && locals.Type().GetItem == nil {
		return nil, py.Errorf(py.TypeError, "locals must be a mapping")
	}
	if _, ok := globals.(*py.Dict); globals != py.None && !ok {
		if globals.Type().GetItem != nil {
			return nil, py.Errorf(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, py.Errorf(py.TypeError, "globals must be a dict")
	}
	if globals == py.None {
		if t.Frame == nil {
			return nil, py.Errorf(py.TypeError, "eval must be given globals and locals when called without a frame")
		}
		globals = t.Frame.Globals
		if locals == py.None {
			l, err := t.Frame.LocalsMapping(t)
			if err != nil {
				return nil, err
			}
			locals = l
		}
	} else if locals == py.None {
		locals = globals
	}
	g := globals.(*py.Dict)
	setBuiltins(t, g)
	code, ok := cmd.(*py.Code)
	if ok {
		if len(code.FreeVars) > 0 {
			return nil, py.Errorf(py.TypeError, "code object passed to eval() may not contain free variables")
		}
	} else {
		var err error
		code, err = compileSource(t, cmd, "eval", "string, bytes or code", "<string>", parser.EvalMode, inheritedFlags(t), interpOptimize(t), nil)
		if err != nil {
			return nil, err
		}
	}
	return execCode(t, code, g, locals)
}

// setBuiltins gives globals a __builtins__ (the running code's builtins
// dict) when it has none, as exec() and eval() do.
func setBuiltins(t *py.Thread, globals *py.Dict) {
	key := py.NewStr("__builtins__")
	if globals.GetStr(key) != nil {
		return
	}
	if t.Frame != nil && t.Frame.Builtins != nil {
		globals.SetStr(key, t.Frame.Builtins)
	} else if t.Interp.Builtins != nil {
		globals.SetStr(key, t.Interp.Builtins.Dict)
	}
}

// execCode runs code in a new frame with globals and locals.
func execCode(t *py.Thread, code *py.Code, globals *py.Dict, locals py.Object) (py.Object, error) {
	return py.ExecCode(t, code, globals, locals)
}
