package py

// Character predicates and case mapping of Python 3.2's Unicode database,
// exported for native modules (the re engine) that classify characters
// as str methods do.

// UniToLower maps r as str.lower does (simple lowercase mapping).
func UniToLower(r rune) rune { return uniToLower(r) }

// UniIsDecimal reports whether r is a decimal digit (str.isdecimal).
func UniIsDecimal(r rune) bool { return uniIsDecimal(r) }

// UniIsAlnum reports whether r is alphanumeric (str.isalnum).
func UniIsAlnum(r rune) bool { return uniIsAlnum(r) }

// UniIsSpace reports whether r is whitespace (str.isspace).
func UniIsSpace(r rune) bool { return uniIsSpace(r) }

// UniIsLineBreak reports whether r breaks a line (str.splitlines).
func UniIsLineBreak(r rune) bool { return uniIsLineBreak(r) }
