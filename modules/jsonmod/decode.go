// Package jsonmod is the _json module: the accelerators behind the json
// package (lib/python/json), written in Go. make_scanner reads a JSON
// value (the scanner of CPython 3.2's _json.c: same results, same
// errors), scanstring decodes one JSON string, encode_basestring_ascii
// and encode_basestring quote a str, and make_encoder writes a whole
// value in one pass, with the options of json.JSONEncoder.
package jsonmod

import (
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("_json", newModule)
	py.RegisterTypes(scannerType, encoderType)
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_json")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("json speedups\n"))
	m.Dict.SetStr(py.NewStr("make_scanner"), scannerType)
	m.Dict.SetStr(py.NewStr("make_encoder"), encoderType)
	m.AddFunction("scanstring", scanstringFunc, "")
	m.AddFunction("encode_basestring_ascii", encodeASCIIFunc, "")
	m.AddFunction("encode_basestring", encodeUnicodeFunc, "")
	return m, nil
}

// text is a document being decoded: its characters as bytes when it is
// ASCII (then positions are byte offsets), else as code points.
type text struct {
	obj   py.Object
	s     string
	ascii bool
	r     []rune
}

func newText(s *py.Str) *text {
	str := s.String()
	if s.Len() == len(str) {
		return &text{obj: s, s: str, ascii: true}
	}
	return &text{obj: s, s: str, r: decodeRunes(str)}
}

func (tx *text) length() int {
	if tx.ascii {
		return len(tx.s)
	}
	return len(tx.r)
}

func (tx *text) at(i int) rune {
	if tx.ascii {
		return rune(tx.s[i])
	}
	return tx.r[i]
}

// slice returns the characters i to j as Go text.
func (tx *text) slice(i, j int) string {
	if tx.ascii {
		return tx.s[i:j]
	}
	b := make([]byte, 0, j-i)
	for _, c := range tx.r[i:j] {
		b = pystr.AppendRune(b, c)
	}
	return string(b)
}

func decodeRunes(s string) []rune {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			r = append(r, rune(c))
			i++
			continue
		}
		x, n := pystr.DecodeRune(s[i:])
		if n == 0 {
			n = 1
		}
		r = append(r, x)
		i += n
	}
	return r
}

// errmsg is json.decoder.errmsg: the message with the line and column of
// pos.
func errmsg(msg string, tx *text, pos int) error {
	line, col := linecol(tx, pos)
	return py.Errorf(py.ValueError, "%s: line %d column %d (char %d)", msg, line, col, pos)
}

func linecol(tx *text, pos int) (int, int) {
	line := 1
	last := -1
	n := tx.length()
	if pos > n {
		pos = n
	}
	for i := 0; i < pos; i++ {
		if tx.at(i) == '\n' {
			line++
			last = i
		}
	}
	if line == 1 {
		return 1, pos + 1
	}
	return line, pos - last
}

// errStop stands for StopIteration: no value starts at the index.
type stopError struct{}

func (stopError) Error() string { return "StopIteration" }

var errStop error = stopError{}

