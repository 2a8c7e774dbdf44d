package py

import (
	"strings"
)

// str.format and str.format_map (PEP 3101, as CPython 3.2's
// Objects/stringlib/string_format.h does it), str.__format__, and the
// Format abstract operation that format() and str.format call.
//
// A format string is read left to right: literal text is copied out ("{{"
// and "}}" stand for braces), and each replacement field
// "{name!conv:spec}" is looked up, converted and formatted before the next
// is read, so errors surface in the same order as in CPython. Keyword
// arguments are found in the call's own argument array (no dict is made
// for them), and str, int and float values are formatted without looking
// up __format__.

// Format returns format(value, spec): the result of value's __format__
// called with spec (the empty str when spec is nil).
func Format(t *Thread, value Object, spec *Str) (*Str, error) {
	if spec == nil {
		spec = emptyStr
	}
	switch v := value.(type) {
	case *Str:
		if v.ext.p == nil {
			return strFormatSpec(t, v, spec.s)
		}
	case *Int:
		if v.ext.p == nil {
			s, err := v.Format(spec.s)
			if err != nil {
				return nil, err
			}
			return NewStr(s), nil
		}
	case *Float:
		if v.ext.p == nil {
			s, err := v.Format(spec.s)
			if err != nil {
				return nil, err
			}
			return newStrN(s, len(s)), nil
		}
	}
	typ := value.Type()
	meth := typ.Lookup(strDunderFormat)
	if meth == nil {
		return nil, Errorf(TypeError, "Type %s doesn't define __format__", typ.Name)
	}
	if get := meth.Type().DescrGet; get != nil {
		var err error
		if meth, err = get(t, meth, value, typ); err != nil {
			return nil, err
		}
	}
	args := [1]Object{spec}
	r, err := Call(t, meth, args[:], nil)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__format__ method did not return string")
	}
	return s, nil
}

var strDunderFormat = NewStr("__format__")

// strFormatSpec is str.__format__ for s: str(s) for an empty spec, else s laid
// out by a standard format spec of type 's'.
func strFormatSpec(t *Thread, s *Str, spec string) (*Str, error) {
	if spec == "" {
		return StrOf(t, s)
	}
	var b strings.Builder
	text, n, err := strAppendFormatted(&b, s, spec)
	if err != nil {
		return nil, err
	}
	if b.Len() == 0 {
		// No padding: s itself, or the part the precision keeps.
		if len(text) == len(s.s) {
			return s.exact(), nil
		}
		return newStrN(text, n), nil
	}
	return newStrN(b.String(), -1), nil
}

// strAppendFormatted lays s out by a non-empty standard format spec of
// type 's'. When the spec pads, it writes the result to b; otherwise it
// writes nothing and returns the text to use (s, or its first precision
// characters) and its length.
func strAppendFormatted(b *strings.Builder, s *Str, spec string) (string, int, error) {
	f, err := ParseFormatSpec(spec, 's', '<')
	if err != nil {
		return "", 0, err
	}
	if f.Type != 's' {
		return "", 0, unknownFormatCode(f.Type, s.Type().Name)
	}
	if f.Sign != 0 {
		return "", 0, Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if f.Alternate {
		return "", 0, Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if f.Align == '=' {
		return "", 0, Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	text := s.s
	n := s.Len()
	if f.Precision >= 0 && n > f.Precision {
		text = text[:s.offset(f.Precision)]
		n = f.Precision
	}
	if f.Width <= n {
		return text, n, nil
	}
	if f.Width > strMaxBytes {
		return "", 0, Errorf(MemoryError, "")
	}
	var left int
	switch f.Align {
	case '>':
		left = f.Width - n
	case '^':
		left = (f.Width - n) / 2
	}
	fill := f.FillChar()
	b.Grow(len(text) + (f.Width-n)*runeLen(fill))
	strWriteFill(b, fill, left)
	b.WriteString(text)
	strWriteFill(b, fill, f.Width-n-left)
	return text, n, nil
}

func strFormatDunder(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var specObj Object
	if err := ParseTuple("__format__", args, kwnames, 1, 1, &specObj); err != nil {
		return nil, err
	}
	spec, ok := specObj.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "must be str, not %s", specObj.Type().Name)
	}
	return strFormatSpec(t, strSelf(self), spec.s)
}

// Ascii returns ascii(o): repr(o) with each non-ASCII character written
// as \xhh, \uhhhh or \Uhhhhhhhh.
func Ascii(t *Thread, o Object) (*Str, error) {
	r, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	if r.isASCII() {
		return r, nil
	}
	b := make([]byte, 0, len(r.s)+16)
	for i := 0; i < len(r.s); {
		c, n := decodeRune(r.s, i)
		i += n
		b = strAppendBackslash(b, c)
	}
	return newStrN(string(b), len(b)), nil
}

// strAppendBackslash appends c, escaped as \xhh, \uhhhh or \Uhhhhhhhh
// when it is not ASCII (the backslashreplace error handler's form).
func strAppendBackslash(b []byte, c rune) []byte {
	const hex = "0123456789abcdef"
	switch {
	case c < 0x80:
		return append(b, byte(c))
	case c <= 0xFF:
		return append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
	case c <= 0xFFFF:
		return append(b, '\\', 'u', hex[c>>12&0xF], hex[c>>8&0xF], hex[c>>4&0xF], hex[c&0xF])
	}
	b = append(b, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hex[c>>uint(shift)&0xF])
	}
	return b
}

