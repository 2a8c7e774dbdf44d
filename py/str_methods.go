package py

import (
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
)

// The methods of str (CPython's Objects/unicodeobject.c and stringlib),
// with 3.2's argument conventions: most take positional arguments only.
// ASCII text takes byte-wise paths throughout; other text is walked by
// code point.

// strSelf returns the str a method is bound to.
func strSelf(o Object) *Str { return o.(*Str) }

// strAdjustIndices clips a start and end given to a search method to a
// sequence of length n, as stringlib's ADJUST_INDICES does (start may stay
// beyond n).
func strAdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// strSearchArgs parses the "sub[, start[, end]]" arguments of find, count,
// startswith and the like: the sub object and the start and end (None is
// absent), adjusted to s.
func strSearchArgs(t *Thread, fname string, s *Str, args []Object, kwnames *Tuple) (Object, int, int, error) {
	var sub, startObj, endObj Object
	if err := ParseTuple(fname, args, kwnames, 1, 3, &sub, &startObj, &endObj); err != nil {
		return nil, 0, 0, err
	}
	start, end := 0, strMaxInt
	var err error
	if startObj != nil && startObj != None {
		if start, err = sliceIndex(t, startObj); err != nil {
			return nil, 0, 0, err
		}
	}
	if endObj != nil && endObj != None {
		if end, err = sliceIndex(t, endObj); err != nil {
			return nil, 0, 0, err
		}
	}
	start, end = strAdjustIndices(start, end, s.Len())
	return sub, start, end, nil
}

const strMaxInt = int(^uint(0) >> 1)

// window returns the text of code points start to end (start <= end <=
// Len()) and the byte offset it starts at.
func (s *Str) window(start, end int) (string, int) {
	if start == 0 && end == s.Len() {
		return s.s, 0
	}
	bs := s.offset(start)
	var be int
	if s.isASCII() {
		be = end
	} else {
		be = s.offset(end)
	}
	return s.s[bs:be], bs
}

// runeIndex converts a byte offset within s.s to a code point index.
func (s *Str) runeIndex(off int) int {
	if s.isASCII() {
		return off
	}
	return strCountRunes(s.s[:off])
}

// find returns the lowest code point index of sub in s[start:end], or -1.
func (s *Str) find(sub *Str, start, end int) int {
	if end-start < 0 {
		return -1
	}
	if len(sub.s) == 0 {
		return start
	}
	w, base := s.window(start, end)
	i := strings.Index(w, sub.s)
	if i < 0 {
		return -1
	}
	return s.runeIndex(base + i)
}

// rfind returns the highest code point index of sub in s[start:end], or -1.
func (s *Str) rfind(sub *Str, start, end int) int {
	if end-start < 0 {
		return -1
	}
	if len(sub.s) == 0 {
		return end
	}
	w, base := s.window(start, end)
	i := strings.LastIndex(w, sub.s)
	if i < 0 {
		return -1
	}
	return s.runeIndex(base + i)
}

func strFindMethod(fname string, reverse, raise bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s := strSelf(self)
		subObj, start, end, err := strSearchArgs(t, fname, s, args, kwnames)
		if err != nil {
			return nil, err
		}
		sub, err := strArg(subObj)
		if err != nil {
			return nil, err
		}
		var i int
		if reverse {
			i = s.rfind(sub, start, end)
		} else {
			i = s.find(sub, start, end)
		}
		if i < 0 && raise {
			return nil, Errorf(ValueError, "substring not found")
		}
		return NewInt(int64(i)), nil
	}
}

func strCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
	subObj, start, end, err := strSearchArgs(t, "count", s, args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := strArg(subObj)
	if err != nil {
		return nil, err
	}
	if end-start < 0 {
		return NewInt(0), nil
	}
	if len(sub.s) == 0 {
		return NewInt(int64(end - start + 1)), nil
	}
	w, _ := s.window(start, end)
	return NewInt(int64(strings.Count(w, sub.s))), nil
}

// strTailMatch is startswith (reverse false) and endswith.
func strTailMatch(fname string, reverse bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s := strSelf(self)
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
		if tup, ok := subObj.(*Tuple); ok {
			for _, item := range tup.Items {
				sub, err := strArg(item)
				if err != nil {
					return nil, err
				}
				if s.tailMatch(sub, start, end, reverse) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := subObj.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", fname, subObj.Type().Name)
		}
		return NewBool(s.tailMatch(sub, start, end, reverse)), nil
	}
}

// tailMatch reports whether s[start:end] starts (or, reverse, ends) with
// sub.
func (s *Str) tailMatch(sub *Str, start, end int, reverse bool) bool {
	if len(sub.s) == 0 {
		return true
	}
	if start == 0 && end >= len(s.s) {
		// The whole text (end beyond the byte length is beyond the
		// code point length too).
		if reverse {
			return strings.HasSuffix(s.s, sub.s)
		}
		return strings.HasPrefix(s.s, sub.s)
	}
	start, end = strAdjustIndices(start, end, s.Len())
	if end-sub.Len() < start {
		return false
	}
	w, _ := s.window(start, end)
	if reverse {
		return strings.HasSuffix(w, sub.s)
	}
	return strings.HasPrefix(w, sub.s)
}

