x = 1  # A UTF-8 file with a byte order mark; code on line 1.
s = 'café ☃'
xé = s; y = 1
b = b'\xef\xbb\xbf'