// Auto-numbering states of a format call.
const (
	strAutoInit = iota
	strAutoAuto
	strAutoManual
)

// strFormatter holds the arguments of one str.format or format_map call.
type strFormatter struct {
	t          *Thread
	positional []Object // nil for format_map
	mapping    bool     // format_map: names are looked up in mapObj
	mapObj     Object
	kwnames    *Tuple   // .format: keyword names...
	kwvalues   []Object // ...and values
	autoState  int
	autoNext   int
}

func strFormatMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	pos, kw := SplitArgs(args, kwnames)
	f := strFormatter{t: t, positional: pos, kwnames: kwnames, kwvalues: kw}
	if pos == nil {
		f.positional = []Object{}
	}
	return f.build(strSelf(self).s, 2)
}

func strFormatMap(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	m, err := OneArg("format_map", args, kwnames)
	if err != nil {
		return nil, err
	}
	f := strFormatter{t: t, mapping: true, mapObj: m}
	return f.build(strSelf(self).s, 2)
}

// strMarkup reads a format string as CPython's MarkupIterator: literal
// text, then a replacement field or an escaped brace, in turn.
type strMarkup struct {
	s   string
	pos int
}

// strMarkupItem is one piece of a format string: literal text, and a
// field when field is set (its name, spec, conversion, and whether the
// spec holds fields of its own).
type strMarkupItem struct {
	literal    string
	field      bool
	name, spec string
	conv       rune
	nested     bool
}

// next returns the next piece, or ok false at the end.
func (m *strMarkup) next() (item strMarkupItem, ok bool, err error) {
	s := m.s
	i := m.pos
	if i >= len(s) {
		return item, false, nil
	}
	j := i
	for j < len(s) && s[j] != '{' && s[j] != '}' {
		j++
	}
	if j == len(s) {
		m.pos = j
		item.literal = s[i:]
		return item, true, nil
	}
	c := s[j]
	atEnd := j+1 == len(s)
	if c == '}' && (atEnd || s[j+1] != '}') {
		return item, false, Errorf(ValueError, "Single '}' encountered in format string")
	}
	if atEnd && c == '{' {
		return item, false, Errorf(ValueError, "Single '{' encountered in format string")
	}
	if s[j+1] == c {
		// An escaped brace: the literal ends with one of the two.
		item.literal = s[i : j+1]
		m.pos = j + 2
		return item, true, nil
	}
	item.literal = s[i:j]
	// A field: find its closing brace, counting nested ones.
	start := j + 1
	k := start
	count := 1
	for ; k < len(s); k++ {
		switch s[k] {
		case '{':
			item.nested = true
			count++
		case '}':
			count--
		}
		if count == 0 {
			break
		}
	}
	if count > 0 {
		return item, false, Errorf(ValueError, "unmatched '{' in format")
	}
	m.pos = k + 1
	item.field = true
	if err := item.parseField(s[start:k]); err != nil {
		return item, false, err
	}
	return item, true, nil
}

// parseField splits the text of a field into its name, conversion and
// spec (CPython's parse_field).
func (item *strMarkupItem) parseField(field string) error {
	k := 0
	for k < len(field) && field[k] != ':' && field[k] != '!' {
		k++
	}
	item.name = field[:k]
	if k == len(field) {
		return nil
	}
	spec := field[k+1:]
	if field[k] == '!' {
		if len(spec) == 0 {
			return Errorf(ValueError, "end of format while looking for conversion specifier")
		}
		c, n := decodeRune(spec, 0)
		item.conv = c
		spec = spec[n:]
		if len(spec) > 0 {
			if spec[0] != ':' {
				return Errorf(ValueError, "expected ':' after format specifier")
			}
			spec = spec[1:]
		}
	}
	item.spec = spec
	return nil
}