// scanString decodes the JSON string whose opening quote is at end-1.
func scanString(tx *text, end int, strict bool) (py.Object, int, error) {
	n := tx.length()
	begin := end - 1
	if end < 0 || n <= end {
		return nil, 0, py.Errorf(py.ValueError, "end is out of bounds")
	}
	var buf []byte
	chunked := false
	for {
		next := end
		var c rune
		for ; next < n; next++ {
			c = tx.at(next)
			if c == '"' || c == '\\' {
				break
			}
			if strict && c <= 0x1f {
				return nil, 0, errmsg("Invalid control character at", tx, next)
			}
		}
		if next >= n {
			return nil, 0, errmsg("Unterminated string starting at", tx, begin)
		}
		if c == '"' && !chunked {
			// no escapes: the characters as they are
			return py.NewStr(tx.slice(end, next)), next + 1, nil
		}
		chunked = true
		buf = append(buf, tx.slice(end, next)...)
		next++
		if c == '"' {
			return py.NewStr(string(buf)), next, nil
		}
		if next == n {
			return nil, 0, errmsg("Unterminated string starting at", tx, begin)
		}
		c = tx.at(next)
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return nil, 0, errmsg("Invalid \\escape", tx, end-2)
			}
			buf = append(buf, byte(c))
			continue
		}
		next++
		end = next + 4
		if end >= n {
			return nil, 0, errmsg("Invalid \\uXXXX escape", tx, next-1)
		}
		v, ok := hex4(tx, next)
		if !ok {
			return nil, 0, errmsg("Invalid \\uXXXX escape", tx, end-5)
		}
		next = end
		if v&0xfc00 == 0xd800 {
			if end+6 >= n {
				return nil, 0, errmsg("Unpaired high surrogate", tx, end-5)
			}
			if tx.at(next) != '\\' || tx.at(next+1) != 'u' {
				return nil, 0, errmsg("Unpaired high surrogate", tx, end-5)
			}
			next += 2
			end += 6
			v2, ok := hex4(tx, next)
			if !ok {
				return nil, 0, errmsg("Invalid \\uXXXX escape", tx, end-5)
			}
			if v2&0xfc00 != 0xdc00 {
				return nil, 0, errmsg("Unpaired high surrogate", tx, end-5)
			}
			v = 0x10000 + ((v - 0xd800) << 10) | (v2 - 0xdc00)
		} else if v&0xfc00 == 0xdc00 {
			return nil, 0, errmsg("Unpaired low surrogate", tx, end-5)
		}
		buf = pystr.AppendRune(buf, v)
	}
}

func hex4(tx *text, i int) (rune, bool) {
	var v rune
	for k := 0; k < 4; k++ {
		c := tx.at(i + k)
		v <<= 4
		switch {
		case c >= '0' && c <= '9':
			v |= c - '0'
		case c >= 'a' && c <= 'f':
			v |= c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v |= c - 'A' + 10
		default:
			return 0, false
		}
	}
	return v, true
}

// scanner is a JSON scanner made by make_scanner(context).
type scanner struct {
	strict        bool
	objectHook    py.Object
	pairsHook     py.Object
	parseFloat    py.Object
	parseInt      py.Object
	parseConstant py.Object
	memo          map[string]py.Object
}

var scannerType = &py.Type{Name: "Scanner", Module: "_json", Doc: "JSON scanner object"}

func (s *scanner) Type() *py.Type { return scannerType }

func isWhite(c rune) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scan reads the value at idx.
func (s *scanner) scan(t *py.Thread, tx *text, idx int) (py.Object, int, error) {
	n := tx.length()
	if idx < 0 {
		return nil, 0, py.Errorf(py.ValueError, "idx cannot be negative")
	}
	if idx >= n {
		return nil, 0, errStop
	}
	has := func(word string) bool {
		if idx+len(word)-1 >= n {
			return false
		}
		for k := 1; k < len(word); k++ {
			if tx.at(idx+k) != rune(word[k]) {
				return false
			}
		}
		return true
	}
	switch tx.at(idx) {
	case '"':
		return scanString(tx, idx+1, s.strict)
	case '{':
		if err := enter(t, " while decoding a JSON object from a unicode string"); err != nil {
			return nil, 0, err
		}
		v, end, err := s.object(t, tx, idx+1)
		t.Leave()
		return v, end, err
	case '[':
		if err := enter(t, " while decoding a JSON array from a unicode string"); err != nil {
			return nil, 0, err
		}
		v, end, err := s.array(t, tx, idx+1)
		t.Leave()
		return v, end, err
	case 'n':
		if has("null") {
			return py.None, idx + 4, nil
		}
	case 't':
		if has("true") {
			return py.True, idx + 4, nil
		}
	case 'f':
		if has("false") {
			return py.False, idx + 5, nil
		}
	case 'N':
		if has("NaN") {
			return s.constant(t, "NaN", idx)
		}
	case 'I':
		if has("Infinity") {
			return s.constant(t, "Infinity", idx)
		}
	case '-':
		if has("-Infinity") {
			return s.constant(t, "-Infinity", idx)
		}
	}
	return s.number(t, tx, idx)
}

