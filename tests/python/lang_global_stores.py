# Stores to globals from functions (the evaluator remembers where a name
# sits in the module's dict), shadowing and unshadowing builtins, globals
# deleted and recreated behind the function's back, and == between strs
# and str subclasses.

x = 1


def f():
    global x, len
    for i in range(3):
        x = x + i
    len = lambda s: 42
    r = len('abc')
    del len
    return x, r, len('abc')


assert f() == (4, 42, 3) and x == 4
assert 'len' not in globals()


def g():
    global y
    y = 5
    return y


assert g() == 5 and y == 5


def h():
    global z
    z = 1
    del globals()['z']
    z = 2
    return z


assert h() == 2 and z == 2


def churn():
    global w
    for i in range(50):
        globals()['tmp%d' % i] = i  # the dict grows and moves its entries
        w = i
    return w


assert churn() == 49 and w == 49 and tmp7 == 7


def other_namespace():
    ns = {}
    exec('def k():\n    global q\n    q = 3\n    return q\n', ns)
    return ns['k'](), ns['q'], 'q' in globals()


assert other_namespace() == (3, 3, False)

assert ('a' == 'a') is True and ('a' != 'b') is True and ('a' == 'b') is False
assert '\u00e9' == '\u00e9' and 'ab' != 'abc'


class S(str):
    def __eq__(self, o):
        return 'custom'

    def __ne__(self, o):
        return 'custom-ne'


assert (S('a') == 'a') == 'custom'
assert ('a' == S('a')) == 'custom'  # the subclass's reflected method first
assert ('a' != S('b')) == 'custom-ne'
hits = []
if S('a') == 'zzz':
    hits.append(1)
if 'zzz' != S('zzz'):
    hits.append(2)
assert hits == [1, 2]
