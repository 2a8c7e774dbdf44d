# String and bytes literals: every prefix, quote style and escape.
''
""
''''''
""""""
'single'
"double"
'''triple single'''
"""triple double"""
'it\'s'
"say \"hi\""
'mixed "quotes"'
"mixed 'quotes'"
'''a 'quoted' "word" and ''two'' '''
"""ends with quote\""""
"""one
two
  three
"""
'''\
starts after a continuation'''
r'raw'
R'RAW'
r"\n\t\\"
r'\''
r"\""
r'\
'
r'''raw
triple'''
R"""\d+\.\d*"""
b'bytes'
B'BYTES'
b"\x00\xff"
br'raw\bytes'
bR'raw\bytes'
Br'raw\bytes'
BR'raw\bytes'
b''
b''''''
b"""triple
bytes"""
br'''\x00'''
'\\'
'\''
'\"'
'\a\b\f\n\r\t\v'
'\0'
'\7'
'\07'
'\007'
'\77'
'\777'
'\1234'
'\x00'
'\x41\x7f\x80\xff'
'\xAb'
'\u0000'
'\u00e9'
'\u20AC'
'\uffff'
'\U00000041'
'\U0001F600'
'\U0010FFFF'
'\N{LATIN SMALL LETTER E WITH ACUTE}'
'\N{EURO SIGN}'
'\N{BULLET}'
'\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}'
'\N{CJK UNIFIED IDEOGRAPH-4E00}'
'\N{HANGUL SYLLABLE GA}'
'\N{latin small letter a}'
'\q\w\e\ \%'
'\8\9'
b'\\'
b'\''
b'\a\b\f\n\r\t\v'
b'\0\7\77\377'
b'\777'
b'\x41\xFf'
b'\u0041'
b'\N{BULLET}'
b'\q'
'line\
continued'
"two\
 lines\
 joined"
b'bytes\
continued'
'''triple \
continued'''
'a' 'b'
'a' "b" '''c''' """d"""
'a' r'\b' 'c'
b'a' b'b'
b'a' br'\b' B'c'
('first'
 'second'
 "third")
x = ('implicit '
     'concatenation '
     r'with\raw')
'café'
'日本語'
'😀'
b'caf\xc3\xa9'
'tab	inside'
'mixed é \xe9 \u00e9 \N{LATIN SMALL LETTER E WITH ACUTE}'
'\r\n'
"""a
b""" 'c'
'''\x41\
\u0042'''
'#not a comment'
"""
'''nested other triple'''
"""
'''
"""nested other triple"""
'''
x = 'a'; y = "b"