func enter(t *py.Thread, where string) error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit {
		t.Depth--
		return py.Errorf(py.RuntimeError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

func (s *scanner) constant(t *py.Thread, name string, idx int) (py.Object, int, error) {
	v, err := py.Call(t, s.parseConstant, []py.Object{py.NewStr(name)}, nil)
	if err != nil {
		return nil, 0, err
	}
	return v, idx + len(name), nil
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func (s *scanner) number(t *py.Thread, tx *text, start int) (py.Object, int, error) {
	endIdx := tx.length() - 1
	idx := start
	if tx.at(idx) == '-' {
		idx++
		if idx > endIdx {
			return nil, 0, errStop
		}
	}
	c := tx.at(idx)
	switch {
	case c >= '1' && c <= '9':
		idx++
		for idx <= endIdx && isDigit(tx.at(idx)) {
			idx++
		}
	case c == '0':
		idx++
	default:
		return nil, 0, errStop
	}
	isFloat := false
	if idx < endIdx && tx.at(idx) == '.' && isDigit(tx.at(idx+1)) {
		isFloat = true
		idx += 2
		for idx <= endIdx && isDigit(tx.at(idx)) {
			idx++
		}
	}
	if idx < endIdx && (tx.at(idx) == 'e' || tx.at(idx) == 'E') {
		eStart := idx
		idx++
		if idx < endIdx && (tx.at(idx) == '-' || tx.at(idx) == '+') {
			idx++
		}
		for idx <= endIdx && isDigit(tx.at(idx)) {
			idx++
		}
		if isDigit(tx.at(idx - 1)) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	num := tx.slice(start, idx)
	if isFloat {
		if s.parseFloat == py.FloatType {
			// the text is a well-formed number: a range error still
			// gives the right value (an infinity or zero)
			f, _ := strconv.ParseFloat(num, 64)
			return py.NewFloat(f), idx, nil
		}
		v, err := py.Call(t, s.parseFloat, []py.Object{py.NewStr(num)}, nil)
		return v, idx, err
	}
	if s.parseInt == py.IntType {
		if len(num) <= 18 {
			v, _ := strconv.ParseInt(num, 10, 64)
			return py.NewInt(v), idx, nil
		}
		b, _ := new(big.Int).SetString(num, 10)
		return py.NewBigInt(b), idx, nil
	}
	v, err := py.Call(t, s.parseInt, []py.Object{py.NewStr(num)}, nil)
	return v, idx, err
}

func (s *scanner) object(t *py.Thread, tx *text, idx int) (py.Object, int, error) {
	endIdx := tx.length() - 1
	var pairs []py.Object
	var dict *py.Dict
	hasPairs := s.pairsHook != py.None
	if !hasPairs {
		dict = py.NewDict()
	}
	for idx <= endIdx && isWhite(tx.at(idx)) {
		idx++
	}
	if idx <= endIdx && tx.at(idx) != '}' {
		for idx <= endIdx {
			if tx.at(idx) != '"' {
				return nil, 0, errmsg("Expecting property name enclosed in double quotes", tx, idx)
			}
			keyObj, next, err := scanString(tx, idx+1, s.strict)
			if err != nil {
				return nil, 0, err
			}
			key := keyObj.(*py.Str)
			if m, ok := s.memo[key.String()]; ok {
				keyObj = m
			} else {
				s.memo[key.String()] = key
			}
			idx = next
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
			if idx > endIdx || tx.at(idx) != ':' {
				return nil, 0, errmsg("Expecting ':' delimiter", tx, idx)
			}
			idx++
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
			val, next, err := s.scan(t, tx, idx)
			if err != nil {
				return nil, 0, err
			}
			if hasPairs {
				pairs = append(pairs, py.NewTuple2(keyObj, val))
			} else {
				dict.SetStr(keyObj.(*py.Str), val)
			}
			idx = next
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
			if idx > endIdx {
				break
			}
			if tx.at(idx) == '}' {
				break
			}
			if tx.at(idx) != ',' {
				return nil, 0, errmsg("Expecting ',' delimiter", tx, idx)
			}
			idx++
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
		}
	}
	if idx > endIdx || tx.at(idx) != '}' {
		return nil, 0, errmsg("Expecting object", tx, endIdx)
	}
	if hasPairs {
		v, err := py.Call(t, s.pairsHook, []py.Object{py.NewList(pairs...)}, nil)
		return v, idx + 1, err
	}
	if s.objectHook != py.None {
		v, err := py.Call(t, s.objectHook, []py.Object{dict}, nil)
		return v, idx + 1, err
	}
	return dict, idx + 1, nil
}

func (s *scanner) array(t *py.Thread, tx *text, idx int) (py.Object, int, error) {
	endIdx := tx.length() - 1
	var items []py.Object
	for idx <= endIdx && isWhite(tx.at(idx)) {
		idx++
	}
	if idx <= endIdx && tx.at(idx) != ']' {
		for idx <= endIdx {
			val, next, err := s.scan(t, tx, idx)
			if err != nil {
				return nil, 0, err
			}
			items = append(items, val)
			idx = next
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
			if idx > endIdx {
				break
			}
			if tx.at(idx) == ']' {
				break
			}
			if tx.at(idx) != ',' {
				return nil, 0, errmsg("Expecting ',' delimiter", tx, idx)
			}
			idx++
			for idx <= endIdx && isWhite(tx.at(idx)) {
				idx++
			}
		}
	}
	if idx > endIdx || tx.at(idx) != ']' {
		return nil, 0, errmsg("Expecting object", tx, endIdx)
	}
	return py.NewList(items...), idx + 1, nil
}

var (
	strStrict        = py.NewStr("strict")
	strObjectHook    = py.NewStr("object_hook")
	strPairsHook     = py.NewStr("object_pairs_hook")
	strParseFloat    = py.NewStr("parse_float")
	strParseInt      = py.NewStr("parse_int")
	strParseConstant = py.NewStr("parse_constant")
)

func init() {
	t := scannerType
	t.New = func(th *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var ctx py.Object
		if err := py.ParseArgs("make_scanner", args, kw, []string{"context"}, 1, &ctx); err != nil {
			return nil, err
		}
		s := &scanner{memo: map[string]py.Object{}}
		strict, err := py.GetAttr(th, ctx, strStrict)
		if err != nil {
			return nil, err
		}
		if s.strict, err = py.IsTrue(th, strict); err != nil {
			return nil, err
		}
		for _, f := range []struct {
			name *py.Str
			dst  *py.Object
		}{
			{strObjectHook, &s.objectHook}, {strPairsHook, &s.pairsHook},
			{strParseFloat, &s.parseFloat}, {strParseInt, &s.parseInt},
			{strParseConstant, &s.parseConstant},
		} {
			v, err := py.GetAttr(th, ctx, f.name)
			if err != nil {
				return nil, err
			}
			*f.dst = v
		}
		return s, nil
	}
	t.Call = func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var strObj, idxObj py.Object
		if err := py.ParseArgs("scan_once", args, kw, []string{"string", "idx"}, 2, &strObj, &idxObj); err != nil {
			return nil, err
		}
		idx, err := py.ArgIndex(th, idxObj)
		if err != nil {
			return nil, err
		}
		str, ok := strObj.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "first argument must be a string, not %.80s", strObj.Type().Name)
		}
		s := self.(*scanner)
		v, end, err := s.scan(th, newText(str), idx)
		clear(s.memo)
		if err == errStop {
			return nil, py.NewException(py.StopIteration)
		}
		if err != nil {
			return nil, err
		}
		return py.NewTuple2(v, py.NewInt(int64(end))), nil
	}
}

func scanstringFunc(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var strObj, endObj py.Object
	var strictObj py.Object = py.True
	if err := py.ParseArgs("scanstring", args, kw, []string{"string", "end", "strict"}, 2, &strObj, &endObj, &strictObj); err != nil {
		return nil, err
	}
	end, err := py.ArgIndex(t, endObj)
	if err != nil {
		return nil, err
	}
	strict, err := py.IsTrue(t, strictObj)
	if err != nil {
		return nil, err
	}
	str, ok := strObj.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "first argument must be a string or bytes, not %.80s", strObj.Type().Name)
	}
	v, next, err := scanString(newText(str), end, strict)
	if err != nil {
		return nil, err
	}
	return py.NewTuple2(v, py.NewInt(int64(next))), nil
}
