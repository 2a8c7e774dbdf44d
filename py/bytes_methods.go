package py

import (
	"strings"
)

// The methods bytes and bytearray share (CPython's bytes_methods.c and
// stringlib): each reads its object's bytes and returns a result of the
// object's kind, bytes for a bytes and bytearray for a bytearray. Where
// CPython words an error differently for the two, the bytearray wording
// is chosen by the object's kind.

// bytesSelf returns the bytes of a bytes or bytearray, and whether it is
// a bytearray.
func bytesSelf(o Object) (string, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.s, false
	case *ByteArray:
		return string(v.b), true
	}
	panic("bytesSelf: not bytes or bytearray")
}

// bytesResult returns s as a bytes, or as a bytearray when array is set.
func bytesResult(array bool, s string) Object {
	if array {
		return NewByteArray([]byte(s))
	}
	return NewBytes(s)
}

// bytesUnchanged returns self's bytes unchanged, as a method that changes
// nothing returns them: self itself for an exact bytes, else a new object.
func bytesUnchanged(self Object, data string, array bool) Object {
	if b, ok := self.(*Bytes); ok && b.ext.p == nil {
		return b
	}
	return bytesResult(array, data)
}

// bytesSubArg converts a bytes-like argument.
func bytesSubArg(o Object, apiWording bool) (string, error) {
	s, ok, err := bytesBufferErr(o)
	if !ok {
		return "", bytesNoBuffer(o, apiWording)
	}
	if err != nil {
		return "", err
	}
	return s, nil
}

// bytesSearch parses "sub[, start[, end]]" for bytes and bytearray.
func bytesSearch(t *Thread, fname string, self Object, args []Object, kwnames *Tuple) (data, sub string, start, end int, array bool, err error) {
	data, array = bytesSelf(self)
	var subObj, startObj, endObj Object
	if fname != "count" {
		if NumKw(kwnames) != 0 {
			err = Errorf(TypeError, "%s() takes no keyword arguments", fname)
			return
		}
		fname = "find/rfind/index/rindex" // one parser for the four in 3.2
	}
	if err = ParseTuple(fname, args, kwnames, 1, 3, &subObj, &startObj, &endObj); err != nil {
		return
	}
	start, end = 0, strMaxInt
	if startObj != nil && startObj != None {
		if start, err = sliceIndex(t, startObj); err != nil {
			return
		}
	}
	if endObj != nil && endObj != None {
		if end, err = sliceIndex(t, endObj); err != nil {
			return
		}
	}
	if sub, err = bytesSubArg(subObj, array); err != nil {
		return
	}
	start, end = strAdjustIndices(start, end, len(data))
	return
}

func bytesFindMethod(fname string, reverse, raise bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		data, sub, start, end, array, err := bytesSearch(t, fname, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		i := -1
		if end-start >= 0 {
			w := data[start:end]
			if reverse {
				if i = strings.LastIndex(w, sub); i >= 0 {
					i += start
				}
			} else if i = strings.Index(w, sub); i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			if array {
				return nil, Errorf(ValueError, "subsection not found")
			}
			return nil, Errorf(ValueError, "substring not found")
		}
		return NewInt(int64(i)), nil
	}
}

func bytesCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, sub, start, end, _, err := bytesSearch(t, "count", self, args, kwnames)
	if err != nil {
		return nil, err
	}
	if end-start < 0 {
		return NewInt(0), nil
	}
	if len(sub) == 0 {
		return NewInt(int64(end - start + 1)), nil
	}
	return NewInt(int64(strings.Count(data[start:end], sub))), nil
}

