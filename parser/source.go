package parser

// decodeSource turns a source file's bytes into UTF-8 text as CPython 3.2's
// tokenizer does: a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2,
// UTF-8 by default; errors are CPython's SyntaxErrors.
func decodeSource(filename string, src []byte) (string, *SyntaxError) {
	panic("source: not implemented")
}
