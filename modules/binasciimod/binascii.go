// Package binasciimod is the binascii module of CPython 3.2: conversions
// between binary data and ASCII encodings (hex, base64, uuencode,
// quoted-printable, BinHex 4) and the CRC-32 and CRC-CCITT checksums,
// written in Go. Every function takes any object with the buffer
// interface and returns bytes, with 3.2's leniencies and error messages.
// It registers itself with the builtins package's module table;
// modules/all links it in.
package binasciimod

import (
	"hash/crc32"
	"math/big"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("binascii", newModule)
	ErrorType.Base = py.ValueError
	ErrorType.Bases = []*py.Type{py.ValueError}
	IncompleteType.Base = py.ExceptionType
	IncompleteType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType, IncompleteType)
	for i := range crcTabHqx {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		crcTabHqx[i] = c
	}
	for i := range a2bHqx {
		a2bHqx[i] = hqxFail
	}
	for i := 0; i < len(b2aHqx); i++ {
		a2bHqx[b2aHqx[i]] = byte(i)
	}
	a2bHqx['\n'], a2bHqx['\r'], a2bHqx[':'] = hqxSkip, hqxSkip, hqxDone
	for i := range a2bBase64 {
		a2bBase64[i] = 0xff
	}
	for i := 0; i < len(b2aBase64); i++ {
		a2bBase64[b2aBase64[i]] = byte(i)
	}
	// '=' is a valid character with value 0 when it is not padding.
	a2bBase64['='] = 0
}

// The exception classes.
var (
	ErrorType      = &py.Type{Name: "Error", Module: "binascii", Flags: py.FlagBaseType | py.FlagHasDict}
	IncompleteType = &py.Type{Name: "Incomplete", Module: "binascii", Flags: py.FlagBaseType | py.FlagHasDict}
)

func errorf(msg string) error      { return py.NewException(ErrorType, py.NewStr(msg)) }
func incompletef(msg string) error { return py.NewException(IncompleteType, py.NewStr(msg)) }

const (
	b2aBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b2aHqx    = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr"
	runChar   = 0x90
	hqxDone   = 0x7f
	hqxSkip   = 0x7e
	hqxFail   = 0x7d
)

var (
	crcTabHqx [256]uint16
	a2bHqx    [256]byte
	a2bBase64 [128]byte
)

func bytesResult(b []byte) py.Object { return py.NewBytes(string(b)) }

// dataArg is the "y*" conversion: the bytes of a buffer.
func dataArg(o py.Object) ([]byte, error) { return py.GetBuffer(o, false) }

// oneData parses the single "y*" argument of fname.
func oneData(fname string, args []py.Object, kwnames *py.Tuple) ([]byte, error) {
	var o py.Object
	if err := py.ParseTuple(fname, args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	return dataArg(o)
}

func a2bUU(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("a2b_uu", args, kwnames)
	if err != nil {
		return nil, err
	}
	// An empty line reads as a NUL length byte, as the C string's
	// terminator does in CPython.
	var first byte
	if len(data) > 0 {
		first = data[0]
		data = data[1:]
	}
	binLen := int((first - ' ') & 0o77)
	out := make([]byte, 0, binLen)
	var leftchar uint32
	leftbits := 0
	i := 0
	for ; len(out) < binLen; i++ {
		var ch byte
		if i < len(data) {
			ch = data[i]
		}
		if ch == '\n' || ch == '\r' || i >= len(data) {
			ch = 0
		} else {
			if ch < ' ' || ch > ' '+64 {
				return nil, errorf("Illegal char")
			}
			ch = (ch - ' ') & 0o77
		}
		leftchar = leftchar<<6 | uint32(ch)
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(leftchar>>uint(leftbits)))
			leftchar &= 1<<uint(leftbits) - 1
		}
	}
	for ; i < len(data); i++ {
		ch := data[i]
		if ch != ' ' && ch != ' '+64 && ch != '\n' && ch != '\r' {
			return nil, errorf("Trailing garbage")
		}
	}
	return bytesResult(out), nil
}