// build formats the format string s; depth counts the nesting of format
// specs that may still hold fields.
func (f *strFormatter) build(s string, depth int) (*Str, error) {
	if depth <= 0 {
		return nil, Errorf(ValueError, "Max string recursion exceeded")
	}
	var out strings.Builder
	out.Grow(len(s) + 16)
	m := strMarkup{s: s}
	for {
		item, ok, err := m.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		out.WriteString(item.literal)
		if item.field {
			if err := f.field(&out, &item, depth); err != nil {
				return nil, err
			}
		}
	}
	return NewStr(out.String()), nil
}

// field formats one replacement field.
func (f *strFormatter) field(out *strings.Builder, item *strMarkupItem, depth int) error {
	obj, err := f.fieldObject(item.name)
	if err != nil {
		return err
	}
	t := f.t
	switch conv := item.conv; conv {
	case 0:
	case 'r':
		obj, err = Repr(t, obj)
	case 's':
		obj, err = StrOf(t, obj)
	case 'a':
		obj, err = Ascii(t, obj)
	default:
		if conv > 32 && conv < 127 {
			return Errorf(ValueError, "Unknown conversion specifier %c", conv)
		}
		return Errorf(ValueError, "Unknown conversion specifier \\x%x", conv)
	}
	if err != nil {
		return err
	}
	spec := item.spec
	if item.nested {
		expanded, err := f.build(spec, depth-1)
		if err != nil {
			return err
		}
		spec = expanded.s
	}
	// The common cases without a str for the spec.
	switch v := obj.(type) {
	case *Str:
		if v.ext.p == nil {
			if spec == "" {
				out.WriteString(v.s)
				return nil
			}
			mark := out.Len()
			text, _, err := strAppendFormatted(out, v, spec)
			if err != nil {
				return err
			}
			if out.Len() == mark {
				out.WriteString(text)
			}
			return nil
		}
	case *Int:
		if v.ext.p == nil {
			r, err := v.Format(spec)
			if err != nil {
				return err
			}
			out.WriteString(r)
			return nil
		}
	case *Float:
		if v.ext.p == nil {
			r, err := v.Format(spec)
			if err != nil {
				return err
			}
			out.WriteString(r)
			return nil
		}
	}
	specStr := emptyStr
	if spec != "" {
		specStr = NewStr(spec)
	}
	r, err := Format(t, obj, specStr)
	if err != nil {
		return err
	}
	out.WriteString(r.s)
	return nil
}

