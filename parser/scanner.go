package parser

// scanner turns UTF-8 source text into tokens, one at a time, on demand.
// (Contract; the implementation replaces the panics below.)
type scanner struct {
	filename    string
	src         string
	interactive bool
}

// newScanner prepares to tokenize src, which is already UTF-8 (decodeSource
// has dealt with the BOM and the coding declaration). interactive selects
// the rules of the interactive prompt (a totally empty line ends a compound
// statement).
func newScanner(filename, src string, interactive bool) *scanner {
	return &scanner{filename: filename, src: src, interactive: interactive}
}

// next returns the next token. A lexical error panics with a *SyntaxError
// carrying CPython 3.2's class, message and position; Parse recovers it.
func (s *scanner) next() Token {
	panic("scanner: not implemented")
}

// errorAt returns the error CPython reports when the parser cannot accept
// tok: lineno is tok.EndLine, offset is tok.End minus the start of tok's
// first line, plus one, and text is the source from the start of tok's first line
// to the end of its last line.
func (s *scanner) errorAt(class ErrorClass, msg string, tok *Token) *SyntaxError {
	panic("scanner: not implemented")
}

// lineText returns line n of the source (1-based) with its newline, and
// whether it exists.
func (s *scanner) lineText(n int) (string, bool) {
	panic("scanner: not implemented")
}