func strJoin(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("join", args, kwnames)
	if err != nil {
		return nil, err
	}
	return strSelf(self).Join(t, arg)
}

// Join returns sep.join(iterable).
func (sep *Str) Join(t *Thread, iterable Object) (*Str, error) {
	items, err := strSequence(t, iterable, true)
	if err != nil {
		return nil, err
	}
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if s, ok := items[0].(*Str); ok && s.ext.p == nil {
			return s, nil
		}
	}
	size := len(sep.s) * (len(items) - 1)
	n := sep.Len() * (len(items) - 1)
	for i, x := range items {
		s, ok := x.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, x.Type().Name)
		}
		size += len(s.s)
		if n >= 0 {
			if s.n >= 0 {
				n += int(s.n)
			} else {
				n = -1
			}
		}
	}
	if size > strMaxBytes {
		return nil, Errorf(OverflowError, "join() result is too long for a Python string")
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep.s)
		}
		b.WriteString(x.(*Str).s)
	}
	return &Str{s: b.String(), n: int32(n)}, nil
}

// strSequence returns the items of an exact list or tuple, else those an
// iteration gives, as CPython's PySequence_Fast (with its TypeError of an
// empty message for an object that is not iterable when emptyMsg is set).
func strSequence(t *Thread, o Object, emptyMsg bool) ([]Object, error) {
	switch v := o.(type) {
	case *List:
		if v.ext.p == nil {
			return v.Items, nil
		}
	case *Tuple:
		if v.ext.p == nil {
			return v.Items, nil
		}
	}
	it, err := Iter(t, o)
	if err != nil {
		if emptyMsg && ErrorMatches(err, TypeError) {
			return nil, Errorf(TypeError, "")
		}
		return nil, err
	}
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

// strMaxBytes bounds the text a str may hold: what its int32 length
// counts, and what a single allocation may sensibly reach; beyond it an
// operation raises MemoryError (or CPython's OverflowError where 3.2 has
// one).
const strMaxBytes = 1<<31 - 1

// strSplitArgs parses the "sep=None, maxsplit=-1" arguments of split and
// rsplit.
func strSplitArgs(t *Thread, fname string, args []Object, kwnames *Tuple) (*Str, int, error) {
	var sepObj, maxObj Object
	if err := ParseTuple(fname, args, kwnames, 0, 2, &sepObj, &maxObj); err != nil {
		return nil, 0, err
	}
	maxsplit := -1
	if maxObj != nil {
		var err error
		if maxsplit, err = ArgIndex(t, maxObj); err != nil {
			return nil, 0, err
		}
	}
	if maxsplit < 0 {
		maxsplit = strMaxInt
	}
	if sepObj == nil || sepObj == None {
		return nil, maxsplit, nil
	}
	sep, err := strArg(sepObj)
	if err != nil {
		return nil, 0, err
	}
	if len(sep.s) == 0 {
		return nil, 0, Errorf(ValueError, "empty separator")
	}
	return sep, maxsplit, nil
}

func strSplit(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
	sep, maxsplit, err := strSplitArgs(t, "split", args, kwnames)
	if err != nil {
		return nil, err
	}
	if sep == nil {
		return NewList(s.splitWhitespace(maxsplit)...), nil
	}
	return NewList(s.splitSep(sep, maxsplit)...), nil
}

func strRSplit(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
	sep, maxsplit, err := strSplitArgs(t, "rsplit", args, kwnames)
	if err != nil {
		return nil, err
	}
	if sep == nil {
		return NewList(s.rsplitWhitespace(maxsplit)...), nil
	}
	return NewList(s.rsplitSep(sep, maxsplit)...), nil
}

// piece returns s.s[i:j] as a str; ascii says s is ASCII.
func (s *Str) piece(i, j int, ascii bool) *Str {
	if ascii {
		return newStrLike(s.s[i:j], j-i)
	}
	return newStrLike(s.s[i:j], -1)
}

// strSpaceAt reports whether the character at byte offset i is whitespace,
// and its length.
func strSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < 0x80 {
		return strASCIIClass[c]&strASCIISpace != 0, 1
	}
	r, n := decodeRune(s, i)
	return uniIsSpace(r), n
}

// strSpaceBefore reports whether the character that ends at byte offset i is
// whitespace, and its length.
func strSpaceBefore(s string, i int) (bool, int) {
	c := s[i-1]
	if c < 0x80 {
		return strASCIIClass[c]&strASCIISpace != 0, 1
	}
	r, n := strDecodeLastRune(s, i)
	return uniIsSpace(r), n
}

func (s *Str) splitWhitespace(maxsplit int) []Object {
	text := s.s
	ascii := s.isASCII()
	out := make([]Object, 0, 8)
	i := 0
	for {
		// Skip the whitespace before a word.
		for i < len(text) {
			sp, n := strSpaceAt(text, i)
			if !sp {
				break
			}
			i += n
		}
		if i == len(text) {
			return out
		}
		if maxsplit == 0 {
			break
		}
		j := i
		for j < len(text) {
			sp, n := strSpaceAt(text, j)
			if sp {
				break
			}
			j += n
		}
		if i == 0 && j == len(text) && s.ext.p == nil {
			return append(out, s)
		}
		out = append(out, s.piece(i, j, ascii))
		maxsplit--
		i = j
	}
	return append(out, s.piece(i, len(text), ascii))
}

