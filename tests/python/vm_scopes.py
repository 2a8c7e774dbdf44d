# Names: locals, globals, closures, nonlocal, global, del of a name a
# nested function uses, class scopes, and the errors of unbound names.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
c(); c()
assert c() == 3
assert c.__closure__[0].cell_contents == 3, repr(c.__closure__)
assert make_counter().__code__.co_freevars == ('n',)

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
assert [f(10) for f in adders()] == [10, 11, 12]
def late():
    return [lambda: i for i in range(3)]
assert [f() for f in late()] == [2, 2, 2]

G = 1
def set_global():
    global G
    G = 2
set_global()
assert G == 2
def del_global():
    global G
    del G
del_global()
assert catch(lambda: G) == "NameError: global name 'G' is not defined", catch(lambda: G)
assert catch(del_global) == "NameError: global name 'G' is not defined", catch(del_global)

def unbound_local():
    x = x + 1
assert catch(unbound_local) == "UnboundLocalError: local variable 'x' referenced before assignment", catch(unbound_local)
def del_unbound():
    del y
    y = 1
assert catch(del_unbound) == "UnboundLocalError: local variable 'y' referenced before assignment", catch(del_unbound)

# del of a variable that a nested function uses (new in 3.2).
def del_cell():
    x = 1
    def get():
        return x
    del x
    return get
assert catch(del_cell()) == "NameError: free variable 'x' referenced before assignment in enclosing scope", catch(del_cell())
def cell_unbound():
    def get():
        return x
    r = catch(get)
    x = 1
    return r
assert cell_unbound() == "NameError: free variable 'x' referenced before assignment in enclosing scope", cell_unbound()
def cell_local_unbound():
    print(x)
    x = 1
    def get():
        return x
assert catch(cell_local_unbound) == "UnboundLocalError: local variable 'x' referenced before assignment", catch(cell_local_unbound)
def del_cell_twice():
    x = 1
    def get():
        return x
    del x
    del x
assert catch(del_cell_twice) == "UnboundLocalError: local variable 'x' referenced before assignment", catch(del_cell_twice)

# Arguments that are also cells.
def arg_cell(a, *args, **kw):
    def get():
        return a, args, kw
    return get
assert arg_cell(1, 2, k=3)() == (1, (2,), {'k': 3})

# Class bodies: their own namespace, and the enclosing function's names.
def class_in_function():
    v = 'enclosing'
    class K:
        w = v
        u = 'class'
        def m(self):
            return v
    return K
K = class_in_function()
assert K.w == 'enclosing' and K.u == 'class' and K().m() == 'enclosing', (K.w, K.u, K().m())

# In 3.2 a name assigned in a class body is the class's own, read with
# LOAD_NAME even before the assignment (then found in the globals).
qq = 'global'
def class_shadows():
    qq = 'enclosing'
    class K:
        r = qq
        qq = 'class'
    return K
assert class_shadows().r == 'global', repr(class_shadows().r)

x = 'global'
class Scope:
    x = 'class'
    y = [x for _ in range(1)]
assert Scope.y == ['global'], repr(Scope.y)

# Names not defined anywhere.
assert catch(lambda: undefined_name) == "NameError: global name 'undefined_name' is not defined"
assert catch(lambda: exec('undefined_name')) == "NameError: name 'undefined_name' is not defined"

# locals() and vars() in functions.
def loc(a):
    b = 2
    return sorted(locals().items())
assert loc(1) == [('a', 1), ('b', 2)], repr(loc(1))

# Private name mangling.
class Private:
    __secret = 1
    def get(self):
        return self.__secret
assert Private().get() == 1 and Private._Private__secret == 1

# __debug__ is True without -O.
assert __debug__ is True

# Lambdas, conditional expressions, chained comparisons.
sq = lambda v: v * v
assert sq(4) == 16 and sq.__name__ == '<lambda>'
assert (1 if True else 2) == 1 and (1 if 0 else 2) == 2
assert 1 < 2 < 3 and not (1 < 3 < 2) and 1 == 1 != 2
calls = []
def val(v):
    calls.append(v)
    return v
assert not (val(3) < val(2) < val(1)) and calls == [3, 2], repr(calls)

# Augmented assignment on names, attributes and subscripts.
class Box: pass
b = Box()
b.v = 1
b.v += 2
lst = [1, 2]
lst[0] += 10
i = 5
i -= 1; i *= 3; i //= 2; i **= 2; i %= 7; i <<= 3; i >>= 1; i |= 1; i &= 7; i ^= 2
assert (b.v, lst, i) == (3, [11, 2], 7), (b.v, lst, i)
acc = [1]
alias = acc
acc += [2]
assert alias is acc and alias == [1, 2]

# locals() in a class body shows the body's __locals__ argument, which
# then stays in the class's namespace (a 3.2 quirk); in a function it
# shows cells and free variables.
class ShowsLocals:
    y = 1
    seen = sorted(locals())
assert ShowsLocals.seen == ['__locals__', '__module__', 'y'], ShowsLocals.seen
assert '__locals__' in ShowsLocals.__dict__
def with_cells():
    a = 1
    def g():
        return a + b
    b = 2
    return sorted(locals())
assert with_cells() == ['a', 'b', 'g'], with_cells()
def free_seen():
    z = 1
    def inner():
        nonlocal z
        return sorted(locals())
    return inner()
assert free_seen() == ['z'], free_seen()
