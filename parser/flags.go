package parser

import (
	"bytes"
	"strings"

	"github.com/taipan-py/taipan/ast"
)

// Flags are the parser settings compile() can ask for with its flags
// argument.
type Flags struct {
	// DontImplyDedent is PyCF_DONT_IMPLY_DEDENT (codeop): the end of the
	// input closes no indented block.
	DontImplyDedent bool
	// BarryAsFLUFL is CO_FUTURE_BARRY_AS_BDFL given to compile(): '!='
	// is refused as under the future import.
	BarryAsFLUFL bool
}

// ParseFlags is Parse (source given as bytes) with compile()'s flags.
func ParseFlags(filename string, src []byte, mode Mode, f Flags) (ast.ModType, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, errNullBytes()
	}
	text, serr := decodeSourceBytes(filename, src, mode == ExecMode)
	if serr != nil {
		return nil, serr
	}
	return parse(f.scanner(newScanner(filename, text, false)), filename, mode, nil)
}

// ParseStringFlags is ParseString (source given as text) with compile()'s
// flags.
func ParseStringFlags(filename string, src string, mode Mode, f Flags) (ast.ModType, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, errNullBytes()
	}
	text := decodeSourceText(src, mode == ExecMode)
	return parse(f.scanner(newScanner(filename, text, false)), filename, mode, nil)
}

func (f Flags) scanner(sc *scanner) *scanner {
	sc.dontImplyDedent = f.DontImplyDedent
	sc.barryAsFLUFL = f.BarryAsFLUFL
	return sc
}
