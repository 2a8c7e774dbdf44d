package parser

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/taipan-py/taipan/internal/pystr"
)

// This file holds the text codecs a coding declaration can name: Python
// 3.2's codec names and aliases, mapped onto decoders that fail the way
// 3.2's do (the same UnicodeDecodeError text). Single-byte tables come from
// golang.org/x/text with the few bytes where 3.2's tables differ patched;
// the East Asian codecs use x/text's decoders, whose tables are the WHATWG
// ones (a superset of 3.2's in places, so a few byte sequences 3.2 rejects
// decode here), and whose error spans are approximated.

// codecKind says how a codec decodes.
type codecKind uint8

const (
	codecASCII codecKind = iota
	codecLatin1
	codecUTF8
	codecCharmap   // single-byte table
	codecMultibyte // x/text decoder (CJK)
	codecUTF16
	codecUTF32
)

// codec is one of 3.2's text codecs.
type codec struct {
	name  string // the codec's name in 3.2's error messages
	kind  codecKind
	order int8 // UTF-16/32 byte order: 0 detect a BOM (else little-endian), -1 little, 1 big

	cm    *charmap.Charmap  // codecCharmap
	patch func(*[256]rune)  // codecCharmap: 3.2's differences from cm
	enc   encoding.Encoding // codecMultibyte

	once  sync.Once
	table [256]rune // codecCharmap: -1 for an undefined byte
}

// decodeFailure is a UnicodeDecodeError: the codec, the span [start, end)
// of the input of the failing decode call, and the reason.
type decodeFailure struct {
	codec      string
	start, end int
	reason     string
	input      []byte
}

// Error returns str() of the UnicodeDecodeError.
func (f *decodeFailure) Error() string {
	var b byte
	if f.start < len(f.input) {
		b = f.input[f.start]
	}
	if f.end == f.start+1 && f.start < len(f.input) {
		return decodeErrorText(f.codec, f.start, f.end, b, f.reason)
	}
	return decodeErrorText(f.codec, f.start, f.end, 0, f.reason)
}

func c1Controls(t *[256]rune) {
	for b := 0x80; b < 0xA0; b++ {
		t[b] = rune(b)
	}
}

