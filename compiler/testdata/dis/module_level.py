# Module and class level names, global statements at module level.
global g
g = 1
x = y
del x
print(__name__)
for i in range(3):
    pass
try:
    import missing
except ImportError as e:
    pass
with open("f") as fh:
    data = fh.read()
class C:
    global h
    h = 2
    k = h
    del k
    def m(self):
        return h