func (s *Str) rsplitWhitespace(maxsplit int) []Object {
	text := s.s
	ascii := s.isASCII()
	out := make([]Object, 0, 8)
	j := len(text)
	for {
		for j > 0 {
			sp, n := strSpaceBefore(text, j)
			if !sp {
				break
			}
			j -= n
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, s.piece(0, j, ascii))
			break
		}
		i := j
		for i > 0 {
			sp, n := strSpaceBefore(text, i)
			if sp {
				break
			}
			i -= n
		}
		if i == 0 && j == len(text) && s.ext.p == nil {
			out = append(out, s)
		} else {
			out = append(out, s.piece(i, j, ascii))
		}
		maxsplit--
		j = i
	}
	strReverseObjects(out)
	return out
}

func strReverseObjects(a []Object) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func (s *Str) splitSep(sep *Str, maxsplit int) []Object {
	text := s.s
	ascii := s.isASCII()
	var out []Object
	if n := strings.Count(text, sep.s); n < maxsplit {
		out = make([]Object, 0, n+1)
	} else {
		out = make([]Object, 0, maxsplit+1)
	}
	i := 0
	for maxsplit > 0 {
		k := strings.Index(text[i:], sep.s)
		if k < 0 {
			break
		}
		out = append(out, s.piece(i, i+k, ascii))
		i += k + len(sep.s)
		maxsplit--
	}
	if i == 0 && s.ext.p == nil {
		return append(out, s)
	}
	return append(out, s.piece(i, len(text), ascii))
}

func (s *Str) rsplitSep(sep *Str, maxsplit int) []Object {
	text := s.s
	ascii := s.isASCII()
	var out []Object
	j := len(text)
	for maxsplit > 0 {
		k := strings.LastIndex(text[:j], sep.s)
		if k < 0 {
			break
		}
		out = append(out, s.piece(k+len(sep.s), j, ascii))
		j = k
		maxsplit--
	}
	if j == len(text) && s.ext.p == nil {
		out = append(out, s)
	} else {
		out = append(out, s.piece(0, j, ascii))
	}
	strReverseObjects(out)
	return out
}

func strSplitLines(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
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
	return NewList(s.splitLines(keep)...), nil
}

func (s *Str) splitLines(keep bool) []Object {
	text := s.s
	ascii := s.isASCII()
	var out []Object
	i := 0
	for i < len(text) {
		j := i
		eol := j
		for j < len(text) {
			c := text[j]
			var r rune
			n := 1
			if c < 0x80 {
				r = rune(c)
			} else {
				r, n = decodeRune(text, j)
			}
			if uniIsLineBreak(r) {
				eol = j
				j += n
				if r == '\r' && j < len(text) && text[j] == '\n' {
					j++
				}
				break
			}
			j += n
			eol = j
		}
		end := eol
		if keep {
			end = j
		}
		if i == 0 && end == len(text) && s.ext.p == nil {
			return append(out, s)
		}
		out = append(out, s.piece(i, end, ascii))
		i = j
	}
	return out
}

func strPartition(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("partition", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	sep, err := strArg(arg)
	if err != nil {
		return nil, err
	}
	if len(sep.s) == 0 {
		return nil, Errorf(ValueError, "empty separator")
	}
	i := strings.Index(s.s, sep.s)
	if i < 0 {
		return NewTuple(s.exact(), emptyStr, emptyStr), nil
	}
	ascii := s.isASCII()
	return NewTuple(s.piece(0, i, ascii), sep.exact(), s.piece(i+len(sep.s), len(s.s), ascii)), nil
}

func strRPartition(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("rpartition", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	sep, err := strArg(arg)
	if err != nil {
		return nil, err
	}
	if len(sep.s) == 0 {
		return nil, Errorf(ValueError, "empty separator")
	}
	i := strings.LastIndex(s.s, sep.s)
	if i < 0 {
		return NewTuple(emptyStr, emptyStr, s.exact()), nil
	}
	ascii := s.isASCII()
	return NewTuple(s.piece(0, i, ascii), sep.exact(), s.piece(i+len(sep.s), len(s.s), ascii)), nil
}

func strReplace(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
	var oldObj, newObj, countObj Object
	if err := ParseTuple("replace", args, kwnames, 2, 3, &oldObj, &newObj, &countObj); err != nil {
		return nil, err
	}
	old, err := strArg(oldObj)
	if err != nil {
		return nil, err
	}
	repl, err := strArg(newObj)
	if err != nil {
		return nil, err
	}
	count := -1
	if countObj != nil {
		if count, err = ArgIndex(t, countObj); err != nil {
			return nil, err
		}
	}
	return s.Replace(old, repl, count)
}

// Replace returns s.replace(old, new, count); a negative count replaces
// every occurrence.
func (s *Str) Replace(old, repl *Str, count int) (*Str, error) {
	if count < 0 {
		count = strMaxInt
	} else if count == 0 || len(s.s) == 0 {
		// A count given for an empty str changes nothing, even for an
		// empty old (3.2's quirk: ''.replace('', 'x', 1) is '').
		return s.exact(), nil
	}
	if len(old.s) > len(s.s) {
		return s.exact(), nil
	}
	if len(old.s) == 0 {
		// Insert repl before each code point and at the end.
		n := s.Len()
		if count > n+1 {
			count = n + 1
		}
		size := len(s.s) + count*len(repl.s)
		if size > strMaxBytes || count > 0 && len(repl.s) > strMaxBytes/count {
			return nil, Errorf(OverflowError, "replace string is too long")
		}
		var b strings.Builder
		b.Grow(size)
		i := 0
		for k := 0; k < count; k++ {
			b.WriteString(repl.s)
			if i < len(s.s) {
				sz := strRuneSize(s.s[i])
				b.WriteString(s.s[i : i+sz])
				i += sz
			}
		}
		b.WriteString(s.s[i:])
		return NewStr(b.String()), nil
	}
	m := strings.Count(s.s, old.s)
	if m == 0 {
		return s.exact(), nil
	}
	if m > count {
		m = count
	}
	size := len(s.s) + m*(len(repl.s)-len(old.s))
	if size > strMaxBytes || len(repl.s) > len(old.s) && m > strMaxBytes/(len(repl.s)-len(old.s)) {
		return nil, Errorf(OverflowError, "replace string is too long")
	}
	var b strings.Builder
	b.Grow(size)
	i := 0
	for k := 0; k < m; k++ {
		j := i + strings.Index(s.s[i:], old.s)
		b.WriteString(s.s[i:j])
		b.WriteString(repl.s)
		i = j + len(old.s)
	}
	b.WriteString(s.s[i:])
	n := -1
	if s.n >= 0 && old.n >= 0 && repl.n >= 0 {
		n = int(s.n) + m*(int(repl.n)-int(old.n))
	}
	return &Str{s: b.String(), n: int32(n)}, nil
}

// strStripArg parses the chars argument of strip, lstrip and rstrip.
func strStripArg(fname string, args []Object, kwnames *Tuple) (*Str, error) {
	var chars Object
	if err := ParseTuple(fname, args, kwnames, 0, 1, &chars); err != nil {
		return nil, err
	}
	if chars == nil || chars == None {
		return nil, nil
	}
	c, ok := chars.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "%s arg must be None or str", fname)
	}
	return c, nil
}