// codecs maps 3.2's codec module names to codecs.
var codecs = map[string]*codec{
	"ascii":   {name: "ascii", kind: codecASCII},
	"latin_1": {name: "latin-1", kind: codecLatin1},
	"utf_8":   {name: "utf-8", kind: codecUTF8},

	"iso8859_2":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_2, patch: c1Controls},
	"iso8859_3":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_3, patch: c1Controls},
	"iso8859_4":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_4, patch: c1Controls},
	"iso8859_5":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_5, patch: c1Controls},
	"iso8859_6":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_6, patch: c1Controls},
	"iso8859_7":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_7, patch: c1Controls},
	"iso8859_8":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_8, patch: c1Controls},
	"iso8859_9":  {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_9},
	"iso8859_10": {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_10, patch: c1Controls},
	"iso8859_11": {name: "charmap", kind: codecCharmap, cm: charmap.Windows874, patch: c1Controls},
	"iso8859_13": {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_13, patch: c1Controls},
	"iso8859_14": {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_14, patch: c1Controls},
	"iso8859_15": {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_15, patch: c1Controls},
	"iso8859_16": {name: "charmap", kind: codecCharmap, cm: charmap.ISO8859_16, patch: c1Controls},
	"tis_620": {name: "charmap", kind: codecCharmap, cm: charmap.Windows874, patch: func(t *[256]rune) {
		c1Controls(t)
		t[0xA0] = -1
	}},
	"cp874":  {name: "charmap", kind: codecCharmap, cm: charmap.Windows874},
	"cp1250": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1250},
	"cp1251": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1251},
	"cp1252": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1252},
	"cp1253": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1253},
	"cp1254": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1254},
	"cp1255": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1255, patch: func(t *[256]rune) {
		t[0xCA] = -1
	}},
	"cp1256": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1256},
	"cp1257": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1257},
	"cp1258": {name: "charmap", kind: codecCharmap, cm: charmap.Windows1258},
	"cp437":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage437},
	"cp850":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage850},
	"cp852":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage852},
	"cp855":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage855},
	"cp858":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage858},
	"cp860":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage860},
	"cp862":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage862},
	"cp863":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage863},
	"cp865":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage865},
	"cp866":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage866},
	"cp037":  {name: "charmap", kind: codecCharmap, cm: charmap.CodePage037},
	"cp1140": {name: "charmap", kind: codecCharmap, cm: charmap.CodePage1140},
	"koi8_r": {name: "charmap", kind: codecCharmap, cm: charmap.KOI8R},
	"koi8_u": {name: "charmap", kind: codecCharmap, cm: charmap.KOI8U, patch: func(t *[256]rune) {
		t[0xAE] = 0x255D
		t[0xBE] = 0x256C
	}},
	"mac_roman":    {name: "charmap", kind: codecCharmap, cm: charmap.Macintosh},
	"mac_cyrillic": {name: "charmap", kind: codecCharmap, cm: charmap.MacintoshCyrillic},

	"euc_jp":     {name: "euc_jp", kind: codecMultibyte, enc: japanese.EUCJP},
	"shift_jis":  {name: "shift_jis", kind: codecMultibyte, enc: japanese.ShiftJIS},
	"cp932":      {name: "cp932", kind: codecMultibyte, enc: japanese.ShiftJIS},
	"iso2022_jp": {name: "iso2022_jp", kind: codecMultibyte, enc: japanese.ISO2022JP},
	"euc_kr":     {name: "euc_kr", kind: codecMultibyte, enc: korean.EUCKR},
	"cp949":      {name: "cp949", kind: codecMultibyte, enc: korean.EUCKR},
	"gb2312":     {name: "gb2312", kind: codecMultibyte, enc: simplifiedchinese.GBK},
	"gbk":        {name: "gbk", kind: codecMultibyte, enc: simplifiedchinese.GBK},
	"gb18030":    {name: "gb18030", kind: codecMultibyte, enc: simplifiedchinese.GB18030},
	"hz":         {name: "hz", kind: codecMultibyte, enc: simplifiedchinese.HZGB2312},
	"big5":       {name: "big5", kind: codecMultibyte, enc: traditionalchinese.Big5},
	"cp950":      {name: "cp950", kind: codecMultibyte, enc: traditionalchinese.Big5},
	"big5hkscs":  {name: "big5hkscs", kind: codecMultibyte, enc: traditionalchinese.Big5},

	"utf_16":    {name: "utf16", kind: codecUTF16, order: 0},
	"utf_16_le": {name: "utf16", kind: codecUTF16, order: -1},
	"utf_16_be": {name: "utf16", kind: codecUTF16, order: 1},
	"utf_32":    {name: "utf32", kind: codecUTF32, order: 0},
	"utf_32_le": {name: "utf32", kind: codecUTF32, order: -1},
	"utf_32_be": {name: "utf32", kind: codecUTF32, order: 1},
}

