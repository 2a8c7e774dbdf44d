# Line numbers of statements and expressions spread over lines.
x = (1,
     2); y = 3
z = [
    a,
    b,
    c
]
def f(
    a,
    b):
    return (a
            +
            b)
result = f(1,
           2)
if (x and
        y):
    pass
s = """multi
line
string"""
t = ("a"
     "b")
@decorator
def g():
    pass
@decorator(
    1)
class K:
    pass
call(a,
     b=c,
     *d,
     **e)
w = {
    1: 2,
    3: 4,
}
try:
    pass
except (A,
        B):
    pass
v = [i
     for i in x
     if i]
u = lambda: (
    1)