const (
	strStripLeft  = 1
	strStripRight = 2
	strStripBoth  = 3
)

func strStripMethod(fname string, how int) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s := strSelf(self)
		var chars *Str
		if len(args) != 0 || kwnames != nil {
			var err error
			if chars, err = strStripArg(fname, args, kwnames); err != nil {
				return nil, err
			}
		}
		return s.strip(chars, how), nil
	}
}

// strip removes the characters of chars (whitespace when chars is nil)
// from the left, right or both ends of s.
func (s *Str) strip(chars *Str, how int) *Str {
	text := s.s
	in := func(c byte, i int, last bool) (bool, int) {
		if chars == nil {
			if last {
				return strSpaceBefore(text, i)
			}
			return strSpaceAt(text, i)
		}
		if c < 0x80 && strIsASCII(chars.s) {
			return strings.IndexByte(chars.s, c) >= 0, 1
		}
		var r rune
		var n int
		if last {
			r, n = strDecodeLastRune(text, i)
		} else {
			r, n = decodeRune(text, i)
		}
		var enc [4]byte
		return strings.Contains(chars.s, string(pystr.AppendRune(enc[:0], r))), n
	}
	i, j := 0, len(text)
	if how&strStripLeft != 0 {
		for i < j {
			ok, n := in(text[i], i, false)
			if !ok {
				break
			}
			i += n
		}
	}
	if how&strStripRight != 0 {
		for j > i {
			ok, n := in(text[j-1], j, true)
			if !ok {
				break
			}
			j -= n
		}
	}
	if i == 0 && j == len(text) {
		return s.exact()
	}
	return s.piece(i, j, s.n == int32(len(text)))
}

// strCaseMethod makes upper, lower and swapcase: conv maps each character.
func strCaseMethod(fname string, asciiFrom, asciiTo byte, conv func(rune) rune) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		s := strSelf(self)
		if asciiFrom != 0 && s.isASCII() {
			return strASCIICase(s, asciiFrom, asciiTo), nil
		}
		return strMapRunes(s, conv), nil
	}
}

// strASCIICase returns ASCII text with the letters from..from+25 moved to
// to..to+25.
func strASCIICase(s *Str, from, to byte) *Str {
	text := s.s
	i := 0
	for i < len(text) && (text[i] < from || text[i] > from+25) {
		i++
	}
	if i == len(text) {
		return s.exact()
	}
	b := make([]byte, len(text))
	copy(b, text[:i])
	for ; i < len(text); i++ {
		c := text[i]
		if c >= from && c <= from+25 {
			c = c - from + to
		}
		b[i] = c
	}
	return newStrN(string(b), len(b))
}

// strMapRunes returns s with conv applied to each code point.
func strMapRunes(s *Str, conv func(rune) rune) *Str {
	text := s.s
	b := make([]byte, 0, len(text)+4)
	changed := false
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		m := conv(r)
		if m != r {
			changed = true
		}
		b = pystr.AppendRune(b, m)
	}
	if !changed {
		return s.exact()
	}
	return newStrN(string(b), s.Len())
}

