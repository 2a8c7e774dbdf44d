package parser

// decodeString decodes one STRING token's text (prefix, quotes and body as
// written) into its value. isBytes tells a bytes literal. A non-empty errMsg
// is the SyntaxError message CPython 3.2 gives for a bad literal (for
// example "(unicode error) 'unicodeescape' codec can't decode bytes in
// position 0-1: truncated \xXX escape"); the parser reports it at the atom.
func decodeString(text string) (value string, isBytes bool, errMsg string) {
	panic("literals: not implemented")
}

// parseNumber converts a NUMBER token's text into an int64, *big.Int,
// float64 or complex128 (an imaginary literal).
func parseNumber(text string) (v interface{}, errMsg string) {
	panic("literals: not implemented")
}
