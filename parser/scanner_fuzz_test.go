package parser

import (
	"fmt"
	"testing"
	"time"
)

// FuzzScan feeds the scanner arbitrary bytes in each of its modes: it must
// reach the ENDMARKER or stop with a *SyntaxError, never panic otherwise,
// never loop, and keep its positions consistent.
func FuzzScan(f *testing.F) {
	for _, tt := range tokenTests {
		f.Add(tt.src, uint8(tt.mode))
	}
	for _, tt := range lexicalErrorTests {
		f.Add(tt.src, uint8(tt.mode))
	}
	for _, tt := range errorAtTests {
		f.Add(tt.src, uint8(tt.mode))
	}
	for _, src := range []string{
		"\xff", "a\xff", "'\xff'", "\xe2\x82", "x\xed\xa0\x80", "\x00", "\\", "\\\r", "\r", "\r\n\r",
		"'''\\", "'\\", "\t \f\t", "if 1:\n\t\f  x\n", "(((\n)))\n)))", "#\\\n", "0x", "1e+",
		"@\n", "a.b..c...d....", "<>", "<>=", "!", "!=", "->", "**=", "//=", "..",
	} {
		f.Add(src, uint8(0))
	}
	f.Fuzz(func(t *testing.T, src string, mode uint8) {
		// A hang would otherwise go unnoticed: fail loudly instead.
		tm := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("HANG %q %d", src, mode)) })
		defer tm.Stop()
		s := newTestScanner(scanMode(mode%6), src)
		if mode&0x80 != 0 {
			s.dontImplyDedent = true
		}
		if mode&0x40 != 0 {
			s.barryAsFLUFL = true
		}
		toks, err := scanAllCapped(t, s)
		if err != nil {
			if err.Lineno < 0 || err.Offset < 0 || err.Msg == "" || !err.HasText {
				t.Fatalf("bad error %v", describeError(err))
			}
		}
		end := 0
		for i := range toks {
			tok := &toks[i]
			if tok.Pos > tok.End || tok.End < end || tok.End > len(s.src) || tok.Line > tok.EndLine || tok.Col < 0 {
				t.Fatalf("token %d %v: bad position %+v (previous end %d)", i, tok.Kind, *tok, end)
			}
			end = tok.End
			switch tok.Kind {
			case NUMBER, STRING, ILLEGAL, NOTEQUAL:
				if tok.Text != s.src[tok.Pos:tok.End] {
					t.Fatalf("token %d %v: text %q, source %q", i, tok.Kind, tok.Text, s.src[tok.Pos:tok.End])
				}
			case NAME:
				if tok.Text == "" || tok.End == tok.Pos {
					t.Fatalf("token %d: empty name", i)
				}
			}
			e := s.errorAt(ClassSyntaxError, "invalid syntax", tok)
			if e.Offset < 0 || e.Lineno != tok.EndLine && e.Lineno != 0 {
				t.Fatalf("token %d: bad errorAt %v", i, describeError(e))
			}
		}
	})
}

// scanAllCapped is scanAll with a bound on the number of tokens: each token
// but INDENT, DEDENT and the final NEWLINEs and ENDMARKER reads a byte, and
// there are no more INDENTs than lines.
func scanAllCapped(t *testing.T, s *scanner) (toks []Token, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	limit := 3*len(s.src) + 10
	for len(toks) < limit {
		tok := s.next()
		toks = append(toks, tok)
		if tok.Kind == ENDMARKER {
			return toks, nil
		}
	}
	t.Fatalf("no ENDMARKER after %d tokens", limit)
	return nil, nil
}
