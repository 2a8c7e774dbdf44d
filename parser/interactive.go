package parser

import "github.com/taipan-py/taipan/ast"

// ParseInteractive parses what has been typed so far at the interactive
// prompt, src being the lines read (each ending in a newline). It returns
// the statement when the input holds a complete one, an error when the
// input is wrong whatever may follow, or incomplete when the parser ran out
// of input and the prompt must read another line ("... ").
//
// It follows CPython 3.2's interactive loop, where the tokenizer reads one
// line at a time with a prompt: a line that is empty (not even spaces) is
// a NEWLINE, which is what ends a compound statement, and the end of the
// input implies no DEDENT. A program is incomplete exactly when the parser
// fails on a token it only got because the input ran out, or the tokenizer
// hit the end of the input inside a triple-quoted string.
func ParseInteractive(filename, src string) (mod ast.ModType, err error, incomplete bool) {
	sc := newScanner(filename, src, true)
	sc.dontImplyDedent = true
	mod, err = parse(sc, filename, SingleMode, nil)
	if se, ok := err.(*SyntaxError); ok && sc.done {
		// The scanner read to the end of the input: the error came from
		// the missing rest, unless it was already certain before.
		if se.Msg == "EOF while scanning triple-quoted string literal" || sc.failedAtEOF {
			return nil, nil, true
		}
	}
	if err == nil && !endsWithBlankLine(src) {
		// At the prompt a compound statement ends only at an empty line;
		// here the tokenizer's end of input closed its blocks instead.
		if body := mod.(*ast.Interactive).Body; len(body) == 1 && isCompound(body[0]) {
			return nil, nil, true
		}
	}
	return mod, err, false
}

func endsWithBlankLine(src string) bool {
	n := len(src)
	return n >= 2 && src[n-1] == '\n' && src[n-2] == '\n' || src == "\n"
}

func isCompound(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.If, *ast.While, *ast.For, *ast.TryExcept, *ast.TryFinally, *ast.With,
		*ast.FunctionDef, *ast.ClassDef:
		return true
	}
	return false
}