func bytesTailMatch(fname string, reverse bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		data, array := bytesSelf(self)
		var subObj, startObj, endObj Object
		if err := ParseTuple(fname, args, kwnames, 1, 3, &subObj, &startObj, &endObj); err != nil {
			return nil, err
		}
		start, end := 0, strMaxInt
		var err error
		if startObj != nil && startObj != None {
			if start, err = sliceIndex(t, startObj); err != nil {
				return nil, err
			}
		}
		if endObj != nil && endObj != None {
			if end, err = sliceIndex(t, endObj); err != nil {
				return nil, err
			}
		}
		match := func(sub string) bool {
			s, e := strAdjustIndices(start, end, len(data))
			if e-len(sub) < s {
				return false
			}
			if reverse {
				return data[e-len(sub):e] == sub
			}
			return data[s:s+len(sub)] == sub
		}
		if tup, ok := subObj.(*Tuple); ok {
			for _, item := range tup.Items {
				sub, err := bytesSubArg(item, array)
				if err != nil {
					return nil, err
				}
				if match(sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := bytesBuffer(subObj)
		if !ok {
			return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", fname, subObj.Type().Name)
		}
		return NewBool(match(sub)), nil
	}
}

func bytesJoin(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("join", args, kwnames)
	if err != nil {
		return nil, err
	}
	sep, array := bytesSelf(self)
	items, err := strSequence(t, arg, !array)
	if err != nil && array && ErrorMatches(err, TypeError) && arg.Type().Iter == nil && arg.Type().GetItem == nil {
		return nil, Errorf(TypeError, "can only join an iterable")
	}
	if err != nil {
		return nil, err
	}
	size := len(sep) * max(len(items)-1, 0)
	for i, x := range items {
		switch v := x.(type) {
		case *Bytes:
			size += len(v.s)
		case *ByteArray:
			size += len(v.b)
		default:
			if array {
				return nil, Errorf(TypeError, "can only join an iterable of bytes (item %d has type '%s')", i, x.Type().Name)
			}
			return nil, Errorf(TypeError, "sequence item %d: expected bytes, %s found", i, x.Type().Name)
		}
	}
	if !array && len(items) == 1 {
		if b, ok := items[0].(*Bytes); ok && b.ext.p == nil {
			return b, nil
		}
	}
	out := make([]byte, 0, size)
	for i, x := range items {
		if i > 0 {
			out = append(out, sep...)
		}
		switch v := x.(type) {
		case *Bytes:
			out = append(out, v.s...)
		case *ByteArray:
			out = append(out, v.b...)
		}
	}
	if array {
		return NewByteArray(out), nil
	}
	return NewBytes(string(out)), nil
}

// bytesIsSpace reports whether c is ASCII whitespace as bytes methods see
// it (Py_ISSPACE: space, \t, \n, \v, \f, \r).
func bytesIsSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

func bytesSplitMethod(fname string, reverse bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		data, array := bytesSelf(self)
		var sepObj, maxObj Object
		if err := ParseTuple(fname, args, kwnames, 0, 2, &sepObj, &maxObj); err != nil {
			return nil, err
		}
		maxsplit := -1
		if maxObj != nil {
			var err error
			if maxsplit, err = ArgIndex(t, maxObj); err != nil {
				return nil, err
			}
		}
		if maxsplit < 0 {
			maxsplit = strMaxInt
		}
		var pieces []string
		if sepObj == nil || sepObj == None {
			pieces = bytesSplitWhitespace(data, maxsplit, reverse)
		} else {
			sep, err := bytesSubArg(sepObj, true)
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, Errorf(ValueError, "empty separator")
			}
			pieces = bytesSplitSep(data, sep, maxsplit, reverse)
		}
		out := make([]Object, len(pieces))
		for i, p := range pieces {
			out[i] = bytesResult(array, p)
		}
		return NewList(out...), nil
	}
}

