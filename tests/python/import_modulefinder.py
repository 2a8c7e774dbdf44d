# modulefinder: the modules a script uses, found by reading its compiled
# code (taipan's own instruction encoding) without running it.
import io
import modulefinder
import os
import sys

base = os.path.abspath('import_tmp_mf_%d' % os.getpid())


def write(rel, text):
    path = os.path.join(base, rel)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, 'w') as f:
        f.write(text)
    return path


def rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


def captured(fn, *args):
    saved = sys.stdout
    sys.stdout = io.StringIO()
    try:
        fn(*args)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved


os.mkdir(base)
try:
    script = write('main.py', """\
import mfa.sub.deep
from mfa import helper, notthere
import mf_missing_top
try:
    import mf_also_missing
except ImportError:
    pass
def later():
    import mfb
    global LATE
    LATE = 1
from mfa.star import *
import mf_excluded
X, Y = 1, 2
""")
    write('mfa/__init__.py', "from . import helper\nfrom .helper import H\n")
    write('mfa/helper.py', "H = 1\nfrom mfa import sub\n")
    write('mfa/star.py', "from mfa.helper import *\nfrom sys import *\nSTAR = 1\n")
    write('mfa/sub/__init__.py', "")
    write('mfa/sub/deep.py', "from ..helper import H\nfrom .. import nosuch\nimport mfa.helper as h\n")
    write('mfb.py', "import mfb_dep\n")
    write('mfb_dep.py', "")
    write('mfc/__init__.py', "from sys import *\n")
    write('mfc/one.py', "")
    write('mfc/two.py', "")
    write('extra/mfc_extra.py', "")
    write('mfd/__init__.py', "")

    mf = modulefinder.ModuleFinder(path=[base], excludes=['mf_excluded'])
    mf.run_script(script)
    assert sorted(mf.modules) == ['__main__', 'mfa', 'mfa.helper', 'mfa.star',
                                  'mfa.sub', 'mfa.sub.deep', 'mfb', 'mfb_dep', 'sys'], \
        sorted(mf.modules)
    main = mf.modules['__main__']
    assert main.__file__ == script and main.__path__ is None
    assert main.__code__ is not None
    assert mf.modules['mfa'].__path__ == [os.path.join(base, 'mfa')]
    assert mf.modules['mfa'].__file__ == os.path.join(base, 'mfa', '__init__.py')
    assert mf.modules['sys'].__file__ is None
    # Names the module assigns, nested code included; a star import from a
    # Python module brings its names, from a built-in one is unknowable.
    g = main.globalnames
    for name in ['mfa', 'helper', 'notthere', 'mf_missing_top', 'later', 'LATE',
                 'X', 'Y', 'H', 'STAR', 'mf_excluded']:
        assert name in g, name
    assert 'mfb' not in g
    assert mf.modules['mfa.star'].starimports == {'sys': 1}
    assert main.starimports == {'sys': 1}
    assert repr(mf.modules['mfb']) == "Module('mfb', %r)" % os.path.join(base, 'mfb.py')
    assert repr(mf.modules['mfa']) == "Module('mfa', %r, %r)" % (
        os.path.join(base, 'mfa', '__init__.py'), [os.path.join(base, 'mfa')])
    assert repr(modulefinder.Module('x')) == "Module('x')"
    # What could not be found, and who wanted it.
    assert mf.badmodules == {
        'mfa.notthere': {'__main__': 1},
        'mf_missing_top': {'__main__': 1},
        'mf_also_missing': {'__main__': 1},
        'mf_excluded': {'__main__': 1},
        'mfa.nosuch': {'-': 1},  # "from .. import" has no caller
    }, mf.badmodules
    missing, maybe = mf.any_missing_maybe()
    assert missing == ['mf_also_missing', 'mf_missing_top', 'mfa.nosuch',
                       'mfa.notthere'], missing
    assert maybe == []
    assert mf.any_missing() == missing
    report = captured(mf.report)
    lines = report.splitlines()
    assert lines[:3] == ['', '  Name                      File', '  ----                      ----']
    assert 'P mfa                       ' + os.path.join(base, 'mfa', '__init__.py') in lines
    assert 'm mfb                       ' + os.path.join(base, 'mfb.py') in lines
    assert 'm sys                       ' in lines
    assert lines[-6:] == ['', 'Missing modules:',
                          '? mf_also_missing imported from __main__',
                          '? mf_missing_top imported from __main__',
                          '? mfa.nosuch imported from -',
                          '? mfa.notthere imported from __main__'], lines[-6:]

    # A package that star-imports a built-in module may define any name:
    # its missing "submodules" are only maybe missing.
    mf = modulefinder.ModuleFinder(path=[base])
    mf._safe_import_hook('mfc', None, ['one', 'ghost'])
    assert 'mfc.one' in mf.modules
    assert mf.modules['mfc'].one is mf.modules['mfc.one']
    assert mf.badmodules == {'mfc.ghost': {'-': 1}}
    assert mf.any_missing_maybe() == ([], ['mfc.ghost'])
    report = captured(mf.report)
    assert report.endswith('\nSubmodules thay appear to be missing, but could also be '
                           'global names in the parent package:\n'
                           '? mfc.ghost imported from -\n'), report
    # "from package import *" finds the modules of its folder.
    mf.import_hook('mfc', None, ['*'])
    assert 'mfc.two' in mf.modules
    try:
        mf.import_hook('mfc', None, ['ghost'])
    except ImportError as e:
        assert str(e) == 'No module named mfc.ghost'
    else:
        raise AssertionError('no ImportError')
    try:
        mf.import_hook('mf_nowhere.x')
    except ImportError as e:
        assert str(e) == 'No module named mf_nowhere'
    else:
        raise AssertionError('no ImportError')

    # AddPackagePath: folders a package adds to its __path__ at run time.
    modulefinder.AddPackagePath('mfc', os.path.join(base, 'extra'))
    try:
        mf = modulefinder.ModuleFinder(path=[base])
        mf.import_hook('mfc.mfc_extra')
        assert mf.modules['mfc'].__path__ == [os.path.join(base, 'mfc'),
                                              os.path.join(base, 'extra')]
        assert 'mfc.mfc_extra' in mf.modules
    finally:
        del modulefinder.packagePathMap['mfc']
    # ReplacePackage: a package that installs itself under another name.
    modulefinder.ReplacePackage('mfd', 'mfd_alias')
    try:
        mf = modulefinder.ModuleFinder(path=[base])
        mf.import_hook('mfd')
        assert 'mfd_alias' in mf.modules and 'mfd' not in mf.modules
    finally:
        del modulefinder.replacePackageMap['mfd']

    # load_file: a file as a module named after it.
    mf = modulefinder.ModuleFinder(path=[base])
    mf.load_file(os.path.join(base, 'mfb.py'))
    assert sorted(mf.modules) == ['mfb', 'mfb_dep']

    # The debug trace.
    mf = modulefinder.ModuleFinder(path=[base], debug=2)
    out = captured(mf.import_hook, 'mfb')
    assert out.splitlines() == [
        "    load_module 'mfb' 'fp' %r " % os.path.join(base, 'mfb.py'),
        "        load_module 'mfb_dep' 'fp' %r " % os.path.join(base, 'mfb_dep.py'),
        "    load_module -> Module('mfb_dep', %r) " % os.path.join(base, 'mfb_dep.py'),
        "load_module -> Module('mfb', %r) " % os.path.join(base, 'mfb.py'),
    ], out.splitlines()

    # The standard library is found where the interpreter keeps it.
    mf = modulefinder.ModuleFinder()
    mf.import_hook('os')
    assert 'os' in mf.modules and mf.modules['os'].__file__
    assert 'sys' in mf.modules
    # "from json import *" lists the package's modules, wherever the
    # library keeps them (pkgutil lists them the same way).
    import json
    import pkgutil
    mf.import_hook('json', None, ['*'])
    subs = set(mf.find_all_submodules(mf.modules['json']))
    assert {'decoder', 'encoder', 'scanner'} <= subs, subs
    assert {'json.decoder', 'json.encoder', 'json.scanner'} <= set(mf.modules)
    listed = [(name, ispkg) for _, name, ispkg in pkgutil.iter_modules(json.__path__, 'json.')]
    assert ('json.decoder', False) in listed and ('json.scanner', False) in listed, listed
finally:
    rmtree(base)