func b2aUU(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("b2a_uu", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(data) > 45 {
		return nil, errorf("At most 45 bytes at once")
	}
	out := make([]byte, 0, 2+(len(data)+2)/3*4)
	out = append(out, ' '+byte(len(data)&0o77))
	var leftchar uint32
	leftbits := 0
	for i := 0; i < len(data) || leftbits != 0; i++ {
		if i < len(data) {
			leftchar = leftchar<<8 | uint32(data[i])
		} else {
			leftchar <<= 8
		}
		leftbits += 8
		for leftbits >= 6 {
			out = append(out, byte(leftchar>>uint(leftbits-6))&0x3f+' ')
			leftbits -= 6
		}
	}
	out = append(out, '\n')
	return bytesResult(out), nil
}

// nthValid returns the (num+1)th valid base64 character of s, -1 if
// there is none.
func nthValid(s []byte, num int) int {
	for _, c := range s {
		if c <= 0x7f && a2bBase64[c] != 0xff {
			if num == 0 {
				return int(c)
			}
			num--
		}
	}
	return -1
}

func a2bBase64Func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("a2b_base64", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, (len(data)+3)/4*3)
	var leftchar uint32
	leftbits, quad := 0, 0
	for i := 0; i < len(data); i++ {
		ch := data[i]
		if ch > 0x7f || ch == '\r' || ch == '\n' || ch == ' ' {
			continue
		}
		if ch == '=' {
			// Padding ends the data only where a quad may end; a stray
			// '=' elsewhere is skipped.
			if quad < 2 || quad == 2 && nthValid(data[i:], 1) != '=' {
				continue
			}
			leftbits = 0
			break
		}
		v := a2bBase64[ch]
		if v == 0xff {
			continue
		}
		quad = (quad + 1) & 3
		leftchar = leftchar<<6 | uint32(v)
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(leftchar>>uint(leftbits)))
			leftchar &= 1<<uint(leftbits) - 1
		}
	}
	if leftbits != 0 {
		return nil, errorf("Incorrect padding")
	}
	return bytesResult(out), nil
}

func b2aBase64Func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("b2a_base64", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for len(data) >= 3 {
		v := uint32(data[0])<<16 | uint32(data[1])<<8 | uint32(data[2])
		out = append(out, b2aBase64[v>>18], b2aBase64[v>>12&0x3f], b2aBase64[v>>6&0x3f], b2aBase64[v&0x3f])
		data = data[3:]
	}
	switch len(data) {
	case 1:
		v := uint32(data[0])
		out = append(out, b2aBase64[v>>2], b2aBase64[v&3<<4], '=', '=')
	case 2:
		v := uint32(data[0])<<8 | uint32(data[1])
		out = append(out, b2aBase64[v>>10], b2aBase64[v>>4&0x3f], b2aBase64[v&0xf<<2], '=')
	}
	out = append(out, '\n')
	return bytesResult(out), nil
}

func a2bHqxFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("a2b_hqx", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data))
	var leftchar uint32
	leftbits := 0
	done := false
	for _, c := range data {
		v := a2bHqx[c]
		if v == hqxSkip {
			continue
		}
		if v == hqxFail {
			return nil, errorf("Illegal char")
		}
		if v == hqxDone {
			done = true
			break
		}
		leftchar = leftchar<<6 | uint32(v)
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(leftchar>>uint(leftbits)))
			leftchar &= 1<<uint(leftbits) - 1
		}
	}
	if leftbits != 0 && !done {
		return nil, incompletef("String has incomplete number of bytes")
	}
	d := int64(0)
	if done {
		d = 1
	}
	return py.NewTuple(bytesResult(out), py.NewInt(d)), nil
}

func b2aHqxFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("b2a_hqx", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data)*2)
	var leftchar uint32
	leftbits := 0
	for _, c := range data {
		leftchar = leftchar<<8 | uint32(c)
		leftbits += 8
		for leftbits >= 6 {
			out = append(out, b2aHqx[leftchar>>uint(leftbits-6)&0x3f])
			leftbits -= 6
		}
	}
	if leftbits != 0 {
		leftchar <<= uint(6 - leftbits)
		out = append(out, b2aHqx[leftchar&0x3f])
	}
	return bytesResult(out), nil
}

func rlecodeHqx(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("rlecode_hqx", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data)*2)
	for in := 0; in < len(data); in++ {
		ch := data[in]
		if ch == runChar {
			out = append(out, runChar, 0)
			continue
		}
		end := in + 1
		for end < len(data) && data[end] == ch && end < in+255 {
			end++
		}
		if end-in > 3 {
			out = append(out, ch, runChar, byte(end-in))
			in = end - 1
		} else {
			out = append(out, ch)
		}
	}
	return bytesResult(out), nil
}