func bytesSplitWhitespace(data string, maxsplit int, reverse bool) []string {
	var out []string
	if !reverse {
		i := 0
		for {
			for i < len(data) && bytesIsSpace(data[i]) {
				i++
			}
			if i == len(data) {
				return out
			}
			if maxsplit == 0 {
				return append(out, data[i:])
			}
			j := i
			for j < len(data) && !bytesIsSpace(data[j]) {
				j++
			}
			out = append(out, data[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(data)
	for {
		for j > 0 && bytesIsSpace(data[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, data[:j])
			break
		}
		i := j
		for i > 0 && !bytesIsSpace(data[i-1]) {
			i--
		}
		out = append(out, data[i:j])
		maxsplit--
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesSplitSep(data, sep string, maxsplit int, reverse bool) []string {
	var out []string
	if !reverse {
		i := 0
		for maxsplit > 0 {
			k := strings.Index(data[i:], sep)
			if k < 0 {
				break
			}
			out = append(out, data[i:i+k])
			i += k + len(sep)
			maxsplit--
		}
		return append(out, data[i:])
	}
	j := len(data)
	for maxsplit > 0 {
		k := strings.LastIndex(data[:j], sep)
		if k < 0 {
			break
		}
		out = append(out, data[k+len(sep):j])
		j = k
		maxsplit--
	}
	out = append(out, data[:j])
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func bytesSplitLines(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, array := bytesSelf(self)
	var keepObj Object
	if err := ParseTuple("splitlines", args, kwnames, 0, 1, &keepObj); err != nil {
		return nil, err
	}
	keep := false
	if keepObj != nil {
		k, err := ArgInt(t, keepObj)
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	var out []Object
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] != '\n' && data[j] != '\r' {
			j++
		}
		eol := j
		if j < len(data) {
			if data[j] == '\r' && j+1 < len(data) && data[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		out = append(out, bytesResult(array, data[i:eol]))
		i = j
	}
	return NewList(out...), nil
}

func bytesPartitionMethod(fname string, reverse bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		arg, err := OneArg(fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		data, array := bytesSelf(self)
		if _, isStr := arg.(*Str); isStr && array {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		var sep string
		if array {
			// bytearray converts the separator as bytearray(sep) would.
			b, err := bytesFromObject(t, arg, true)
			if err != nil {
				return nil, err
			}
			sep = string(b)
		} else if sep, err = bytesSubArg(arg, array); err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, Errorf(ValueError, "empty separator")
		}
		var i int
		if reverse {
			i = strings.LastIndex(data, sep)
		} else {
			i = strings.Index(data, sep)
		}
		empty := bytesResult(array, "")
		if i < 0 {
			whole := bytesUnchanged(self, data, array)
			if reverse {
				return NewTuple(empty, bytesResult(array, ""), whole), nil
			}
			return NewTuple(whole, empty, bytesResult(array, "")), nil
		}
		// bytes gives back the separator object itself (3.2's stringlib).
		mid := arg
		if array {
			mid = bytesResult(array, sep)
		}
		return NewTuple(bytesResult(array, data[:i]), mid, bytesResult(array, data[i+len(sep):])), nil
	}
}

func bytesReplace(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, array := bytesSelf(self)
	var oldObj, newObj, countObj Object
	if err := ParseTuple("replace", args, kwnames, 2, 3, &oldObj, &newObj, &countObj); err != nil {
		return nil, err
	}
	old, err := bytesSubArg(oldObj, array)
	if err != nil {
		return nil, err
	}
	repl, err := bytesSubArg(newObj, array)
	if err != nil {
		return nil, err
	}
	count := -1
	if countObj != nil {
		if count, err = ArgIndex(t, countObj); err != nil {
			return nil, err
		}
	}
	if count < 0 {
		count = strMaxInt
	} else if len(data) == 0 {
		return bytesUnchanged(self, data, array), nil
	}
	if count == 0 || len(old) > len(data) {
		return bytesUnchanged(self, data, array), nil
	}
	var m int
	if len(old) == 0 {
		m = min(count, len(data)+1)
	} else if m = min(strings.Count(data, old), count); m == 0 {
		return bytesUnchanged(self, data, array), nil
	}
	if size := len(data) + m*(len(repl)-len(old)); size > strMaxBytes || size < 0 {
		return nil, Errorf(OverflowError, "replace bytes is too long")
	}
	if len(old) == 0 {
		// Before each byte (strings.Replace would go by UTF-8 sequence).
		out := make([]byte, 0, len(data)+m*len(repl))
		for k := 0; k < m; k++ {
			out = append(out, repl...)
			if k < len(data) {
				out = append(out, data[k])
			}
		}
		if m <= len(data) {
			out = append(out, data[m:]...)
		}
		return bytesResult(array, string(out)), nil
	}
	return bytesResult(array, strings.Replace(data, old, repl, m)), nil
}

// bytesStripMethod makes strip, lstrip and rstrip.
func bytesStripMethod(fname string, how int) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		data, array := bytesSelf(self)
		var charsObj Object
		if err := ParseTuple(fname, args, kwnames, 0, 1, &charsObj); err != nil {
			return nil, err
		}
		in := bytesIsSpace
		if charsObj != nil && charsObj != None {
			chars, err := bytesSubArg(charsObj, true)
			if err != nil {
				return nil, err
			}
			var set [256]bool
			for i := 0; i < len(chars); i++ {
				set[chars[i]] = true
			}
			in = func(c byte) bool { return set[c] }
		}
		i, j := 0, len(data)
		if how&strStripLeft != 0 {
			for i < j && in(data[i]) {
				i++
			}
		}
		if how&strStripRight != 0 {
			for j > i && in(data[j-1]) {
				j--
			}
		}
		if i == 0 && j == len(data) {
			return bytesUnchanged(self, data, array), nil
		}
		return bytesResult(array, data[i:j]), nil
	}
}

// bytesMapMethod makes the case conversions: conv maps each byte.
func bytesMapMethod(fname string, conv func(c byte, first, prevCased bool) byte) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		data, array := bytesSelf(self)
		out := make([]byte, len(data))
		prevCased := false
		for i := 0; i < len(data); i++ {
			c := data[i]
			out[i] = conv(c, i == 0, prevCased)
			prevCased = bytesIsLower(c) || bytesIsUpper(c)
		}
		if array {
			return NewByteArray(out), nil
		}
		return NewBytes(string(out)), nil
	}
}

func bytesIsLower(c byte) bool { return c >= 'a' && c <= 'z' }
func bytesIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func bytesToUpper(c byte) byte {
	if bytesIsLower(c) {
		return c - 32
	}
	return c
}

func bytesToLower(c byte) byte {
	if bytesIsUpper(c) {
		return c + 32
	}
	return c
}

// bytesPredicate makes the is* methods: every byte has the property, and
// there is at least one.
func bytesPredicate(fname string, mask uint8) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		data, _ := bytesSelf(self)
		if len(data) == 0 {
			return False, nil
		}
		for i := 0; i < len(data); i++ {
			c := data[i]
			if c >= 0x80 {
				return False, nil
			}
			if mask == strASCIISpace {
				if !bytesIsSpace(c) {
					return False, nil
				}
			} else if strASCIIClass[c]&mask == 0 {
				return False, nil
			}
		}
		return True, nil
	}
}

func bytesIsLowerMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("islower", args, kwnames); err != nil {
		return nil, err
	}
	data, _ := bytesSelf(self)
	cased := false
	for i := 0; i < len(data); i++ {
		if bytesIsUpper(data[i]) {
			return False, nil
		}
		if bytesIsLower(data[i]) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func bytesIsUpperMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("isupper", args, kwnames); err != nil {
		return nil, err
	}
	data, _ := bytesSelf(self)
	cased := false
	for i := 0; i < len(data); i++ {
		if bytesIsLower(data[i]) {
			return False, nil
		}
		if bytesIsUpper(data[i]) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func bytesIsTitleMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("istitle", args, kwnames); err != nil {
		return nil, err
	}
	data, _ := bytesSelf(self)
	cased, prevCased := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case bytesIsUpper(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case bytesIsLower(c):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return NewBool(cased), nil
}

// bytesPadMethod makes center, ljust and rjust.
func bytesPadMethod(fname string, align byte) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		data, array := bytesSelf(self)
		var widthObj, fillObj Object
		if err := ParseTuple(fname, args, kwnames, 1, 2, &widthObj, &fillObj); err != nil {
			return nil, err
		}
		width, err := ArgIndex(t, widthObj)
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if fillObj != nil {
			f, ok := fillObj.(*Bytes)
			if !ok || len(f.s) != 1 {
				return nil, Errorf(TypeError, "must be a byte string of length 1, not %s", fillObj.Type().Name)
			}
			fill = f.s[0]
		}
		n := len(data)
		if width <= n {
			return bytesUnchanged(self, data, array), nil
		}
		if width > strMaxBytes {
			return nil, Errorf(MemoryError, "")
		}
		marg := width - n
		var left int
		switch align {
		case '>':
			left = marg
		case '^':
			left = marg/2 + (marg & width & 1)
		}
		out := make([]byte, width)
		for i := range out {
			out[i] = fill
		}
		copy(out[left:], data)
		if array {
			return NewByteArray(out), nil
		}
		return NewBytes(string(out)), nil
	}
}

func bytesZFill(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, array := bytesSelf(self)
	var widthObj Object
	if err := ParseTuple("zfill", args, kwnames, 1, 1, &widthObj); err != nil {
		return nil, err
	}
	width, err := ArgIndex(t, widthObj)
	if err != nil {
		return nil, err
	}
	if width <= len(data) {
		return bytesUnchanged(self, data, array), nil
	}
	if width > strMaxBytes {
		return nil, Errorf(MemoryError, "")
	}
	out := make([]byte, 0, width)
	rest := data
	if len(rest) > 0 && (rest[0] == '+' || rest[0] == '-') {
		out = append(out, rest[0])
		rest = rest[1:]
	}
	for k := len(data); k < width; k++ {
		out = append(out, '0')
	}
	out = append(out, rest...)
	if array {
		return NewByteArray(out), nil
	}
	return NewBytes(string(out)), nil
}

func bytesExpandTabs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, array := bytesSelf(self)
	var sizeObj Object
	if err := ParseTuple("expandtabs", args, kwnames, 0, 1, &sizeObj); err != nil {
		return nil, err
	}
	tabsize := 8
	if sizeObj != nil {
		var err error
		if tabsize, err = ArgInt(t, sizeObj); err != nil {
			return nil, err
		}
	}
	out := make([]byte, 0, len(data))
	col := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if len(out)+k > strMaxBytes {
					return nil, Errorf(OverflowError, "result is too long")
				}
				for ; k > 0; k-- {
					out = append(out, ' ')
				}
				col += tabsize - col%tabsize
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	if array {
		return NewByteArray(out), nil
	}
	return NewBytes(string(out)), nil
}

func bytesTranslate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, array := bytesSelf(self)
	var tableObj, delObj Object
	if err := ParseTuple("translate", args, kwnames, 1, 2, &tableObj, &delObj); err != nil {
		return nil, err
	}
	var table string
	if tableObj != None {
		var err error
		if table, err = bytesSubArg(tableObj, array); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, Errorf(ValueError, "translation table must be 256 characters long")
		}
	}
	var del [256]bool
	if delObj != nil {
		d, err := bytesSubArg(delObj, array)
		if err != nil {
			return nil, err
		}
		for i := 0; i < len(d); i++ {
			del[d[i]] = true
		}
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		if del[c] {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	if array {
		return NewByteArray(out), nil
	}
	return NewBytes(string(out)), nil
}

func bytesMakeTrans(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var fromObj, toObj Object
	if err := ParseTuple("maketrans", args, kwnames, 2, 2, &fromObj, &toObj); err != nil {
		return nil, err
	}
	from, err := bytesSubArg(fromObj, true)
	if err != nil {
		return nil, err
	}
	to, err := bytesSubArg(toObj, true)
	if err != nil {
		return nil, err
	}
	if len(from) != len(to) {
		return nil, Errorf(ValueError, "maketrans arguments must have same length")
	}
	var table [256]byte
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		table[from[i]] = to[i]
	}
	return NewBytes(string(table[:])), nil
}

