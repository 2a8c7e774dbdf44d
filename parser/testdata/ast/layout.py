# Layout: tabs and form feeds in indentation, backslash continuation,
# comments, blank lines, semicolons.
if a:
	b = 1
	if c:
		d = 2
	# a comment at another indentation
  # and another
	e = 3
if a:
        b = 1  # eight spaces
        c = 2

x = 1
if a:
    b = 1
    c = 2
    
	
  	  
    d = 3


x = 1 + \
    2 + \
3
if a and \
        b:
    pass
x = [1,
  2,
        3,
# comment inside brackets
    4]
x = (

    1

)
def f(a,
      b):
    return (a +
b)
x = 1;
x = 1; y = 2
x = 1 ;y = 2;
if x: y = 1; z = 2
while x: x -= 1; continue
#comment without space
#!not a shebang here
x = 1 # trailing comment
x = 1	# tab before comment
x	=	1
x = {
    'a': 1,	# tab
}
class C:

    # comment

    def m(self):

        pass


    x = 1
if a:
    if b:
        if c:
            if d:
                pass
x = 1
if a:
  pass
elif b:
      pass
else:
 pass
x = \
  1
\
y = 2
if True:
    x = [
1]
    y = 2
if True:
    pass
    # trailing comment in block
# dedented comment
z = 0
