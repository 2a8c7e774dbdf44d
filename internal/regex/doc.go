// Package regex is the regular-expression engine behind the re module
// (modules/remod): Python 3.2's pattern syntax and sre's matching rules,
// written in Go.
//
// Compile parses a pattern into a tree as sre_parse does (the same
// errors, in the same order, with 3.2's messages; the same rewrites: a
// common prefix moved out of an alternation, an alternation of single
// characters made a class) and compiles the tree into a flat program of
// integer instructions laid out as sre_compile lays out its code, so that
// the matcher can follow _sre.c's algorithm step for step: greedy and
// lazy repeats of one character (REPEAT_ONE), general repeats with their
// zero-width protection (REPEAT, MAX_UNTIL, MIN_UNTIL), alternation,
// marks with sre's lastmark/lastindex bookkeeping (which decides what a
// group holds after backtracking), backreferences, conditionals and
// fixed-width look-behind. Matching the algorithm, not just the language,
// is what makes group contents, lastindex and the results of odd patterns
// agree with CPython's.
//
// The matcher keeps its own stack of frames instead of recursing, so deep
// backtracking never grows the Go stack. It is generic over the subject's
// character type: a bytes pattern's subject and ASCII text run over
// []byte (no decoding), other text over []rune; both are the same code,
// instantiated twice. Search skips ahead with what the program's start
// tells: a literal prefix (a fast substring search on bytes), a first
// character or class, an anchor at the start of the string or of a line,
// and the minimum width of a match.
//
// Character classes are precompiled: membership below 256 is a bitmap;
// larger characters test ranges and categories (Unicode's, from package
// py's tables of Python 3.2's Unicode database, under the UNICODE flag).
package regex