var bytesDecodeKwlist = []string{"encoding", "errors"}

func bytesDecode(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	data, _ := bytesSelf(self)
	var encObj, errObj Object
	if err := ParseArgs("decode", args, kwnames, bytesDecodeKwlist, 0, &encObj, &errObj); err != nil {
		return nil, err
	}
	enc, errs := "utf-8", "strict"
	if encObj != nil {
		e, ok := encObj.(*Str)
		if !ok {
			return nil, ArgTypeError("decode", 1, "str", encObj)
		}
		enc = e.s
	}
	if errObj != nil {
		e, ok := errObj.(*Str)
		if !ok {
			return nil, ArgTypeError("decode", 2, "str", errObj)
		}
		errs = e.s
	}
	return Decode(t, data, enc, errs)
}

func bytesFromHex(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var arg Object
	if err := ParseTuple("fromhex", args, kwnames, 1, 1, &arg); err != nil {
		return nil, err
	}
	s, ok := arg.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "must be str, not %s", arg.Type().Name)
	}
	hexval := func(c rune) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	runes := []rune(strings.ToValidUTF8(s.s, "\uFFFD"))
	out := make([]byte, 0, len(runes)/2)
	for i := 0; i < len(runes); {
		if runes[i] == ' ' {
			i++
			continue
		}
		hi := hexval(runes[i])
		lo := -1
		if i+1 < len(runes) {
			lo = hexval(runes[i+1])
		}
		if hi < 0 || lo < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	if typ, ok := self.(*Type); ok && typ.IsSubtype(ByteArrayType) {
		return NewByteArray(out), nil
	}
	return NewBytes(string(out)), nil
}