// strFormatInteger reads a field name part as CPython's get_integer: -1 if
// it is empty or not all decimal digits (Unicode ones count), else its
// value; too many digits is a ValueError.
func strFormatInteger(s string) (int, error) {
	if len(s) == 0 {
		return -1, nil
	}
	v := 0
	for i := 0; i < len(s); {
		c, n := decodeRune(s, i)
		i += n
		d := DecimalValue(c)
		if d < 0 {
			return -1, nil
		}
		if v > (strMaxInt-d)/10 {
			return -1, Errorf(ValueError, "Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}

// strFieldNameSplit splits a field name into its first part (before the
// first '.' or '[') and the rest.
func strFieldNameSplit(name string) (first, rest string) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	return name[:k], name[k:]
}

// strFieldNameNext reads the next ".attr" or "[key]" of the rest of a
// field name: whether it is an attribute, its name, its value when it is
// an integer index (else -1), and what follows it.
func strFieldNameNext(rest string) (isAttr bool, part string, index int, after string, err error) {
	c := rest[0]
	rest = rest[1:]
	index = -1
	switch c {
	case '.':
		isAttr = true
		k := 0
		for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
			k++
		}
		part, after = rest[:k], rest[k:]
	case '[':
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			return false, "", -1, "", Errorf(ValueError, "Missing ']' in format string")
		}
		part, after = rest[:k], rest[k+1:]
		if index, err = strFormatInteger(part); err != nil {
			return
		}
	default:
		return false, "", -1, "", Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if part == "" {
		return false, "", -1, "", Errorf(ValueError, "Empty attribute in format string")
	}
	return
}

// fieldObject finds the object a field name stands for: an argument, then
// each ".attr" and "[key]" in turn.
func (f *strFormatter) fieldObject(name string) (Object, error) {
	first, rest := strFieldNameSplit(name)
	index, err := strFormatInteger(first)
	if err != nil {
		return nil, err
	}
	numeric := first == "" || index != -1
	if numeric {
		// Auto-numbering ("{}") and explicit indexes may not mix.
		if f.autoState == strAutoInit {
			if first == "" {
				f.autoState = strAutoAuto
			} else {
				f.autoState = strAutoManual
			}
		}
		if f.autoState == strAutoManual && first == "" {
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.autoState == strAutoAuto && first != "" {
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		if first == "" {
			index = f.autoNext
			f.autoNext++
		}
	}
	t := f.t
	var obj Object
	switch {
	case f.mapping && numeric:
		return nil, Errorf(ValueError, "Format string contains positional fields")
	case index == -1:
		obj, err = f.keyword(first)
		if err != nil {
			return nil, err
		}
	default:
		if index >= len(f.positional) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		obj = f.positional[index]
	}
	for len(rest) > 0 {
		isAttr, part, idx, after, err := strFieldNameNext(rest)
		if err != nil {
			return nil, err
		}
		rest = after
		switch {
		case isAttr:
			obj, err = GetAttr(t, obj, NewStr(part))
		case idx == -1:
			obj, err = GetItem(t, obj, NewStr(part))
		default:
			obj, err = GetItem(t, obj, NewInt(int64(idx)))
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// keyword looks a field name up among the keyword arguments (or in the
// mapping of format_map): any failure is a KeyError naming it.
func (f *strFormatter) keyword(name string) (Object, error) {
	if f.mapping {
		key := NewStr(name)
		v, err := GetItem(f.t, f.mapObj, key)
		if err != nil {
			return nil, NewException(KeyError, key)
		}
		return v, nil
	}
	if f.kwnames != nil {
		for i, k := range f.kwnames.Items {
			if k.(*Str).s == name {
				return f.kwvalues[i], nil
			}
		}
	}
	return nil, NewException(KeyError, NewStr(name))
}

func init() {
	StrType.AddMethods(
		MethodDef{Name: "format", Fn: strFormatMethod, Doc: "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\nThe substitutions are identified by braces ('{' and '}')."},
		MethodDef{Name: "format_map", Fn: strFormatMap, Doc: "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\nThe substitutions are identified by braces ('{' and '}')."},
		MethodDef{Name: "__format__", Fn: strFormatDunder, Doc: "S.__format__(format_spec) -> str\n\nReturn a formatted version of S as described by format_spec."},
	)
}

// FormatterIter is the iterator _string.formatter_parser returns: for
// each piece of a format string, a tuple (literal, field_name,
// format_spec, conversion), with None for what the piece lacks
// (string.Formatter.parse).
type FormatterIter struct {
	src *Str
	m   strMarkup
}

// FieldNameIter is the iterator of the parts after the first of a field
// name that _string.formatter_field_name_split returns: (is_attribute,
// key) for each.
type FieldNameIter struct {
	src  *Str
	rest string
}

// Types of the _string iterators.
var (
	FormatterIterType = &Type{Name: "formatteriterator"}
	FieldNameIterType = &Type{Name: "fieldnameiterator"}
)

// Type returns formatteriterator.
func (it *FormatterIter) Type() *Type { return FormatterIterType }

// Type returns fieldnameiterator.
func (it *FieldNameIter) Type() *Type { return FieldNameIterType }

// FormatterParser returns _string.formatter_parser(s).
func FormatterParser(s *Str) *FormatterIter {
	return &FormatterIter{src: s, m: strMarkup{s: s.s}}
}

// FormatterFieldNameSplit returns _string.formatter_field_name_split(s):
// the first part of a field name (an int when it is all digits) and an
// iterator over the rest.
func FormatterFieldNameSplit(s *Str) (Object, *FieldNameIter, error) {
	first, rest := strFieldNameSplit(s.s)
	idx, err := strFormatInteger(first)
	if err != nil {
		return nil, nil, err
	}
	var firstObj Object = NewStr(first)
	if idx != -1 {
		firstObj = NewInt(int64(idx))
	}
	return firstObj, &FieldNameIter{src: s, rest: rest}, nil
}

func formatterIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*FormatterIter)
	item, ok, err := it.m.next()
	if err != nil || !ok {
		return nil, err
	}
	var name, spec, conv Object = None, None, None
	if item.field {
		name, spec = NewStr(item.name), NewStr(item.spec)
		if item.conv != 0 {
			conv = charStr(item.conv)
		}
	}
	return NewTuple(NewStr(item.literal), name, spec, conv), nil
}

func fieldNameIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*FieldNameIter)
	if it.rest == "" {
		return nil, nil
	}
	isAttr, part, idx, after, err := strFieldNameNext(it.rest)
	if err != nil {
		return nil, err
	}
	it.rest = after
	var key Object = NewStr(part)
	if idx != -1 {
		key = NewInt(int64(idx))
	}
	return NewTuple(NewBool(isAttr), key), nil
}

func init() {
	self := func(t *Thread, o Object) (Object, error) { return o, nil }
	FormatterIterType.Iter = self
	FormatterIterType.Next = formatterIterNext
	FieldNameIterType.Iter = self
	FieldNameIterType.Next = fieldNameIterNext
}