func strSwapCaseRune(r rune) rune {
	if uniIsUpper(r) {
		return uniToLower(r)
	}
	if uniIsLower(r) {
		return uniToUpper(r)
	}
	return r
}

func strCapitalize(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("capitalize", args, kwnames); err != nil {
		return nil, err
	}
	s := strSelf(self)
	text := s.s
	b := make([]byte, 0, len(text)+4)
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if i == 0 {
			if !uniIsUpper(r) {
				r = uniToUpper(r)
			}
		} else if !uniIsLower(r) {
			r = uniToLower(r)
		}
		i += n
		b = pystr.AppendRune(b, r)
	}
	return newStrN(string(b), s.Len()), nil
}

func strTitle(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("title", args, kwnames); err != nil {
		return nil, err
	}
	s := strSelf(self)
	text := s.s
	b := make([]byte, 0, len(text)+4)
	prevCased := false
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		if prevCased {
			b = pystr.AppendRune(b, uniToLower(r))
		} else {
			b = pystr.AppendRune(b, uniToTitle(r))
		}
		prevCased = uniIsLower(r) || uniIsUpper(r) || uniIsTitle(r)
	}
	return newStrN(string(b), s.Len()), nil
}

// strPredicate makes the is* methods that hold when every character has a
// property (and the text is not empty).
func strPredicate(fname string, asciiMask uint8, pred func(rune) bool) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		text := strSelf(self).s
		if len(text) == 0 {
			return False, nil
		}
		for i := 0; i < len(text); {
			c := text[i]
			if c < 0x80 && asciiMask != 0 {
				if strASCIIClass[c]&asciiMask == 0 {
					return False, nil
				}
				i++
				continue
			}
			r, n := decodeRune(text, i)
			if !pred(r) {
				return False, nil
			}
			i += n
		}
		return True, nil
	}
}

func strIsPrintable(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("isprintable", args, kwnames); err != nil {
		return nil, err
	}
	text := strSelf(self).s
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if !pystr.IsPrintable(r) {
			return False, nil
		}
		i += n
	}
	return True, nil
}

func strIsLower(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("islower", args, kwnames); err != nil {
		return nil, err
	}
	cased := false
	text := strSelf(self).s
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		if uniIsUpper(r) || uniIsTitle(r) {
			return False, nil
		}
		if uniIsLower(r) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func strIsUpper(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("isupper", args, kwnames); err != nil {
		return nil, err
	}
	cased := false
	text := strSelf(self).s
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		if uniIsLower(r) || uniIsTitle(r) {
			return False, nil
		}
		if uniIsUpper(r) {
			cased = true
		}
	}
	return NewBool(cased), nil
}

func strIsTitle(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("istitle", args, kwnames); err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	text := strSelf(self).s
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		switch {
		case uniIsUpper(r) || uniIsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case uniIsLower(r):
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

func strIsIdentifier(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("isidentifier", args, kwnames); err != nil {
		return nil, err
	}
	return NewBool(IsIdentifier(strSelf(self).s)), nil
}

// IsIdentifier reports whether Python text is a valid identifier
// (str.isidentifier).
func IsIdentifier(text string) bool {
	if len(text) == 0 {
		return false
	}
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if i == 0 {
			if !uniIsXIDStart(r) && r != '_' {
				return false
			}
		} else if !uniIsXIDContinue(r) {
			return false
		}
		i += n
	}
	return true
}

// strFillArg converts the fill character argument of center, ljust and rjust.
func strFillArg(o Object) (rune, error) {
	s, ok := o.(*Str)
	if !ok {
		return 0, Errorf(TypeError, "The fill character cannot be converted to Unicode")
	}
	if s.Len() != 1 {
		return 0, Errorf(TypeError, "The fill character must be exactly one character long")
	}
	r, _ := decodeRune(s.s, 0)
	return r, nil
}

// strPadMethod makes center, ljust and rjust.
func strPadMethod(fname string, align byte) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		s := strSelf(self)
		var widthObj, fillObj Object
		if err := ParseTuple(fname, args, kwnames, 1, 2, &widthObj, &fillObj); err != nil {
			return nil, err
		}
		width, err := ArgIndex(t, widthObj)
		if err != nil {
			return nil, err
		}
		fill := ' '
		if fillObj != nil {
			if fill, err = strFillArg(fillObj); err != nil {
				return nil, err
			}
		}
		n := s.Len()
		if width <= n {
			return s.exact(), nil
		}
		marg := width - n
		var left int
		switch align {
		case '>':
			left = marg
		case '^':
			left = marg/2 + (marg & width & 1)
		}
		return s.pad(left, marg-left, fill)
	}
}

// pad returns s with left and right copies of fill around it.
func (s *Str) pad(left, right int, fill rune) (*Str, error) {
	fl := runeLen(fill)
	if left+right > (strMaxBytes-len(s.s))/fl {
		return nil, Errorf(MemoryError, "")
	}
	var b strings.Builder
	b.Grow(len(s.s) + (left+right)*fl)
	strWriteFill(&b, fill, left)
	b.WriteString(s.s)
	strWriteFill(&b, fill, right)
	return newStrN(b.String(), s.Len()+left+right), nil
}

