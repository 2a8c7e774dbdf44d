#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# A Latin-1 file: the bytes of this comment are Latin-1: café, über, §.
s = 'café'
t = 'é\xe9\u00e9\N{LATIN SMALL LETTER E WITH ACUTE}'
r = r'é\xe9'
b = b'caf\xe9'
né = 1
x = né + 1
y = 'ÿþ ' + s
à_la_mode = '''multi
ligne été'''
z = ('é' 'è'
     'ê')
def für(ä=1): return ä
