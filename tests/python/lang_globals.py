# Global and builtin name lookup through every route that can change a
# module's namespace (globals(), update, exec, del, the builtins module),
# custom __builtins__ in exec, dict subclasses and mappings as namespaces
# for exec/eval and class bodies.
import builtins


def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

def reader():
    return zzz_global
def loop_reader(n):
    out = []
    for i in range(n):
        try: out.append(zzz_global)
        except NameError: out.append('NE')
        if i == 0: globals()['zzz_global'] = 1
        if i == 1: globals().update(zzz_global=2)
        if i == 2: exec('zzz_global = 3', globals())
        if i == 3: del globals()['zzz_global']
        if i == 4: builtins.zzz_global = 'builtin'
        if i == 5: globals()['zzz_global'] = 'shadow'
        if i == 6: del globals()['zzz_global']
        if i == 7: del builtins.zzz_global
    return out
check('global-routes', lambda: loop_reader(9), "['NE', 1, 2, 3, 'NE', 'builtin', 'shadow', 'builtin', 'NE']")
def custom_builtins():
    g = {'__builtins__': {'len': lambda x: 'fake len'}}
    exec('r = len([])', g)
    return g['r']
check('custom-builtins-dict', custom_builtins, "'fake len'")
def custom_builtins_missing():
    g = {'__builtins__': {}}
    exec('r = len([])', g)
check_raises('custom-builtins-missing', custom_builtins_missing, NameError, "name 'len' is not defined")
def builtins_module_obj():
    g = {'__builtins__': builtins}
    exec('r = abs(-2)', g)
    return g['r']
check('builtins-module', builtins_module_obj, '2')
class GD(dict):
    def __getitem__(self, k): return 'override'
    def __missing__(self, k): return 'missing'
def dict_subclass_globals():
    g = GD(x=1)
    exec('r1 = x\ntry:\n    r2 = y\nexcept NameError as e:\n    r2 = str(e)\n', g)
    return dict.__getitem__(g, 'r1'), dict.__getitem__(g, 'r2')
check('dict-subclass-globals', dict_subclass_globals, "('override', 'override')")
def func_globals():
    g = {'v': 'from g'}
    exec('def f():\n    return v\n', g)
    f = g['f']
    a = f()
    g['v'] = 'changed'
    b = f()
    del g['v']
    try: c = f()
    except NameError as e: c = str(e)
    return a, b, c, f.__globals__ is g
check('func-globals', func_globals, '(\'from g\', \'changed\', "global name \'v\' is not defined", True)')
def locals_mapping():
    class L(dict):
        def __getitem__(self, k): return 'L:' + k
    return eval('q', {}, L())
check('locals-mapping', locals_mapping, "'L:q'")
def store_name_mapping():
    class L(dict):
        def __setitem__(self, k, v): dict.__setitem__(self, k, ('wrapped', v))
    l = L()
    exec('a = 1', {}, l)
    return dict(l)
check('store-name-mapping', store_name_mapping, "{'a': ('wrapped', 1)}")
def class_ns_mapping():
    class NS(dict):
        def __getitem__(self, k):
            if k == 'magic': return 42
            return dict.__getitem__(self, k)
    class M(type):
        @classmethod
        def __prepare__(m, n, b): return NS()
        def __new__(m, n, b, ns): return type.__new__(m, n, b, dict(ns))
    class C(metaclass=M):
        v = magic
    return C.v
check('class-ns-getitem', class_ns_mapping, '42')
def builtins_deleted_then_used():
    saved = builtins.len
    del builtins.len
    try:
        try: return len([])
        except NameError as e: return str(e)
    finally:
        builtins.len = saved
check('builtins-deleted', builtins_deleted_then_used, '"global name \'len\' is not defined"')
def reassign_builtins_in_globals():
    g = {}
    exec('x = len("ab")', g)
    g['__builtins__'] = {'len': lambda s: 'other'}
    exec('y = len("ab")', g)
    return g['x'], g['y']
check('reassign-builtins', reassign_builtins_in_globals, "(2, 'other')")

# A script run as __main__ has __cached__ = None (3.2's
# PyRun_SimpleFileExFlags); -c and the prompt have none.
assert __cached__ is None
