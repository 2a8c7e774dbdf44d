# sysconfig: schemes, path expansion, configuration variables, platform
# name, config.h parsing.
import io
import os
import sys
import sysconfig

assert sysconfig.get_scheme_names() == (
    'nt', 'nt_user', 'os2', 'os2_home', 'osx_framework_user',
    'posix_home', 'posix_prefix', 'posix_user')
assert sysconfig.get_path_names() == (
    'stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts',
    'data')
assert sysconfig.get_python_version() == '%d.%d' % sys.version_info[:2]

prefix = os.path.normpath(sys.prefix)
version = sysconfig.get_python_version()
paths = sysconfig.get_paths()
assert paths['stdlib'] == os.path.join(prefix, 'lib', 'python' + version)
assert paths['purelib'] == os.path.join(paths['stdlib'], 'site-packages')
assert paths['scripts'] == os.path.join(prefix, 'bin')
assert paths['data'] == prefix
assert paths['include'].startswith(os.path.join(prefix, 'include', 'python'))
assert sysconfig.get_path('data') == prefix

home = sysconfig.get_paths('posix_home', vars={'base': '/opt/x'})
assert home['purelib'] == '/opt/x/lib/python'
assert home['scripts'] == '/opt/x/bin'
nt = sysconfig.get_paths('nt', vars={'base': '/w'})
assert nt['platlib'] == '/w/Lib/site-packages'
raw = sysconfig.get_paths('posix_user', expand=False)
assert raw['scripts'] == '{userbase}/bin'
assert sysconfig.get_path('stdlib', 'posix_prefix', expand=False) == \
    '{base}/lib/python{py_version_short}'
assert set(sysconfig.get_paths('posix_user')) == set(
    sysconfig.get_path_names())
try:
    sysconfig.get_paths('no_such_scheme')
except KeyError:
    pass
else:
    raise AssertionError('unknown scheme accepted')

cv = sysconfig.get_config_vars()
assert cv is sysconfig.get_config_vars()
assert cv['prefix'] == prefix and cv['base'] == prefix
assert cv['exec_prefix'] == os.path.normpath(sys.exec_prefix)
assert cv['py_version_short'] == version
assert cv['py_version_nodot'] == version.replace('.', '')
assert cv['py_version'] == sys.version.split()[0]
assert cv['abiflags'] == getattr(sys, 'abiflags', '')
assert cv['SO'] == '.so' and cv['Py_DEBUG'] == 0
assert cv['WITH_DOC_STRINGS'] == 1
assert cv['VERSION'] == version
assert cv['userbase'] == os.environ.get(
    'PYTHONUSERBASE', os.path.expanduser('~/.local'))
assert sysconfig.get_config_var('SO') == '.so'
assert sysconfig.get_config_var('no such variable') is None
assert sysconfig.get_config_vars('prefix', 'nope') == [prefix, None]
assert cv['EXT_SUFFIX'] == '.' + cv['SOABI'] + '.so'

assert sysconfig.get_platform() == 'linux-' + os.uname()[4]
assert sysconfig.get_makefile_filename().endswith(
    os.path.join('config-' + version + cv['abiflags'], 'Makefile'))
assert os.path.basename(sysconfig.get_config_h_filename()) == 'pyconfig.h'

header = io.StringIO('#define HAVE_FOO 1\n'
                     '#define NAME "spam"\n'
                     '/* #undef HAVE_BAR */\n'
                     '#define lower 3\n'
                     'int x;\n')
parsed = sysconfig.parse_config_h(header)
assert parsed == {'HAVE_FOO': 1, 'NAME': '"spam"', 'HAVE_BAR': 0}
target = {'KEEP': 'x'}
assert sysconfig.parse_config_h(io.StringIO('#define AB 2\n#define C 1\n'),
                                target) is target
assert target == {'KEEP': 'x', 'AB': 2}
