# Imports: IMPORT_NAME, IMPORT_FROM and IMPORT_STAR, as the evaluator
# runs them (the import system itself is the builtins' __import__).
import sys
import vm_pkg.sub as sub_alias

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

import vm_pkg
assert vm_pkg.PKG == 'vm_pkg' and vm_pkg.sub.public == 'public' and sub_alias is vm_pkg.sub
import vm_pkg.sub
from vm_pkg import sub as s2
assert s2 is vm_pkg.sub
from vm_pkg.sub import public, listed
assert (public, listed) == ('public', 'listed')
assert catch(lambda: exec('from vm_pkg import nothing_here')) == 'ImportError: cannot import name nothing_here'

# import * honours __all__, and otherwise skips names starting with '_'.
ns = {}
exec('from vm_pkg.sub import *', ns)
assert sorted(k for k in ns if k != '__builtins__') == ['listed', 'public'], sorted(ns)
ns = {}
exec('from vm_pkg.plain import *', ns)
assert sorted(k for k in ns if k != '__builtins__') == ['a', 'f'], sorted(ns)

# Imports inside functions bind locals.
def local_import():
    import vm_pkg.sub
    from vm_pkg.plain import a as alias
    return vm_pkg.__name__, alias
assert local_import() == ('vm_pkg', 1)
assert catch(lambda: exec('import no_such_module_xyz')) == 'ImportError: No module named no_such_module_xyz'
