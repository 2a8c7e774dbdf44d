# A file with CRLF line endings, and lone CRs too.
x = 1
if x:
    y = '''a
b'''
    z = 'c\
d'
w = (1,
     2)
v = 1 + \
    2
u = 1t = '''ef'''s = 3
