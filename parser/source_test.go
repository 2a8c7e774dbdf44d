package parser

import (
	"strings"
	"testing"
)

// sourceTests holds CPython 3.2.6's results for each source, read as a file
// (the module imported, filename FILE) and as bytes given to
// compile(..., "exec"). An empty error is success with the given text.
var sourceTests = []struct {
	name                string
	src                 string
	fileText, fileErr   string
	fileLine            int
	bytesText, bytesErr string
	bytesLine           int
}{
	{"plain", "x = 1\x0a",
		"x = 1\x0a", "", 0,
		"x = 1\x0a", "", 0},
	{"crlf", "x = 1\x0d\x0ay = 2\x0dz = 3\x0a",
		"x = 1\x0ay = 2\x0az = 3\x0a", "", 0,
		"x = 1\x0ay = 2\x0az = 3\x0a", "", 0},
	{"no_final_newline", "x = 1",
		"x = 1", "", 0,
		"x = 1\x0a", "", 0},
	{"bom", "\xef\xbb\xbfx = \"\xc3\xa9\"\x0a",
		"x = \"\xc3\xa9\"\x0a", "", 0,
		"x = \"\xc3\xa9\"\x0a", "", 0},
	{"bom_latin1", "\xef\xbb\xbf# coding: latin-1\x0ax = 1\x0a",
		"", "encoding problem: utf-8", 1,
		"", "encoding problem: utf-8", 0},
	{"bom_utf8cookie", "\xef\xbb\xbf# coding: utf-8\x0ax = 1\x0a",
		"# coding: utf-8\x0ax = 1\x0a", "", 0,
		"# coding: utf-8\x0ax = 1\x0a", "", 0},
	{"bom_cookie_l2", "\xef\xbb\xbf\x0a# coding: latin-1\x0ax = 1\x0a",
		"", "encoding problem: utf-8", 2,
		"", "encoding problem: utf-8", 0},
	{"bom_utf8nodash", "\xef\xbb\xbf# coding: utf8\x0ax = 1\x0a",
		"", "encoding problem: utf-8", 1,
		"", "encoding problem: utf-8", 0},
	{"bom_UTF_8", "\xef\xbb\xbf# coding: UTF_8\x0ax = 1\x0a",
		"# coding: UTF_8\x0ax = 1\x0a", "", 0,
		"# coding: UTF_8\x0ax = 1\x0a", "", 0},
	{"latin1", "# -*- coding: latin-1 -*-\x0ax = \"\xe9\"\x0a",
		"# -*- coding: latin-1 -*-\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# -*- coding: latin-1 -*-\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"latin9_l2", "#!/usr/bin/python\x0a# vim: set fileencoding=iso-8859-15 :\x0ax = \"\xa4\"\x0a",
		"#!/usr/bin/python\x0a# vim: set fileencoding=iso-8859-15 :\x0ax = \"\xe2\x82\xac\"\x0a", "", 0,
		"#!/usr/bin/python\x0a# vim: set fileencoding=iso-8859-15 :\x0ax = \"\xe2\x82\xac\"\x0a", "", 0},
	{"cookie_l3", "#\x0a#\x0a# coding: latin-1\x0ax = \"\xe9\"\x0a",
		"", "Non-UTF-8 code starting with '\\xe9' in file FILE on line 4, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 4,
		"#\x0a#\x0a# coding: latin-1\x0ax = \"\xe9\"\x0a", "", 0},
	{"unknown", "# coding: foobar\x0ax = 1\x0a",
		"", "encoding problem: with BOM", 1,
		"", "unknown encoding: foobar", 0},
	{"unknown_l2", "\x0a# coding: foobar\x0ax = 1\x0a",
		"", "encoding problem: with BOM", 2,
		"", "unknown encoding: foobar", 0},
	{"nonutf8", "x = 1\x0ay = 2\x0az = \"\xff\"\x0a",
		"", "Non-UTF-8 code starting with '\\xff' in file FILE on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 3,
		"x = 1\x0ay = 2\x0az = \"\xff\"\x0a", "", 0},
	{"nonutf8_comment", "x = 1\x0a# \xff\x0a",
		"", "Non-UTF-8 code starting with '\\xff' in file FILE on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 2,
		"x = 1\x0a# \xff\x0a", "", 0},
	{"nonutf8_trunc", "# \xe9\x0ax = 1\x0a",
		"", "Non-UTF-8 code starting with '\\xe9' in file FILE on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 1,
		"# \xe9\x0ax = 1\x0a", "", 0},
	{"nonutf8_crlf", "x = 1\x0d\x0ay = 2\x0dz = \"\xff\"\x0d\x0a",
		"", "Non-UTF-8 code starting with '\\xff' in file FILE on line 3, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 3,
		"x = 1\x0ay = 2\x0az = \"\xff\"\x0a", "", 0},
	{"overlong_ok", "# \xc0\x80\x0ax = 1\x0a",
		"# \xc0\x80\x0ax = 1\x0a", "", 0,
		"# \xc0\x80\x0ax = 1\x0a", "", 0},
	{"f5_ok", "# \xf5\x80\x80\x80\x0ax = 1\x0a",
		"# \xf5\x80\x80\x80\x0ax = 1\x0a", "", 0,
		"# \xf5\x80\x80\x80\x0ax = 1\x0a", "", 0},
	{"surrogate_ok", "# \xed\xa0\x80\x0ax = 1\x0a",
		"# \xed\xa0\x80\x0ax = 1\x0a", "", 0,
		"# \xed\xa0\x80\x0ax = 1\x0a", "", 0},
	{"ascii_bad", "# coding: ascii\x0ax = 1\x0ay = \"\xe9\"\x0a",
		"", "'ascii' codec can't decode byte 0xe9 in position 27: ordinal not in range(128)", 1,
		"", "'ascii' codec can't decode byte 0xe9 in position 27: ordinal not in range(128)", 0},
	{"ascii_bad_l1", "# coding: ascii \xe9\x0ax = 1\x0a",
		"", "'ascii' codec can't decode byte 0xe9 in position 16: ordinal not in range(128)", 1,
		"", "'ascii' codec can't decode byte 0xe9 in position 16: ordinal not in range(128)", 0},
	{"ascii_bad_crlf", "# coding: ascii\x0d\x0ax = 1\x0d\x0ay = \"\xe9\"\x0d\x0a",
		"", "'ascii' codec can't decode byte 0xe9 in position 29: ordinal not in range(128)", 1,
		"", "'ascii' codec can't decode byte 0xe9 in position 27: ordinal not in range(128)", 0},
	{"utf8cookie_unchecked", "# coding: utf-8\x0ax = 1\x0a# \xff\x0ay = 2\x0a",
		"# coding: utf-8\x0ax = 1\x0a# \xff\x0ay = 2\x0a", "", 0,
		"# coding: utf-8\x0ax = 1\x0a# \xff\x0ay = 2\x0a", "", 0},
	{"utf8nodash_bad", "# coding: utf8\x0ax = 1\x0ay = \"\xff\"\x0a",
		"", "'utf-8' codec can't decode byte 0xff in position 26: invalid start byte", 1,
		"", "'utf-8' codec can't decode byte 0xff in position 26: invalid start byte", 0},
	{"utf8_sig_cookie", "# coding: utf-8-sig\x0ax = \"\xc3\xa9\"\x0a",
		"# coding: utf-8-sig\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding: utf-8-sig\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"latin1_variant", "# coding: Latin_1-foo\x0ax = \"\xe9\"\x0a",
		"# coding: Latin_1-foo\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding: Latin_1-foo\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"cp1252", "# coding: cp1252\x0ax = \"\x80\"\x0a",
		"# coding: cp1252\x0ax = \"\xe2\x82\xac\"\x0a", "", 0,
		"# coding: cp1252\x0ax = \"\xe2\x82\xac\"\x0a", "", 0},
	{"cp1252_undef", "# coding: cp1252\x0ax = 1\x0ay = \"\x81\"\x0a",
		"", "'charmap' codec can't decode byte 0x81 in position 28: character maps to <undefined>", 1,
		"", "'charmap' codec can't decode byte 0x81 in position 28: character maps to <undefined>", 0},
	{"cp1255_undef", "# coding: windows-1255\x0ax = \"\xca\"\x0a",
		"", "'charmap' codec can't decode byte 0xca in position 28: character maps to <undefined>", 1,
		"", "'charmap' codec can't decode byte 0xca in position 28: character maps to <undefined>", 0},
	{"koi8u", "# coding: koi8-u\x0ax = \"\xae\xbe\"\x0a",
		"# coding: koi8-u\x0ax = \"\xe2\x95\x9d\xe2\x95\xac\"\x0a", "", 0,
		"# coding: koi8-u\x0ax = \"\xe2\x95\x9d\xe2\x95\xac\"\x0a", "", 0},
	{"iso8859_2_c1", "# coding: iso-8859-2\x0ax = \"\x85\"\x0a",
		"# coding: iso-8859-2\x0ax = \"\xc2\x85\"\x0a", "", 0,
		"# coding: iso-8859-2\x0ax = \"\xc2\x85\"\x0a", "", 0},
	{"tis620_a0", "# coding: tis-620\x0ax = \"\xa0\"\x0a",
		"", "'charmap' codec can't decode byte 0xa0 in position 23: character maps to <undefined>", 1,
		"", "'charmap' codec can't decode byte 0xa0 in position 23: character maps to <undefined>", 0},
	{"cookie_eq", "# coding=latin-1\x0ax = \"\xe9\"\x0a",
		"# coding=latin-1\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding=latin-1\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"cookie_not_comment", "x = 1 # coding: latin-1\x0ay = \"\xe9\"\x0a",
		"", "Non-UTF-8 code starting with '\\xe9' in file FILE on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 2,
		"x = 1 # coding: latin-1\x0ay = \"\xe9\"\x0a", "", 0},
	{"cookie_indented", "  \x09\x0c# coding: latin-1\x0ax = \"\xe9\"\x0a",
		"  \x09\x0c# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"  \x09\x0c# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"cookie_codings", "# codings: latin-1\x0ax = 1\x0a",
		"# codings: latin-1\x0ax = 1\x0a", "", 0,
		"# codings: latin-1\x0ax = 1\x0a", "", 0},
	{"cookie_emacs", "# -*- mode: python; coding: latin-1 -*-\x0ax = \"\xe9\"\x0a",
		"# -*- mode: python; coding: latin-1 -*-\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# -*- mode: python; coding: latin-1 -*-\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"cookie_empty", "# coding: \x0ax = 1\x0a",
		"# coding: \x0ax = 1\x0a", "", 0,
		"# coding: \x0ax = 1\x0a", "", 0},
	{"cookie_two_codings", "# coding: coding: latin-1\x0ax = \"\xe9\"\x0a",
		"", "encoding problem: with BOM", 1,
		"", "unknown encoding: coding", 0},
	{"cookie_dot", "# coding: iso.8859.15\x0ax = \"\xa4\"\x0a",
		"# coding: iso.8859.15\x0ax = \"\xe2\x82\xac\"\x0a", "", 0,
		"# coding: iso.8859.15\x0ax = \"\xe2\x82\xac\"\x0a", "", 0},
	{"cookie_l1_utf8_l2_latin", "# coding: utf-8\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a",
		"# coding: utf-8\x0a# coding: latin-1\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"", "encoding problem: utf-8", 0},
	{"cookie_l1_latin_l2_foo", "# coding: latin-1\x0a# coding: foobar\x0ax = \"\xe9\"\x0a",
		"# coding: latin-1\x0a# coding: foobar\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding: latin-1\x0a# coding: foobar\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"code_l1_cookie_l2", "x = 1\x0a# coding: latin-1\x0ay = \"\xe9\"\x0a",
		"x = 1\x0a# coding: latin-1\x0ay = \"\xc3\xa9\"\x0a", "", 0,
		"x = 1\x0a# coding: latin-1\x0ay = \"\xc3\xa9\"\x0a", "", 0},
	{"nonutf8_l1_cookie_l2", "\xe9 = 1\x0a# coding: latin-1\x0a",
		"", "Non-UTF-8 code starting with '\\xe9' in file FILE on line 1, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", 1,
		"\xc3\xa9 = 1\x0a# coding: latin-1\x0a", "", 0},
	{"euc_jp", "# coding: euc-jp\x0ax = \"\xa4\xa2\"\x0a",
		"# coding: euc-jp\x0ax = \"\xe3\x81\x82\"\x0a", "", 0,
		"# coding: euc-jp\x0ax = \"\xe3\x81\x82\"\x0a", "", 0},
	{"shift_jis", "# coding: shift_jis\x0ax = \"\x82\xa0\"\x0a",
		"# coding: shift_jis\x0ax = \"\xe3\x81\x82\"\x0a", "", 0,
		"# coding: shift_jis\x0ax = \"\xe3\x81\x82\"\x0a", "", 0},
	{"gbk", "# coding: gbk\x0ax = \"\xc4\xe3\"\x0a",
		"# coding: gbk\x0ax = \"\xe4\xbd\xa0\"\x0a", "", 0,
		"# coding: gbk\x0ax = \"\xe4\xbd\xa0\"\x0a", "", 0},
	{"big5", "# coding: big5\x0ax = \"\xa4\xa4\"\x0a",
		"# coding: big5\x0ax = \"\xe4\xb8\xad\"\x0a", "", 0,
		"# coding: big5\x0ax = \"\xe4\xb8\xad\"\x0a", "", 0},
	{"euc_kr", "# coding: euc-kr\x0ax = \"\xb0\xa1\"\x0a",
		"# coding: euc-kr\x0ax = \"\xea\xb0\x80\"\x0a", "", 0,
		"# coding: euc-kr\x0ax = \"\xea\xb0\x80\"\x0a", "", 0},
	{"koi8r", "# coding: koi8-r\x0ax = \"\xc1\"\x0a",
		"# coding: koi8-r\x0ax = \"\xd0\xb0\"\x0a", "", 0,
		"# coding: koi8-r\x0ax = \"\xd0\xb0\"\x0a", "", 0},
	{"cp437", "# coding: cp437\x0ax = \"\x82\"\x0a",
		"# coding: cp437\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding: cp437\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"mac_roman", "# coding: mac-roman\x0ax = \"\x8e\"\x0a",
		"# coding: mac-roman\x0ax = \"\xc3\xa9\"\x0a", "", 0,
		"# coding: mac-roman\x0ax = \"\xc3\xa9\"\x0a", "", 0},
	{"eucjp_bad", "# coding: euc-jp\x0ax = 1\x0ay = \"\xa4\"\x0a",
		"", "'euc_jp' codec can't decode bytes in position 28-29: illegal multibyte sequence", 1,
		"", "'euc_jp' codec can't decode bytes in position 28-29: illegal multibyte sequence", 0},
	{"sjis_bad", "# coding: shift_jis\x0ax = \"\x81 \"\x0a",
		"", "'shift_jis' codec can't decode bytes in position 25-26: illegal multibyte sequence", 1,
		"", "'shift_jis' codec can't decode bytes in position 25-26: illegal multibyte sequence", 0},
	{"gbk_bad", "# coding: gbk\x0ax = \"\x81 \"\x0a",
		"", "'gbk' codec can't decode bytes in position 19-20: illegal multibyte sequence", 1,
		"", "'gbk' codec can't decode bytes in position 19-20: illegal multibyte sequence", 0},
	{"big5_bad", "# coding: big5\x0ax = \"\xff\xff\"\x0a",
		"", "'big5' codec can't decode bytes in position 20-21: illegal multibyte sequence", 1,
		"", "'big5' codec can't decode bytes in position 20-21: illegal multibyte sequence", 0},
	{"utf16", "# coding: utf-16\x0ax = 1\x0a",
		"", "UTF-16 stream does not start with BOM", 1,
		"", "'utf16' codec can't decode byte 0x0a in position 22: truncated data", 0},
	{"utf32", "# coding: utf-32\x0ax = 1\x0a",
		"", "'utf32' codec can't decode bytes in position 0-3: codepoint not in range(0x110000)", 1,
		"", "'utf32' codec can't decode bytes in position 0-3: codepoint not in range(0x110000)", 0},
	{"utf16le_odd", "# coding: utf-16-le\x0ax = 1\x0a\x0a",
		"", "'utf16' codec can't decode byte 0x0a in position 0: truncated data", 1,
		"", "'utf16' codec can't decode byte 0x0a in position 26: truncated data", 0},
	{"big_ascii_bad", "# coding: ascii\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ay = \"\xe9\"\x0a",
		"", "'ascii' codec can't decode byte 0xe9 in position 3829: ordinal not in range(128)", 1364,
		"", "'ascii' codec can't decode byte 0xe9 in position 12021: ordinal not in range(128)", 0},
	{"big_ascii_bad_boundary", "# coding: ascii\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ax = 11\x0ay = \"\xe9\"\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0a",
		"", "'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128)", 1170,
		"", "'ascii' codec can't decode byte 0xe9 in position 8211: ordinal not in range(128)", 0},
	{"big_utf8_pending", "# coding: utf8\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0ax = 1\x0a####\xc3\xa9\xff\x0a",
		"", "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1364,
		"", "'utf-8' codec can't decode byte 0xff in position 8193: invalid start byte", 0},
	{"big_cr_boundary", "# coding: ascii\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dx = 1\x0dxx\x0d\xe9\x0d",
		"", "'ascii' codec can't decode byte 0xe9 in position 4095: ordinal not in range(128)", 681,
		"", "'ascii' codec can't decode byte 0xe9 in position 8191: ordinal not in range(128)", 0},
	{"cont_line_cookie", "x = \\\x0a# coding: latin-1\x0a1\x0a",
		"x = \\\x0a# coding: latin-1\x0a1\x0a", "", 0,
		"x = \\\x0a# coding: latin-1\x0a1\x0a", "", 0},
	{"eucjp_trunc_end", "# coding: euc-jp\x0ax = \"\xa4\xa2\"\x0a\xa4",
		"", "'euc_jp' codec can't decode byte 0xa4 in position 0: incomplete multibyte sequence", 3,
		"", "'euc_jp' codec can't decode bytes in position 26-27: illegal multibyte sequence", 0},
	{"eucjp_ss2", "# coding: euc-jp\x0ax = \"\x8e\"\x0a",
		"", "'euc_jp' codec can't decode bytes in position 22-23: illegal multibyte sequence", 1,
		"", "'euc_jp' codec can't decode bytes in position 22-23: illegal multibyte sequence", 0},
	{"sjis_ff", "# coding: shift_jis\x0ax = \"\xff\"\x0a",
		"", "'shift_jis' codec can't decode bytes in position 25-26: illegal multibyte sequence", 1,
		"", "'shift_jis' codec can't decode bytes in position 25-26: illegal multibyte sequence", 0},
	{"gbk_80", "# coding: gbk\x0ax = \"\x80\"\x0a",
		"", "'gbk' codec can't decode bytes in position 19-20: illegal multibyte sequence", 1,
		"", "'gbk' codec can't decode bytes in position 19-20: illegal multibyte sequence", 0},
	{"gb18030_4byte", "# coding: gb18030\x0ax = \"\x810\x81\"\x0a",
		"", "'gb18030' codec can't decode bytes in position 23-26: illegal multibyte sequence", 1,
		"", "'gb18030' codec can't decode bytes in position 23-26: illegal multibyte sequence", 0},
	{"gb18030_ok", "# coding: gb18030\x0ax = \"\x810\x810\"\x0a",
		"# coding: gb18030\x0ax = \"\xc2\x80\"\x0a", "", 0,
		"# coding: gb18030\x0ax = \"\xc2\x80\"\x0a", "", 0},
	{"big5_80", "# coding: big5\x0ax = \"\x80@\"\x0a",
		"", "'big5' codec can't decode bytes in position 20-21: illegal multibyte sequence", 1,
		"", "'big5' codec can't decode bytes in position 20-21: illegal multibyte sequence", 0},
	{"iso2022jp", "# coding: iso2022_jp\x0ax = \"\x1b$B$\"\x1b(B\"\x0a",
		"# coding: iso2022_jp\x0ax = \"\xe3\x81\x82\"\x0a", "", 0,
		"# coding: iso2022_jp\x0ax = \"\xe3\x81\x82\"\x0a", "", 0},
	{"iso2022jp_bad_escape", "# coding: iso2022_jp\x0ax = \"\x1b$Z\"\x0a",
		"", "'iso2022_jp' codec can't decode bytes in position 26-28: illegal multibyte sequence", 1,
		"", "'iso2022_jp' codec can't decode bytes in position 26-28: illegal multibyte sequence", 0},
	{"hz", "# coding: hz\x0ax = \"~{0!~}\"\x0a",
		"# coding: hz\x0ax = \"\xe5\x95\x8a\"\x0a", "", 0,
		"# coding: hz\x0ax = \"\xe5\x95\x8a\"\x0a", "", 0},
	{"euckr_trunc", "# coding: euc-kr\x0ax = \"\xb0\"\x0a",
		"", "'euc_kr' codec can't decode bytes in position 22-23: illegal multibyte sequence", 1,
		"", "'euc_kr' codec can't decode bytes in position 22-23: illegal multibyte sequence", 0},
	{"cp949_ext", "# coding: cp949\x0ax = \"\x81A\"\x0a",
		"# coding: cp949\x0ax = \"\xea\xb0\x82\"\x0a", "", 0,
		"# coding: cp949\x0ax = \"\xea\xb0\x82\"\x0a", "", 0},
}

func TestDecodeSource(t *testing.T) {
	for _, tt := range sourceTests {
		text, err := decodeSource("FILE", []byte(tt.src))
		switch {
		case tt.fileErr == "" && err != nil:
			t.Errorf("%s: file: unexpected error %q (line %d)", tt.name, err.Msg, err.Lineno)
		case tt.fileErr == "" && text != tt.fileText:
			t.Errorf("%s: file: text %q, want %q", tt.name, text, tt.fileText)
		case tt.fileErr != "" && err == nil:
			t.Errorf("%s: file: no error, want %q", tt.name, tt.fileErr)
		case tt.fileErr != "" && (err.Msg != tt.fileErr || err.Lineno != tt.fileLine):
			t.Errorf("%s: file: error %q line %d, want %q line %d", tt.name, err.Msg, err.Lineno, tt.fileErr, tt.fileLine)
		case err != nil && (err.Offset != 0 || err.HasText || err.Filename != "FILE" || err.Class != ClassSyntaxError):
			t.Errorf("%s: file: error fields %+v", tt.name, err)
		}

		text, err = decodeSourceBytes("f.py", []byte(tt.src), true)
		switch {
		case tt.bytesErr == "" && err != nil:
			t.Errorf("%s: bytes: unexpected error %q", tt.name, err.Msg)
		case tt.bytesErr == "" && text != tt.bytesText:
			t.Errorf("%s: bytes: text %q, want %q", tt.name, text, tt.bytesText)
		case tt.bytesErr != "" && err == nil:
			t.Errorf("%s: bytes: no error, want %q", tt.name, tt.bytesErr)
		case tt.bytesErr != "" && (err.Msg != tt.bytesErr || err.Lineno != tt.bytesLine):
			t.Errorf("%s: bytes: error %q line %d, want %q line %d", tt.name, err.Msg, err.Lineno, tt.bytesErr, tt.bytesLine)
		case err != nil && (err.Offset != 0 || err.HasText || err.Filename != "f.py"):
			t.Errorf("%s: bytes: error fields %+v", tt.name, err)
		}
	}
}

// TestDecodeSourcePrefix checks the text returned with an error: the lines
// 3.2 had read before it failed.
func TestDecodeSourcePrefix(t *testing.T) {
	tests := []struct{ src, prefix string }{
		{"x = 1\r\ny = 2\nz = \"\xff\"\n", "x = 1\ny = 2\n"},
		{"\xff\n", ""},
		{"x = 1\n# coding: foobar\n", "x = 1\n"},
		{"# coding: ascii\nx = 1\ny = \"\xe9\"\n", ""},
		{"# coding: ascii\n" + strings.Repeat("x = 1\n", 2000) + "y = \"\xe9\"\n",
			"# coding: ascii\n" + strings.Repeat("x = 1\n", 1362)},
	}
	for _, tt := range tests {
		text, err := decodeSource("f.py", []byte(tt.src))
		if err == nil || text != tt.prefix {
			t.Errorf("decodeSource(%.40q) = %.60q, %v; want prefix %.60q", tt.src, text, err, tt.prefix)
		}
	}
}

func TestDecodeSourceBytesEval(t *testing.T) {
	// Without the "\n" that exec input gets, a one-line source has no line
	// 1 for the declaration check (3.2: compile(b'# coding: foobar', 'f',
	// 'eval') ignores it), and nothing is added.
	if text, err := decodeSourceBytes("f", []byte("# coding: foobar"), false); err != nil || text != "# coding: foobar" {
		t.Errorf("eval: %q, %v", text, err)
	}
	if _, err := decodeSourceBytes("f", []byte("# coding: foobar"), true); err == nil || err.Msg != "unknown encoding: foobar" {
		t.Errorf("exec: %v", err)
	}
}

func TestDecodeSourceText(t *testing.T) {
	tests := []struct {
		in   string
		exec bool
		want string
	}{
		{"# coding: latin-1\nx = 'é'", true, "# coding: latin-1\nx = 'é'\n"},
		{"\ufeffx = 1\r\n", false, "\ufeffx = 1\n"},
		{"a\rb", false, "a\nb"},
		{"", true, "\n"},
	}
	for _, tt := range tests {
		if got := decodeSourceText(tt.in, tt.exec); got != tt.want {
			t.Errorf("decodeSourceText(%q, %v) = %q, want %q", tt.in, tt.exec, got, tt.want)
		}
	}
}

func TestCodingSpec(t *testing.T) {
	tests := []struct {
		line string
		want string // "" for none
	}{
		{"# coding: latin-1\n", "iso-8859-1"},
		{"#coding=utf-8\n", "utf-8"},
		{"# -*- coding: UTF_8-unix -*-\n", "utf-8"},
		{"# vim: set fileencoding=iso-8859-15 :\n", "iso-8859-15"},
		{"# coding: ISO_LATIN_1-X\n", "iso-8859-1"},
		{"# coding: Latin-1\n", "iso-8859-1"},
		{"# coding: latin1\n", "latin1"},
		{"# coding: utf8\n", "utf8"},
		{"# coding: utf-8-very-long-name\n", "utf-8"},
		{"x = 1  # coding: latin-1\n", ""},
		{"\f\t # coding:\tcp1252\n", "cp1252"},
		{"# coding :latin-1\n", ""},
		{"# coding: \n", ""},
		{"# codingcoding: ascii\n", "ascii"},
		{"# coding: coding: ascii\n", "coding"},
		{"#coding:x\n", "x"},
		{"#coding:\n", ""},
	}
	for _, tt := range tests {
		got, ok := codingSpec([]byte(tt.line))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("codingSpec(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func BenchmarkDecodeSource(b *testing.B) {
	src := []byte(strings.Repeat("def f(x):\n    return 'héllo' + x  # comment\n", 20000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := decodeSource("f.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeSourceLatin1(b *testing.B) {
	src := []byte("# coding: latin-1\n" + strings.Repeat("def f(x):\n    return 'h\xe9llo' + x  # comment\n", 20000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := decodeSource("f.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecodeSource checks that no input makes the source decoders panic.
func FuzzDecodeSource(f *testing.F) {
	for _, tt := range sourceTests {
		if len(tt.src) < 200 {
			f.Add([]byte(tt.src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		decodeSource("f.py", src)
		decodeSourceBytes("f.py", src, true)
	})
}
