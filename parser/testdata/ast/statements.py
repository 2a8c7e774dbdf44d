# Simple and compound statements, one of each shape.
pass
x = 1
del x
a = b = c = 0
del a, b
del (c)
lst = [1, 2, 3]
del lst[0], lst[:]
obj = type('O', (), {})()
obj.attr = 5
del obj.attr
del [lst]
d = {}
del (d,)

assert x
assert x, "message"
assert (x, y)

if a:
    pass
if a:
    pass
else:
    pass
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b; c
if a: pass
elif b: pass
else: pass

while True:
    break
while x:
    continue
else:
    x = 0
while 0: pass

for i in range(10):
    if i % 2:
        continue
    if i > 5:
        break
else:
    done = True
for a, b in pairs:
    pass
for (a, b), c in triples: pass
for [a, *rest] in items:
    pass
for x.y in z:
    pass
for x[0] in z:
    pass
for i in 1, 2, 3:
    pass

with open("f") as fh:
    data = fh.read()
with a:
    pass
with a as b, c as d, e:
    pass
with a as (b, c):
    pass
with a as [b, c], d as e.f, g as h[0]:
    pass
with a() as b: pass

def outer():
    g = 1
    def inner():
        nonlocal g
        global q, r
        g = 2
        return g
    return inner

global module_level_global
x = 1; y = 2; z = 3;
pass;