func strWriteFill(b *strings.Builder, fill rune, n int) {
	if fill < 0x80 {
		for ; n > 0; n-- {
			b.WriteByte(byte(fill))
		}
		return
	}
	var enc [4]byte
	e := pystr.AppendRune(enc[:0], fill)
	for ; n > 0; n-- {
		b.Write(e)
	}
}

func strZFill(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
	var widthObj Object
	if err := ParseTuple("zfill", args, kwnames, 1, 1, &widthObj); err != nil {
		return nil, err
	}
	width, err := ArgIndex(t, widthObj)
	if err != nil {
		return nil, err
	}
	n := s.Len()
	if width <= n {
		return s.exact(), nil
	}
	fill := width - n
	if fill > strMaxBytes-len(s.s) {
		return nil, Errorf(MemoryError, "")
	}
	var b strings.Builder
	b.Grow(len(s.s) + fill)
	text := s.s
	if len(text) > 0 && (text[0] == '+' || text[0] == '-') {
		b.WriteByte(text[0])
		text = text[1:]
	}
	for ; fill > 0; fill-- {
		b.WriteByte('0')
	}
	b.WriteString(text)
	return newStrN(b.String(), width), nil
}

func strExpandTabs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	s := strSelf(self)
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
	text := s.s
	if strings.IndexByte(text, '\t') < 0 {
		return s.exact(), nil
	}
	b := make([]byte, 0, len(text)+32)
	col := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch c {
		case '\t':
			if tabsize > 0 {
				k := tabsize - col%tabsize
				if len(b)+k > strMaxBytes {
					return nil, Errorf(OverflowError, "new string is too long")
				}
				for ; k > 0; k-- {
					b = append(b, ' ')
				}
				col += tabsize - col%tabsize
			}
			i++
		case '\n', '\r':
			b = append(b, c)
			col = 0
			i++
		default:
			n := strRuneSize(c)
			b = append(b, text[i:i+n]...)
			col++
			i += n
		}
	}
	return NewStr(string(b)), nil
}