func rledecodeHqx(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("rledecode_hqx", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return py.NewBytes(""), nil
	}
	out := make([]byte, 0, len(data)*2)
	in := 0
	next := func() (byte, bool) {
		if in >= len(data) {
			return 0, false
		}
		in++
		return data[in-1], true
	}
	b, _ := next()
	if b == runChar {
		rep, ok := next()
		if !ok {
			return nil, incompletef("")
		}
		if rep != 0 {
			return nil, errorf("Orphaned RLE code at start")
		}
	}
	out = append(out, b)
	for in < len(data) {
		b, _ := next()
		if b != runChar {
			out = append(out, b)
			continue
		}
		rep, ok := next()
		if !ok {
			return nil, incompletef("")
		}
		if rep == 0 {
			out = append(out, runChar)
			continue
		}
		last := out[len(out)-1]
		for ; rep > 1; rep-- {
			out = append(out, last)
		}
	}
	return bytesResult(out), nil
}

func crcHqx(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, co py.Object
	if err := py.ParseTuple("crc_hqx", args, kwnames, 2, 2, &do, &co); err != nil {
		return nil, err
	}
	data, err := dataArg(do)
	if err != nil {
		return nil, err
	}
	c, err := py.ArgInt(t, co)
	if err != nil {
		return nil, err
	}
	crc := uint32(int32(c))
	for _, b := range data {
		crc = (crc<<8)&0xff00 ^ uint32(crcTabHqx[(crc>>8)&0xff^uint32(b)])
	}
	return py.NewInt(int64(int32(crc))), nil
}

// uintMask is the "I" conversion: an int's low 32 bits, whatever its
// size or sign.
func uintMask(t *py.Thread, o py.Object) (uint32, error) {
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	i, ok := o.(*py.Int)
	if !ok {
		typ := o.Type()
		if typ.Int == nil {
			return 0, py.Errorf(py.TypeError, "an integer is required")
		}
		r, err := typ.Int(t, o)
		if err != nil {
			return 0, err
		}
		if i, ok = r.(*py.Int); !ok {
			return 0, py.Errorf(py.TypeError, "nb_int should return int object")
		}
	}
	if v, small := i.Int64(); small {
		return uint32(v), nil
	}
	m := new(big.Int).And(i.Big(), big.NewInt(0xffffffff))
	return uint32(m.Uint64()), nil
}

func crc32Func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, co py.Object
	if err := py.ParseTuple("crc32", args, kwnames, 1, 2, &do, &co); err != nil {
		return nil, err
	}
	data, err := dataArg(do)
	if err != nil {
		return nil, err
	}
	var crc uint32
	if co != nil {
		if crc, err = uintMask(t, co); err != nil {
			return nil, err
		}
	}
	return py.NewInt(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
}

const hexDigits = "0123456789abcdef"