// codecAliases maps the aliases of 3.2's encodings.aliases (normalised)
// to codec module names, for the codecs above.
var codecAliases = func() map[string]string {
	m := map[string]string{}
	add := func(module string, names ...string) {
		for _, n := range names {
			m[n] = module
		}
	}
	add("ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii",
		"ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii")
	add("latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
		"iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1")
	add("utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4")
	add("iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2")
	add("iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3")
	add("iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4")
	add("iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144")
	add("iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6",
		"iso_8859_6_1987", "iso_ir_127")
	add("iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
		"iso_8859_7_1987", "iso_ir_126")
	add("iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138")
	add("iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5")
	add("iso8859_10", "csisolatin6", "iso_8859_10", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6")
	add("iso8859_11", "iso_8859_11", "iso_8859_11_2001", "thai")
	add("iso8859_13", "iso_8859_13", "l7", "latin7")
	add("iso8859_14", "iso_8859_14", "iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8")
	add("iso8859_15", "iso_8859_15", "l9", "latin9")
	add("iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10")
	add("tis_620", "iso_ir_166", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1")
	for _, cp := range []string{"1250", "1251", "1252", "1253", "1254", "1255", "1256", "1257", "1258"} {
		add("cp"+cp, cp, "windows_"+cp)
	}
	add("cp437", "437", "cspc8codepage437", "ibm437")
	add("cp850", "850", "cspc850multilingual", "ibm850")
	add("cp852", "852", "cspcp852", "ibm852")
	add("cp855", "855", "csibm855", "ibm855")
	add("cp858", "858", "csibm858", "ibm858")
	add("cp860", "860", "csibm860", "ibm860")
	add("cp862", "862", "cspc862latinhebrew", "ibm862")
	add("cp863", "863", "csibm863", "ibm863")
	add("cp865", "865", "csibm865", "ibm865")
	add("cp866", "866", "csibm866", "ibm866")
	add("cp037", "037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt",
		"ibm037", "ibm039")
	add("cp1140", "1140", "ibm1140")
	add("koi8_r", "cskoi8r")
	add("mac_roman", "macintosh", "macroman")
	add("mac_cyrillic", "maccyrillic")
	add("euc_jp", "eucjp", "u_jis", "ujis")
	add("shift_jis", "csshiftjis", "s_jis", "shiftjis", "sjis", "x_mac_japanese")
	add("cp932", "932", "ms932", "ms_kanji", "mskanji")
	add("iso2022_jp", "csiso2022jp", "iso2022jp", "iso_2022_jp")
	add("euc_kr", "euckr", "korean", "ks_c_5601", "ks_c_5601_1987", "ks_x_1001", "ksc5601",
		"ksx1001", "x_mac_korean")
	add("cp949", "949", "ms949", "uhc")
	add("gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980",
		"gb2312_80", "iso_ir_58", "x_mac_simp_chinese")
	add("gbk", "936", "cp936", "ms936")
	add("gb18030", "gb18030_2000")
	add("hz", "hz_gb", "hz_gb_2312", "hzgb")
	add("big5", "big5_tw", "csbig5", "x_mac_trad_chinese")
	add("cp950", "950", "ms950")
	add("big5hkscs", "big5_hkscs", "hkscs")
	add("utf_16", "u16", "utf16")
	add("utf_16_be", "unicodebigunmarked", "utf_16be")
	add("utf_16_le", "unicodelittleunmarked", "utf_16le")
	add("utf_32", "u32", "utf32")
	add("utf_32_be", "utf_32be")
	add("utf_32_le", "utf_32le")
	return m
}()

// lookupCodec finds a codec the way 3.2's codecs.lookup does: lower case,
// every run of characters other than letters, digits and dots made one
// underscore (none at the ends), then the alias table (also tried with dots
// as underscores), then the codec module of that name. It returns nil for
// an encoding 3.2 does not know, and for the few it knows that Taipan does
// not provide (utf-7, johab, the ISO-2022 variants other than iso2022_jp,
// the JIS X 0213 codecs and a handful of single-byte code pages).
func lookupCodec(name string) *codec {
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	norm := b.String()
	module := norm
	if m, ok := codecAliases[norm]; ok {
		module = m
	} else if m, ok := codecAliases[strings.ReplaceAll(norm, ".", "_")]; ok {
		module = m
	}
	return codecs[module]
}

func (c *codec) charTable() *[256]rune {
	c.once.Do(func() {
		for b := 0; b < 256; b++ {
			r := c.cm.DecodeByte(byte(b))
			if r == utf8.RuneError {
				r = -1
			}
			c.table[b] = r
		}
		if c.patch != nil {
			c.patch(&c.table)
		}
	})
	return &c.table
}

// decode decodes src (one decode call of 3.2: positions in a failure are
// offsets in src) into UTF-8. With final false, an incomplete sequence at
// the end is no error: its length is returned as pending and it is left
// undecoded, as an incremental decoder does.
func (c *codec) decode(src []byte, final bool) (out []byte, pending int, fail *decodeFailure) {
	failAt := func(start, end int, reason string) ([]byte, int, *decodeFailure) {
		return nil, 0, &decodeFailure{codec: c.name, start: start, end: end, reason: reason, input: src}
	}
	switch c.kind {
	case codecASCII:
		for i, b := range src {
			if b >= 0x80 {
				return failAt(i, i+1, "ordinal not in range(128)")
			}
		}
		return append([]byte(nil), src...), 0, nil
	case codecLatin1:
		out = make([]byte, 0, len(src))
		for _, b := range src {
			out = utf8.AppendRune(out, rune(b))
		}
		return out, 0, nil
	case codecCharmap:
		t := c.charTable()
		out = make([]byte, 0, len(src))
		for i, b := range src {
			r := t[b]
			if r < 0 {
				return failAt(i, i+1, "character maps to <undefined>")
			}
			out = utf8.AppendRune(out, r)
		}
		return out, 0, nil
	case codecUTF8:
		start, end, reason := utf8Failure(string(src))
		if reason == "" {
			return append([]byte(nil), src...), 0, nil
		}
		if reason == "unexpected end of data" && !final {
			return append([]byte(nil), src[:start]...), len(src) - start, nil
		}
		return failAt(start, end, reason)
	case codecUTF16:
		return c.decodeUTF16(src, final, failAt)
	case codecUTF32:
		return c.decodeUTF32(src, final, failAt)
	}
	return c.decodeMultibyte(src, final, failAt)
}

type failFunc func(start, end int, reason string) ([]byte, int, *decodeFailure)

func (c *codec) decodeUTF16(src []byte, final bool, failAt failFunc) ([]byte, int, *decodeFailure) {
	big := c.order == 1
	i := 0
	if c.order == 0 && len(src) >= 2 {
		switch {
		case src[0] == 0xFF && src[1] == 0xFE:
			i = 2
		case src[0] == 0xFE && src[1] == 0xFF:
			i, big = 2, true
		}
	}
	unit := func(j int) rune {
		if big {
			return rune(src[j])<<8 | rune(src[j+1])
		}
		return rune(src[j+1])<<8 | rune(src[j])
	}
	out := make([]byte, 0, len(src))
	for i < len(src) {
		if len(src)-i < 2 {
			if !final {
				return out, len(src) - i, nil
			}
			return failAt(i, len(src), "truncated data")
		}
		ch := unit(i)
		i += 2
		if ch < 0xD800 || ch > 0xDFFF {
			out = utf8.AppendRune(out, ch)
			continue
		}
		if len(src)-i < 2 {
			if !final {
				return out, len(src) - i + 2, nil
			}
			return failAt(i-2, len(src), "unexpected end of data")
		}
		if ch <= 0xDBFF {
			ch2 := unit(i)
			i += 2
			if ch2 >= 0xDC00 && ch2 <= 0xDFFF {
				out = utf8.AppendRune(out, (ch&0x3FF)<<10|(ch2&0x3FF)+0x10000)
				continue
			}
			return failAt(i-4, i-2, "illegal UTF-16 surrogate")
		}
		return failAt(i-2, i, "illegal encoding")
	}
	return out, 0, nil
}

func (c *codec) decodeUTF32(src []byte, final bool, failAt failFunc) ([]byte, int, *decodeFailure) {
	big := c.order == 1
	i := 0
	if c.order == 0 && len(src) >= 4 {
		switch {
		case src[0] == 0xFF && src[1] == 0xFE && src[2] == 0 && src[3] == 0:
			i = 4
		case src[0] == 0 && src[1] == 0 && src[2] == 0xFE && src[3] == 0xFF:
			i, big = 4, true
		}
	}
	out := make([]byte, 0, len(src))
	for i < len(src) {
		if len(src)-i < 4 {
			if !final {
				return out, len(src) - i, nil
			}
			return failAt(i, len(src), "truncated data")
		}
		var ch uint32
		if big {
			ch = uint32(src[i])<<24 | uint32(src[i+1])<<16 | uint32(src[i+2])<<8 | uint32(src[i+3])
		} else {
			ch = uint32(src[i+3])<<24 | uint32(src[i+2])<<16 | uint32(src[i+1])<<8 | uint32(src[i])
		}
		if ch >= 0x110000 {
			return failAt(i, i+4, "codepoint not in range(0x110000)")
		}
		out = pystr.AppendRune(out, rune(ch)) // a wide build keeps lone surrogates
		i += 4
	}
	return out, 0, nil
}

// decodeMultibyte runs an x/text decoder. Those replace a bad sequence by
// U+FFFD instead of failing, so a result holding U+FFFD is decoded again
// one character at a time to find where. 3.2's CJK codecs mostly report
// two bytes for an illegal sequence; that is what is reported here.
func (c *codec) decodeMultibyte(src []byte, final bool, failAt failFunc) ([]byte, int, *decodeFailure) {
	if c.name == "gbk" || c.name == "gb2312" {
		// WHATWG's GBK reads a lone 0x80 as the euro sign; 3.2's does not.
		for i := 0; i < len(src); i++ {
			switch b := src[i]; {
			case b == 0x80 || b == 0xFF:
				return failAt(i, min(i+2, len(src)), "illegal multibyte sequence")
			case b > 0x80:
				i++
			}
		}
	}
	out, err := c.enc.NewDecoder().Bytes(src)
	if err == nil && !strings.ContainsRune(string(out), utf8.RuneError) {
		return out, 0, nil
	}
	t := c.enc.NewDecoder()
	var dst [utf8.UTFMax]byte
	out = out[:0]
	for pos := 0; pos < len(src); {
		progressed := false
		for size := 1; size <= utf8.UTFMax; size++ {
			nDst, nSrc, _ := t.Transform(dst[:size], src[pos:], true)
			if nDst == 0 && nSrc == 0 {
				continue
			}
			progressed = true
			r, _ := utf8.DecodeRune(dst[:nDst])
			if r == utf8.RuneError && nDst == 3 {
				if pos == len(src)-1 {
					if !final {
						return out, 1, nil
					}
					return failAt(pos, len(src), "incomplete multibyte sequence")
				}
				return failAt(pos, pos+c.errorSpan(src[pos:]), "illegal multibyte sequence")
			}
			out = append(out, dst[:nDst]...)
			pos += nSrc
			break
		}
		if !progressed {
			return failAt(pos, len(src), "incomplete multibyte sequence")
		}
	}
	return out, 0, nil
}

// errorSpan is the length 3.2's CJK codecs give an illegal sequence at the
// start of s: two bytes mostly, four for a four-byte GB 18030 form, three
// for an unknown ISO-2022 escape.
func (c *codec) errorSpan(s []byte) int {
	n := 2
	switch {
	case c.name == "gb18030" && len(s) > 1 && s[1] >= '0' && s[1] <= '9':
		n = 4
	case c.name == "iso2022_jp" && s[0] == 0x1B:
		n = 3
	}
	return min(n, len(s))
}

// utf8Failure finds the first sequence 3.2's UTF-8 decoder rejects in s:
// its span and the reason, or an empty reason when s is valid.
func utf8Failure(s string) (start, end int, reason string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		if _, size := utf8.DecodeRuneInString(s[i:]); size > 1 {
			i += size
			continue
		}
		n := 0
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 2
		case c >= 0xE0 && c <= 0xEF:
			n = 3
		case c >= 0xF0 && c <= 0xF4:
			n = 4
		}
		if n == 0 {
			return i, i + 1, "invalid start byte"
		}
		if i+n > len(s) {
			end := i + 1
			for k := 1; i+k < len(s) && s[i+k]&0xC0 == 0x80; k++ {
				end++
			}
			return i, end, "unexpected end of data"
		}
		// A bad continuation: the span covers the good continuation bytes
		// before the bad one, as 3.2 counts them.
		end := i + 1
		if n >= 3 && s[i+1]&0xC0 == 0x80 {
			end++
			if n == 4 && s[i+2]&0xC0 == 0x80 {
				end++
			}
		}
		return i, end, "invalid continuation byte"
	}
	return 0, 0, ""
}