// bytesSharedMethods are the methods of bytes and bytearray alike.
var bytesSharedMethods = []MethodDef{
	{Name: "capitalize", Fn: bytesMapMethod("capitalize", func(c byte, first, _ bool) byte {
		if first {
			return bytesToUpper(c)
		}
		return bytesToLower(c)
	}), Doc: "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased."},
	{Name: "center", Fn: bytesPadMethod("center", '^'), Doc: "B.center(width[, fillchar]) -> copy of B\n\nReturn B centered in a string of length width.  Padding is\ndone using the specified fill character (default is a space)."},
	{Name: "count", Fn: bytesCount, Doc: "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring B[start:end].  Optional arguments start and end are interpreted\nas in slice notation."},
	{Name: "decode", Fn: bytesDecode, Doc: "B.decode(encoding='utf-8', errors='strict') -> str\n\nDecode B using the codec registered for encoding. Default encoding\nis 'utf-8'. errors may be given to set a different error\nhandling scheme.  Default is 'strict' meaning that encoding errors raise\na UnicodeDecodeError.  Other possible values are 'ignore' and 'replace'\nas well as any other name registerd with codecs.register_error that is\nable to handle UnicodeDecodeErrors."},
	{Name: "endswith", Fn: bytesTailMatch("endswith", true), Doc: "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of strings to try."},
	{Name: "expandtabs", Fn: bytesExpandTabs, Doc: "B.expandtabs([tabsize]) -> copy of B\n\nReturn a copy of B where all tab characters are expanded using spaces.\nIf tabsize is not given, a tab size of 8 characters is assumed."},
	{Name: "find", Fn: bytesFindMethod("find", false, false), Doc: "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where substring sub is found,\nsuch that sub is contained within s[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
	{Name: "fromhex", Fn: bytesFromHex, Kind: ClassMethod, Doc: "bytes.fromhex(string) -> bytes\n\nCreate a bytes object from a string of hexadecimal numbers.\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\xb9\\x01\\xef'."},
	{Name: "index", Fn: bytesFindMethod("index", false, true), Doc: "B.index(sub[, start[, end]]) -> int\n\nLike B.find() but raise ValueError when the substring is not found."},
	{Name: "isalnum", Fn: bytesPredicate("isalnum", strASCIIAlpha|strASCIIDigit), Doc: "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise."},
	{Name: "isalpha", Fn: bytesPredicate("isalpha", strASCIIAlpha), Doc: "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise."},
	{Name: "isdigit", Fn: bytesPredicate("isdigit", strASCIIDigit), Doc: "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise."},
	{Name: "islower", Fn: bytesIsLowerMethod, Doc: "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise."},
	{Name: "isspace", Fn: bytesPredicate("isspace", strASCIISpace), Doc: "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise."},
	{Name: "istitle", Fn: bytesIsTitleMethod, Doc: "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise."},
	{Name: "isupper", Fn: bytesIsUpperMethod, Doc: "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise."},
	{Name: "join", Fn: bytesJoin, Doc: "B.join(iterable_of_bytes) -> bytes\n\nConcatenate any number of bytes objects, with B in between each pair.\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'."},
	{Name: "ljust", Fn: bytesPadMethod("ljust", '<'), Doc: "B.ljust(width[, fillchar]) -> copy of B\n\nReturn B left justified in a string of length width. Padding is\ndone using the specified fill character (default is a space)."},
	{Name: "lower", Fn: bytesMapMethod("lower", func(c byte, _, _ bool) byte { return bytesToLower(c) }), Doc: "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase."},
	{Name: "lstrip", Fn: bytesStripMethod("lstrip", strStripLeft), Doc: "B.lstrip([bytes]) -> bytes\n\nStrip leading bytes contained in the argument.\nIf the argument is omitted, strip leading ASCII whitespace."},
	{Name: "maketrans", Fn: bytesMakeTrans, Kind: StaticMethod, Doc: "B.maketrans(frm, to) -> translation table\n\nReturn a translation table (a bytes object of length 256) suitable\nfor use in the bytes or bytearray translate method where each byte\nin frm is mapped to the byte at the same position in to.\nThe bytes objects frm and to must be of the same length."},
	{Name: "partition", Fn: bytesPartitionMethod("partition", false), Doc: "B.partition(sep) -> (head, sep, tail)\n\nSearch for the separator sep in B, and return the part before it,\nthe separator itself, and the part after it.  If the separator is not\nfound, returns B and two empty bytes objects."},
	{Name: "replace", Fn: bytesReplace, Doc: "B.replace(old, new[, count]) -> bytes\n\nReturn a copy of B with all occurrences of subsection\nold replaced by new.  If the optional argument count is\ngiven, only first count occurances are replaced."},
	{Name: "rfind", Fn: bytesFindMethod("rfind", true, false), Doc: "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where substring sub is found,\nsuch that sub is contained within s[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
	{Name: "rindex", Fn: bytesFindMethod("rindex", true, true), Doc: "B.rindex(sub[, start[, end]]) -> int\n\nLike B.rfind() but raise ValueError when the substring is not found."},
	{Name: "rjust", Fn: bytesPadMethod("rjust", '>'), Doc: "B.rjust(width[, fillchar]) -> copy of B\n\nReturn B right justified in a string of length width. Padding is\ndone using the specified fill character (default is a space)"},
	{Name: "rpartition", Fn: bytesPartitionMethod("rpartition", true), Doc: "B.rpartition(sep) -> (head, sep, tail)\n\nSearch for the separator sep in B, starting at the end of B,\nand return the part before it, the separator itself, and the\npart after it.  If the separator is not found, returns two empty\nbytes objects and B."},
	{Name: "rsplit", Fn: bytesSplitMethod("rsplit", true), Doc: "B.rsplit([sep[, maxsplit]]) -> list of bytes\n\nReturn a list of the sections in B, using sep as the delimiter,\nstarting at the end of B and working to the front.\nIf sep is not given, B is split on ASCII whitespace characters\n(space, tab, return, newline, formfeed, vertical tab).\nIf maxsplit is given, at most maxsplit splits are done."},
	{Name: "rstrip", Fn: bytesStripMethod("rstrip", strStripRight), Doc: "B.rstrip([bytes]) -> bytes\n\nStrip trailing bytes contained in the argument.\nIf the argument is omitted, strip trailing ASCII whitespace."},
	{Name: "split", Fn: bytesSplitMethod("split", false), Doc: "B.split([sep[, maxsplit]]) -> list of bytes\n\nReturn a list of the sections in B, using sep as the delimiter.\nIf sep is not specified or is None, B is split on ASCII whitespace\ncharacters (space, tab, return, newline, formfeed, vertical tab).\nIf maxsplit is given, at most maxsplit splits are done."},
	{Name: "splitlines", Fn: bytesSplitLines, Doc: "B.splitlines([keepends]) -> list of lines\n\nReturn a list of the lines in B, breaking at line boundaries.\nLine breaks are not included in the resulting list unless keepends\nis given and true."},
	{Name: "startswith", Fn: bytesTailMatch("startswith", false), Doc: "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of strings to try."},
	{Name: "strip", Fn: bytesStripMethod("strip", strStripBoth), Doc: "B.strip([bytes]) -> bytes\n\nStrip leading and trailing bytes contained in the argument.\nIf the argument is omitted, strip leading and trailing ASCII whitespace."},
	{Name: "swapcase", Fn: bytesMapMethod("swapcase", func(c byte, _, _ bool) byte {
		if bytesIsUpper(c) {
			return c + 32
		}
		return bytesToUpper(c)
	}), Doc: "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa."},
	{Name: "title", Fn: bytesMapMethod("title", func(c byte, _, prevCased bool) byte {
		if prevCased {
			return bytesToLower(c)
		}
		return bytesToUpper(c)
	}), Doc: "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase."},
	{Name: "translate", Fn: bytesTranslate, Doc: "B.translate(table[, deletechars]) -> bytes\n\nReturn a copy of B, where all characters occurring in the\noptional argument deletechars are removed, and the remaining\ncharacters have been mapped through the given translation\ntable, which must be a bytes object of length 256."},
	{Name: "upper", Fn: bytesMapMethod("upper", func(c byte, _, _ bool) byte { return bytesToUpper(c) }), Doc: "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase."},
	{Name: "zfill", Fn: bytesZFill, Doc: "B.zfill(width) -> copy of B\n\nPad a numeric string B with zeros on the left, to fill a field\nof the specified width.  B is never truncated."},
}

func init() {
	BytesType.AddMethods(bytesSharedMethods...)
}