func strTranslate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	table, err := OneArg("translate", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := strSelf(self)
	text := s.s
	b := make([]byte, 0, len(text))
	// A small cache of the mappings of ASCII characters: most tables are
	// consulted for few distinct characters.
	var cache [128]Object
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		i += n
		var m Object
		if r < 0x80 && cache[r] != nil {
			m = cache[r]
		} else {
			m, err = GetItem(t, table, NewInt(int64(r)))
			if err != nil {
				if !ErrorMatches(err, LookupError) {
					return nil, err
				}
				m = nil
			}
			if m == nil {
				m = NewInt(int64(r))
			}
			if r < 0x80 {
				cache[r] = m
			}
		}
		switch v := m.(type) {
		case *NoneObject:
		case *Int:
			c, ok := v.Int64()
			if !ok || c < 0 || c > 0x10FFFF {
				return nil, Errorf(TypeError, "character mapping must be in range(0x110000)")
			}
			b = pystr.AppendRune(b, rune(c))
		case *Str:
			b = append(b, v.s...)
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return NewStr(string(b)), nil
}

func strMakeTrans(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var x, y, z Object
	if err := ParseTuple("maketrans", args, kwnames, 1, 3, &x, &y, &z); err != nil {
		return nil, err
	}
	d := NewDict()
	if y != nil {
		// The optional arguments are checked first, as 3.2's "O|UU" does.
		ys, ok := y.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "must be str, not %s", y.Type().Name)
		}
		if _, ok := z.(*Str); z != nil && !ok {
			return nil, Errorf(TypeError, "must be str, not %s", z.Type().Name)
		}
		xs, ok := x.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "first maketrans argument must be a string if there is a second argument")
		}
		if xs.Len() != ys.Len() {
			return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
		}
		for i, j := 0, 0; i < len(xs.s); {
			a, n := decodeRune(xs.s, i)
			c, m := decodeRune(ys.s, j)
			i, j = i+n, j+m
			if err := d.SetItem(t, NewInt(int64(a)), NewInt(int64(c))); err != nil {
				return nil, err
			}
		}
		if z != nil {
			zs, ok := z.(*Str)
			if !ok {
				return nil, Errorf(TypeError, "must be str, not %s", z.Type().Name)
			}
			for i := 0; i < len(zs.s); {
				a, n := decodeRune(zs.s, i)
				i += n
				if err := d.SetItem(t, NewInt(int64(a)), None); err != nil {
					return nil, err
				}
			}
		}
		return d, nil
	}
	src, ok := x.(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
	}
	var err error
	src.Range(func(k, v Object) bool {
		switch key := k.(type) {
		case *Str:
			if key.Len() != 1 {
				err = Errorf(ValueError, "string keys in translate table must be of length 1")
				return false
			}
			r, _ := decodeRune(key.s, 0)
			err = d.SetItem(t, NewInt(int64(r)), v)
		case *Int:
			err = d.SetItem(t, key, v)
		default:
			err = Errorf(TypeError, "keys in translate table must be strings or integers")
		}
		return err == nil
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

func strEncode(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var encObj, errObj Object
	if err := ParseArgs("encode", args, kwnames, strEncodeKwlist, 0, &encObj, &errObj); err != nil {
		return nil, err
	}
	enc, errs := "utf-8", "strict"
	if encObj != nil {
		e, ok := encObj.(*Str)
		if !ok {
			return nil, ArgTypeError("encode", 1, "str", encObj)
		}
		enc = e.s
	}
	if errObj != nil {
		e, ok := errObj.(*Str)
		if !ok {
			return nil, ArgTypeError("encode", 2, "str", errObj)
		}
		errs = e.s
	}
	return Encode(t, strSelf(self), enc, errs)
}

var strEncodeKwlist = []string{"encoding", "errors"}

func init() {
	StrType.AddMethods(
		MethodDef{Name: "encode", Fn: strEncode, Doc: "S.encode(encoding='utf-8', errors='strict') -> bytes\n\nEncode S using the codec registered for encoding. Default encoding\nis 'utf-8'. errors may be given to set a different error\nhandling scheme. Default is 'strict' meaning that encoding errors raise\na UnicodeEncodeError. Other possible values are 'ignore', 'replace' and\n'xmlcharrefreplace' as well as any other name registered with\ncodecs.register_error that can handle UnicodeEncodeErrors."},
		MethodDef{Name: "replace", Fn: strReplace, Doc: "S.replace(old, new[, count]) -> str\n\nReturn a copy of S with all occurrences of substring\nold replaced by new.  If the optional argument count is\ngiven, only the first count occurrences are replaced."},
		MethodDef{Name: "split", Fn: strSplit, Doc: "S.split([sep[, maxsplit]]) -> list of strings\n\nReturn a list of the words in S, using sep as the\ndelimiter string.  If maxsplit is given, at most maxsplit\nsplits are done. If sep is not specified or is None, any\nwhitespace string is a separator and empty strings are\nremoved from the result."},
		MethodDef{Name: "rsplit", Fn: strRSplit, Doc: "S.rsplit([sep[, maxsplit]]) -> list of strings\n\nReturn a list of the words in S, using sep as the\ndelimiter string, starting at the end of the string and\nworking to the front.  If maxsplit is given, at most maxsplit\nsplits are done. If sep is not specified, any whitespace string\nis a separator."},
		MethodDef{Name: "join", Fn: strJoin, Doc: "S.join(iterable) -> str\n\nReturn a string which is the concatenation of the strings in the\niterable.  The separator between elements is S."},
		MethodDef{Name: "capitalize", Fn: strCapitalize, Doc: "S.capitalize() -> str\n\nReturn a capitalized version of S, i.e. make the first character\nhave upper case and the rest lower case."},
		MethodDef{Name: "title", Fn: strTitle, Doc: "S.title() -> str\n\nReturn a titlecased version of S, i.e. words start with title case\ncharacters, all remaining cased characters have lower case."},
		MethodDef{Name: "center", Fn: strPadMethod("center", '^'), Doc: "S.center(width[, fillchar]) -> str\n\nReturn S centered in a string of length width. Padding is\ndone using the specified fill character (default is a space)"},
		MethodDef{Name: "count", Fn: strCount, Doc: "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted as in slice notation."},
		MethodDef{Name: "expandtabs", Fn: strExpandTabs, Doc: "S.expandtabs([tabsize]) -> str\n\nReturn a copy of S where all tab characters are expanded using spaces.\nIf tabsize is not given, a tab size of 8 characters is assumed."},
		MethodDef{Name: "find", Fn: strFindMethod("find", false, false), Doc: "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within s[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
		MethodDef{Name: "partition", Fn: strPartition, Doc: "S.partition(sep) -> (head, sep, tail)\n\nSearch for the separator sep in S, and return the part before it,\nthe separator itself, and the part after it.  If the separator is not\nfound, return S and two empty strings."},
		MethodDef{Name: "index", Fn: strFindMethod("index", false, true), Doc: "S.index(sub[, start[, end]]) -> int\n\nLike S.find() but raise ValueError when the substring is not found."},
		MethodDef{Name: "ljust", Fn: strPadMethod("ljust", '<'), Doc: "S.ljust(width[, fillchar]) -> str\n\nReturn S left-justified in a Unicode string of length width. Padding is\ndone using the specified fill character (default is a space)."},
		MethodDef{Name: "lower", Fn: strCaseMethod("lower", 'A', 'a', uniToLower), Doc: "S.lower() -> str\n\nReturn a copy of the string S converted to lowercase."},
		MethodDef{Name: "lstrip", Fn: strStripMethod("lstrip", strStripLeft), Doc: "S.lstrip([chars]) -> str\n\nReturn a copy of the string S with leading whitespace removed.\nIf chars is given and not None, remove characters in chars instead."},
		MethodDef{Name: "rfind", Fn: strFindMethod("rfind", true, false), Doc: "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within s[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
		MethodDef{Name: "rindex", Fn: strFindMethod("rindex", true, true), Doc: "S.rindex(sub[, start[, end]]) -> int\n\nLike S.rfind() but raise ValueError when the substring is not found."},
		MethodDef{Name: "rjust", Fn: strPadMethod("rjust", '>'), Doc: "S.rjust(width[, fillchar]) -> str\n\nReturn S right-justified in a string of length width. Padding is\ndone using the specified fill character (default is a space)."},
		MethodDef{Name: "rstrip", Fn: strStripMethod("rstrip", strStripRight), Doc: "S.rstrip([chars]) -> str\n\nReturn a copy of the string S with trailing whitespace removed.\nIf chars is given and not None, remove characters in chars instead."},
		MethodDef{Name: "rpartition", Fn: strRPartition, Doc: "S.rpartition(sep) -> (head, sep, tail)\n\nSearch for the separator sep in S, starting at the end of S, and return\nthe part before it, the separator itself, and the part after it.  If the\nseparator is not found, return two empty strings and S."},
		MethodDef{Name: "splitlines", Fn: strSplitLines, Doc: "S.splitlines([keepends]) -> list of strings\n\nReturn a list of the lines in S, breaking at line boundaries.\nLine breaks are not included in the resulting list unless keepends\nis given and true."},
		MethodDef{Name: "strip", Fn: strStripMethod("strip", strStripBoth), Doc: "S.strip([chars]) -> str\n\nReturn a copy of the string S with leading and trailing\nwhitespace removed.\nIf chars is given and not None, remove characters in chars instead."},
		MethodDef{Name: "swapcase", Fn: strCaseMethod("swapcase", 0, 0, strSwapCaseRune), Doc: "S.swapcase() -> str\n\nReturn a copy of S with uppercase characters converted to lowercase\nand vice versa."},
		MethodDef{Name: "translate", Fn: strTranslate, Doc: "S.translate(table) -> str\n\nReturn a copy of the string S, where all characters have been mapped\nthrough the given translation table, which must be a mapping of\nUnicode ordinals to Unicode ordinals, strings, or None.\nUnmapped characters are left untouched. Characters mapped to None\nare deleted."},
		MethodDef{Name: "upper", Fn: strCaseMethod("upper", 'a', 'A', uniToUpper), Doc: "S.upper() -> str\n\nReturn a copy of S converted to uppercase."},
		MethodDef{Name: "startswith", Fn: strTailMatch("startswith", false), Doc: "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nprefix can also be a tuple of strings to try."},
		MethodDef{Name: "endswith", Fn: strTailMatch("endswith", true), Doc: "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings to try."},
		MethodDef{Name: "islower", Fn: strIsLower, Doc: "S.islower() -> bool\n\nReturn True if all cased characters in S are lowercase and there is\nat least one cased character in S, False otherwise."},
		MethodDef{Name: "isupper", Fn: strIsUpper, Doc: "S.isupper() -> bool\n\nReturn True if all cased characters in S are uppercase and there is\nat least one cased character in S, False otherwise."},
		MethodDef{Name: "istitle", Fn: strIsTitle, Doc: "S.istitle() -> bool\n\nReturn True if S is a titlecased string and there is at least one\ncharacter in S, i.e. upper- and titlecase characters may only\nfollow uncased characters and lowercase characters only cased ones.\nReturn False otherwise."},
		MethodDef{Name: "isspace", Fn: strPredicate("isspace", strASCIISpace, uniIsSpace), Doc: "S.isspace() -> bool\n\nReturn True if all characters in S are whitespace\nand there is at least one character in S, False otherwise."},
		MethodDef{Name: "isdecimal", Fn: strPredicate("isdecimal", strASCIIDigit, uniIsDecimal), Doc: "S.isdecimal() -> bool\n\nReturn True if there are only decimal characters in S,\nFalse otherwise."},
		MethodDef{Name: "isdigit", Fn: strPredicate("isdigit", strASCIIDigit, uniIsDigit), Doc: "S.isdigit() -> bool\n\nReturn True if all characters in S are digits\nand there is at least one character in S, False otherwise."},
		MethodDef{Name: "isnumeric", Fn: strPredicate("isnumeric", strASCIIDigit, uniIsNumeric), Doc: "S.isnumeric() -> bool\n\nReturn True if there are only numeric characters in S,\nFalse otherwise."},
		MethodDef{Name: "isalpha", Fn: strPredicate("isalpha", strASCIIAlpha, uniIsAlpha), Doc: "S.isalpha() -> bool\n\nReturn True if all characters in S are alphabetic\nand there is at least one character in S, False otherwise."},
		MethodDef{Name: "isalnum", Fn: strPredicate("isalnum", strASCIIAlpha|strASCIIDigit, uniIsAlnum), Doc: "S.isalnum() -> bool\n\nReturn True if all characters in S are alphanumeric\nand there is at least one character in S, False otherwise."},
		MethodDef{Name: "isidentifier", Fn: strIsIdentifier, Doc: "S.isidentifier() -> bool\n\nReturn True if S is a valid identifier according\nto the language definition."},
		MethodDef{Name: "isprintable", Fn: strIsPrintable, Doc: "S.isprintable() -> bool\n\nReturn True if all characters in S are considered\nprintable in repr() or S is empty, False otherwise."},
		MethodDef{Name: "zfill", Fn: strZFill, Doc: "S.zfill(width) -> str\n\nPad a numeric string S with zeros on the left, to fill a field\nof the specified width. The string S is never truncated."},
		MethodDef{Name: "maketrans", Fn: strMakeTrans, Kind: StaticMethod, Doc: "str.maketrans(x[, y[, z]]) -> dict (static method)\n\nReturn a translation table usable for str.translate().\nIf there is only one argument, it must be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they must be strings of equal length, and\nin the resulting dictionary, each character in x will be mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a string, whose characters will be mapped to None in the result."},
	)
}