func hexlify(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("b2a_hex", args, kwnames)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(data)*2)
	for i, b := range data {
		out[2*i] = hexDigits[b>>4]
		out[2*i+1] = hexDigits[b&0xf]
	}
	return bytesResult(out), nil
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func unhexlify(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	data, err := oneData("a2b_hex", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(data)%2 != 0 {
		return nil, errorf("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := hexVal(data[2*i]), hexVal(data[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, errorf("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return bytesResult(out), nil
}

// intFlag converts an "i" argument used as a flag.
func intFlag(t *py.Thread, o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return py.ArgInt(t, o)
}

func a2bQP(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, ho py.Object
	if err := py.ParseArgs("a2b_qp", args, kwnames, []string{"data", "header"}, 1, &do, &ho); err != nil {
		return nil, err
	}
	data, err := dataArg(do)
	if err != nil {
		return nil, err
	}
	header, err := intFlag(t, ho, 0)
	if err != nil {
		return nil, err
	}
	at := func(i int) byte {
		if i < len(data) {
			return data[i]
		}
		return 0
	}
	out := make([]byte, 0, len(data))
	for in := 0; in < len(data); {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= len(data) {
				return bytesResult(out), nil
			}
			switch d := data[in]; {
			case d == '\n' || d == '\r':
				// A soft line break: skip to the end of the line.
				if d != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			case d == '=':
				out = append(out, '=')
				in++
			case hexVal(d) >= 0 && hexVal(at(in+1)) >= 0:
				out = append(out, byte(hexVal(d)<<4|hexVal(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header != 0 && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return bytesResult(out), nil
}

const maxLineSize = 76

const upperHex = "0123456789ABCDEF"

func b2aQP(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, qo, io, ho py.Object
	if err := py.ParseArgs("b2a_qp", args, kwnames, []string{"data", "quotetabs", "istext", "header"}, 1, &do, &qo, &io, &ho); err != nil {
		return nil, err
	}
	data, err := dataArg(do)
	if err != nil {
		return nil, err
	}
	quotetabs, err := intFlag(t, qo, 0)
	if err != nil {
		return nil, err
	}
	istext, err := intFlag(t, io, 1)
	if err != nil {
		return nil, err
	}
	header, err := intFlag(t, ho, 0)
	if err != nil {
		return nil, err
	}
	at := func(i int) byte {
		if i < len(data) {
			return data[i]
		}
		return 0
	}
	// The line ends are those of the first line: CRLF or LF.
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	softBreak := func(out []byte) []byte {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		return append(out, '\n')
	}
	out := make([]byte, 0, len(data)+len(data)/8)
	linelen := 0
	for in := 0; in < len(data); {
		c := data[in]
		mustQuote := c > 126 || c == '=' ||
			header != 0 && c == '_' ||
			c == '.' && linelen == 0 && (at(in+1) == '\n' || at(in+1) == '\r' || at(in+1) == 0) ||
			istext == 0 && (c == '\r' || c == '\n') ||
			(c == '\t' || c == ' ') && in+1 == len(data) ||
			c < 33 && c != '\r' && c != '\n' && (quotetabs != 0 || c != '\t' && c != ' ')
		if mustQuote {
			if linelen+3 >= maxLineSize {
				out = softBreak(out)
				linelen = 0
			}
			out = append(out, '=', upperHex[c>>4], upperHex[c&0xf])
			in++
			linelen += 3
			continue
		}
		if istext != 0 && (c == '\n' || in+1 < len(data) && c == '\r' && data[in+1] == '\n') {
			linelen = 0
			// Whitespace before a line end is quoted.
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ws := out[n-1]
				out[n-1] = '='
				out = append(out, upperHex[ws>>4], upperHex[ws&0xf])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if in+1 != len(data) && data[in+1] != '\n' && linelen+1 >= maxLineSize {
			out = softBreak(out)
			linelen = 0
		}
		linelen++
		if header != 0 && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return bytesResult(out), nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("binascii")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Conversion between binary data and ASCII"))
	m.Dict.SetStr(py.NewStr("Error"), ErrorType)
	m.Dict.SetStr(py.NewStr("Incomplete"), IncompleteType)
	hexDoc := "b2a_hex(data) -> s; Hexadecimal representation of binary data.\n\nThis function is also available as \"hexlify()\"."
	unhexDoc := "a2b_hex(hexstr) -> s; Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\""
	for _, f := range []struct {
		name string
		fn   py.BuiltinFunc
		doc  string
	}{
		{"a2b_uu", a2bUU, "(ascii) -> bin. Decode a line of uuencoded data"},
		{"b2a_uu", b2aUU, "(bin) -> ascii. Uuencode line of data"},
		{"a2b_base64", a2bBase64Func, "(ascii) -> bin. Decode a line of base64 data"},
		{"b2a_base64", b2aBase64Func, "(bin) -> ascii. Base64-code line of data"},
		{"a2b_hqx", a2bHqxFunc, "ascii -> bin, done. Decode .hqx coding"},
		{"b2a_hqx", b2aHqxFunc, "Encode .hqx data"},
		{"b2a_hex", hexlify, hexDoc},
		{"a2b_hex", unhexlify, unhexDoc},
		{"hexlify", hexlify, hexDoc},
		{"unhexlify", unhexlify, unhexDoc},
		{"rlecode_hqx", rlecodeHqx, "Binhex RLE-code binary data"},
		{"rledecode_hqx", rledecodeHqx, "Decode hexbin RLE-coded string"},
		{"crc_hqx", crcHqx, "(data, oldcrc) -> newcrc. Compute hqx CRC incrementally"},
		{"crc32", crc32Func, "(data, oldcrc = 0) -> newcrc. Compute CRC-32 incrementally"},
		{"a2b_qp", a2bQP, "Decode a string of qp-encoded data"},
		{"b2a_qp", b2aQP, "b2a_qp(data, quotetabs=0, istext=1, header=0) -> s; \n Encode a string using quoted-printable encoding. \n\nOn encoding, when istext is set, newlines are not encoded, and white \nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF) are \nboth encoded.  When quotetabs is set, space and tabs are encoded."},
	} {
		m.AddFunction(f.name, f.fn, f.doc)
	}
	return m, nil
}
