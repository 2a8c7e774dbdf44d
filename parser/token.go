package parser

// Kind is the kind of a token. Every operator and every keyword has a kind of
// its own, so the parser dispatches on a small integer and never compares
// token text.
type Kind uint8

const (
	ILLEGAL   Kind = iota // a character that starts no token ($, ?, `, a lone !)
	ENDMARKER             // end of input
	NEWLINE               // end of a logical line
	INDENT
	DEDENT
	NAME   // identifier (Text is NFKC-normalised)
	NUMBER // numeric literal (Text is the literal as written)
	STRING // one string or bytes literal (Text is as written: prefix, quotes, body)

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	LBRACE           // {
	RBRACE           // }
	EQEQUAL          // ==
	NOTEQUAL         // != (and <>, which the tokenizer of 3.2 also reads as NOTEQUAL)
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	RARROW           // ->
	ELLIPSIS         // ...

	// Keywords of Python 3.2, in the order of keyword.kwlist.
	FALSE    // False
	NONE     // None
	TRUE     // True
	AND      // and
	AS       // as
	ASSERT   // assert
	BREAK    // break
	CLASS    // class
	CONTINUE // continue
	DEF      // def
	DEL      // del
	ELIF     // elif
	ELSE     // else
	EXCEPT   // except
	FINALLY  // finally
	FOR      // for
	FROM     // from
	GLOBAL   // global
	IF       // if
	IMPORT   // import
	IN       // in
	IS       // is
	LAMBDA   // lambda
	NONLOCAL // nonlocal
	NOT      // not
	OR       // or
	PASS     // pass
	RAISE    // raise
	RETURN   // return
	TRY      // try
	WHILE    // while
	WITH     // with
	YIELD    // yield

	numKinds
)

var kindNames = [numKinds]string{
	ILLEGAL: "ILLEGAL", ENDMARKER: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", COLON: ":", COMMA: ",", SEMI: ";",
	PLUS: "+", MINUS: "-", STAR: "*", SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<",
	GREATER: ">", EQUAL: "=", DOT: ".", PERCENT: "%", LBRACE: "{", RBRACE: "}",
	EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=", GREATEREQUAL: ">=", TILDE: "~",
	CIRCUMFLEX: "^", LEFTSHIFT: "<<", RIGHTSHIFT: ">>", DOUBLESTAR: "**",
	PLUSEQUAL: "+=", MINEQUAL: "-=", STAREQUAL: "*=", SLASHEQUAL: "/=",
	PERCENTEQUAL: "%=", AMPEREQUAL: "&=", VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=",
	LEFTSHIFTEQUAL: "<<=", RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=",
	DOUBLESLASH: "//", DOUBLESLASHEQUAL: "//=", AT: "@", RARROW: "->", ELLIPSIS: "...",
	FALSE: "False", NONE: "None", TRUE: "True", AND: "and", AS: "as", ASSERT: "assert",
	BREAK: "break", CLASS: "class", CONTINUE: "continue", DEF: "def", DEL: "del",
	ELIF: "elif", ELSE: "else", EXCEPT: "except", FINALLY: "finally", FOR: "for",
	FROM: "from", GLOBAL: "global", IF: "if", IMPORT: "import", IN: "in", IS: "is",
	LAMBDA: "lambda", NONLOCAL: "nonlocal", NOT: "not", OR: "or", PASS: "pass",
	RAISE: "raise", RETURN: "return", TRY: "try", WHILE: "while", WITH: "with",
	YIELD: "yield",
}

// String returns the token's spelling for operators and keywords, and its
// CPython token name (NAME, NUMBER, ...) otherwise.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "?"
}

// IsKeyword reports whether k is one of the 33 keywords.
func (k Kind) IsKeyword() bool { return k >= FALSE && k <= YIELD }

// keywords maps a keyword's text to its kind.
var keywords = func() map[string]Kind {
	m := make(map[string]Kind, YIELD-FALSE+1)
	for k := FALSE; k <= YIELD; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

// Token is one token of the source. Positions are those CPython's tokenizer
// gives: lines count from 1, columns are 0-based byte offsets into the line's
// UTF-8 text.
type Token struct {
	Kind    Kind
	Line    int    // line of the token's first byte
	Col     int    // byte column of the token's first byte
	EndLine int    // line of the token's last byte (differs for multi-line strings)
	Pos     int    // byte offset of the first byte in the source
	End     int    // byte offset just past the token: where CPython's tok->cur is once it has read it
	Text    string // NAME, NUMBER, STRING, ILLEGAL and NOTEQUAL ("!=" or "<>"): the token's text; empty otherwise

	// The tokenizer's state just after the token, for scanner.errorAt.
	bufPos int   // start of CPython's line buffer (tok->buf)
	inpPos int   // end of the line read last (tok->inp)
	state  uint8 // stateEOF, stateNoText
}
