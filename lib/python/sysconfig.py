"""Installation paths and build configuration (the Python 3.2 sysconfig API).

Taipan is a Go program with no Makefile or pyconfig.h, so the configuration
variables are a fixed table describing an equivalent CPython 3.2 build on
this platform (prefix from sys.prefix, SO '.so', Py_DEBUG 0, ...).  If a
Makefile or pyconfig.h does exist where CPython would keep one, its values
are read on top of that table.
"""

import os
import sys
from os.path import pardir, realpath

__all__ = [
    'get_config_h_filename',
    'get_config_var',
    'get_config_vars',
    'get_makefile_filename',
    'get_path',
    'get_path_names',
    'get_paths',
    'get_platform',
    'get_python_version',
    'get_scheme_names',
    'parse_config_h',
]


def _scheme(stdlib, site, include, scripts, data, platinclude=True,
            platbase=None):
    # Build one install scheme; platstdlib/platlib mirror stdlib/purelib
    # with {platbase} in place of {base} where the scheme distinguishes them.
    def plat(path):
        if platbase is None:
            return path
        return path.replace('{base}', platbase)
    result = {
        'stdlib': stdlib,
        'platstdlib': plat(stdlib),
        'purelib': site,
        'platlib': plat(site),
        'include': include,
        'scripts': scripts,
        'data': data,
    }
    if platinclude:
        result['platinclude'] = plat(include)
    return result


_VER = 'python{py_version_short}'
_INSTALL_SCHEMES = {
    'posix_prefix': _scheme('{base}/lib/' + _VER,
                            '{base}/lib/' + _VER + '/site-packages',
                            '{base}/include/' + _VER + '{abiflags}',
                            '{base}/bin', '{base}', platbase='{platbase}'),
    'posix_home': _scheme('{base}/lib/python', '{base}/lib/python',
                          '{base}/include/python', '{base}/bin', '{base}'),
    'nt': _scheme('{base}/Lib', '{base}/Lib/site-packages', '{base}/Include',
                  '{base}/Scripts', '{base}'),
    'os2': _scheme('{base}/Lib', '{base}/Lib/site-packages',
                   '{base}/Include', '{base}/Scripts', '{base}'),
    'os2_home': _scheme('{userbase}/lib/' + _VER,
                        '{userbase}/lib/' + _VER + '/site-packages',
                        '{userbase}/include/' + _VER, '{userbase}/bin',
                        '{userbase}', platinclude=False),
    'nt_user': _scheme('{userbase}/Python{py_version_nodot}',
                       '{userbase}/Python{py_version_nodot}/site-packages',
                       '{userbase}/Python{py_version_nodot}/Include',
                       '{userbase}/Scripts', '{userbase}',
                       platinclude=False),
    'posix_user': _scheme('{userbase}/lib/' + _VER,
                          '{userbase}/lib/' + _VER + '/site-packages',
                          '{userbase}/include/' + _VER, '{userbase}/bin',
                          '{userbase}', platinclude=False),
    'osx_framework_user': _scheme('{userbase}/lib/python',
                                  '{userbase}/lib/python/site-packages',
                                  '{userbase}/include', '{userbase}/bin',
                                  '{userbase}', platinclude=False),
}
del _VER

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')
_PY_VERSION = sys.version.split()[0]
_PY_VERSION_SHORT = sys.version[:3]
_PY_VERSION_SHORT_NO_DOT = _PY_VERSION[0] + _PY_VERSION[2]
_PREFIX = os.path.normpath(sys.prefix)
_EXEC_PREFIX = os.path.normpath(sys.exec_prefix)
_CONFIG_VARS = None
_USER_BASE = None


def _safe_realpath(path):
    try:
        return realpath(path)
    except OSError:
        return path


if sys.executable:
    _PROJECT_BASE = os.path.dirname(_safe_realpath(sys.executable))
else:
    _PROJECT_BASE = _safe_realpath(os.getcwd())


def is_python_build():
    """True when running from a CPython source/build tree (never for an
    installed Taipan binary)."""
    for name in ('Setup.dist', 'Setup.local'):
        if os.path.isfile(os.path.join(_PROJECT_BASE, 'Modules', name)):
            return True
    return False


_PYTHON_BUILD = is_python_build()

if _PYTHON_BUILD:
    for _name in ('posix_prefix', 'posix_home'):
        _INSTALL_SCHEMES[_name]['include'] = '{srcdir}/Include'
        _INSTALL_SCHEMES[_name]['platinclude'] = '{projectbase}/.'
    del _name


def _subst_vars(s, local_vars):
    try:
        return s.format(**local_vars)
    except KeyError:
        try:
            return s.format(**os.environ)
        except KeyError as var:
            raise AttributeError('{%s}' % var)


def _extend_dict(target_dict, other_dict):
    for key, value in other_dict.items():
        if key not in target_dict:
            target_dict[key] = value


def _expand_vars(scheme, vars):
    if vars is None:
        vars = {}
    _extend_dict(vars, get_config_vars())
    expanded = {}
    for key, template in _INSTALL_SCHEMES[scheme].items():
        if os.name in ('posix', 'nt'):
            template = os.path.expanduser(template)
        expanded[key] = os.path.normpath(_subst_vars(template, vars))
    return expanded


def _get_default_scheme():
    if os.name == 'posix':
        return 'posix_prefix'
    return os.name


def _getuserbase():
    override = os.environ.get('PYTHONUSERBASE')
    if override:
        return override
    if os.name == 'nt':
        root = os.environ.get('APPDATA') or '~'
        return os.path.expanduser(os.path.join(root, 'Python'))
    if sys.platform == 'darwin':
        framework = get_config_var('PYTHONFRAMEWORK')
        if framework:
            return os.path.expanduser(os.path.join(
                '~', 'Library', framework, '%d.%d' % sys.version_info[:2]))
    return os.path.expanduser(os.path.join('~', '.local'))


def _parse_makefile(filename, vars=None):
    """Read NAME = value assignments from a Makefile into a dict,
    expanding $(NAME) and ${NAME} references between them."""
    import re
    assign = re.compile(r'([a-zA-Z][a-zA-Z0-9_]+)\s*=\s*(.*)')
    ref = re.compile(r'\$(?:\(([A-Za-z][A-Za-z0-9_]*)\)|'
                     r'\{([A-Za-z][A-Za-z0-9_]*)\})')
    if vars is None:
        vars = {}
    raw = {}
    with open(filename, errors='surrogateescape') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            m = assign.match(line)
            if m is None:
                continue
            name, value = m.group(1), m.group(2).strip()
            value = value.replace('$$', '\0')
            raw[name] = value

    done = {}

    def resolve(name, active):
        if name in done:
            return done[name]
        if name in active:
            return ''
        if name not in raw:
            return os.environ.get(name, '')
        active.add(name)
        text = ref.sub(lambda m: str(resolve(m.group(1) or m.group(2),
                                             active)), raw[name])
        active.discard(name)
        text = text.strip().replace('\0', '$')
        try:
            value = int(text)
        except ValueError:
            value = text
        done[name] = value
        return value

    for name in raw:
        resolve(name, set())
    vars.update(done)
    return vars


def get_makefile_filename():
    """Path where CPython keeps the Makefile it was built with."""
    if _PYTHON_BUILD:
        return os.path.join(_PROJECT_BASE, 'Makefile')
    return os.path.join(get_path('stdlib'),
                        'config-{}{}'.format(_PY_VERSION_SHORT,
                                             getattr(sys, 'abiflags', '')),
                        'Makefile')


def _builtin_posix_vars():
    # The values an equivalent CPython 3.2 build on this platform would read
    # from its Makefile and pyconfig.h.
    import struct
    abiflags = getattr(sys, 'abiflags', '')
    version = _PY_VERSION_SHORT
    prefix = _PREFIX
    libdir = os.path.join(_EXEC_PREFIX, 'lib')
    libdest = os.path.join(prefix, 'lib', 'python' + version)
    pointer = struct.calcsize('P')
    unicode_size = 4 if sys.maxunicode > 0xFFFF else 2
    little = sys.byteorder == 'little'
    flags = '-DNDEBUG -g -fwrapv -O3 -Wall -Wstrict-prototypes'
    return {
        'VERSION': version,
        'SO': '.so',
        'EXT_SUFFIX': '.cpython-%s%s.so' % (_PY_VERSION_SHORT_NO_DOT,
                                            abiflags),
        'EXE': '',
        'MACHDEP': sys.platform,
        'SOABI': 'cpython-%s%s' % (_PY_VERSION_SHORT_NO_DOT, abiflags),
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'WITH_THREAD': 1,
        'WITH_PYMALLOC': 1,
        'HAVE_FORK': 1,
        'HAVE_UNAME': 1,
        'HAVE_LONG_LONG': 1,
        'HAVE_SSIZE_T': 1,
        'HAVE_DEVICE_MACROS': 1,
        'TANH_PRESERVES_ZERO_SIGN': 1,
        'X87_DOUBLE_ROUNDING': 0,
        'DOUBLE_IS_LITTLE_ENDIAN_IEEE754': 1 if little else 0,
        'DOUBLE_IS_BIG_ENDIAN_IEEE754': 0 if little else 1,
        'WORDS_BIGENDIAN': 0 if little else 1,
        'SIZEOF_SHORT': struct.calcsize('h'),
        'SIZEOF_INT': struct.calcsize('i'),
        'SIZEOF_LONG': struct.calcsize('l'),
        'SIZEOF_LONG_LONG': struct.calcsize('q'),
        'SIZEOF_FLOAT': struct.calcsize('f'),
        'SIZEOF_DOUBLE': struct.calcsize('d'),
        'SIZEOF_VOID_P': pointer,
        'SIZEOF_SIZE_T': pointer,
        'SIZEOF_OFF_T': 8,
        'SIZEOF_TIME_T': pointer,
        'SIZEOF_PID_T': 4,
        'SIZEOF_WCHAR_T': 4,
        'Py_UNICODE_SIZE': unicode_size,
        'CC': 'gcc',
        'CXX': 'g++',
        'LINKCC': 'gcc',
        'AR': 'ar',
        'ARFLAGS': 'rc',
        'OPT': flags,
        'CFLAGS': flags,
        'PY_CFLAGS': flags,
        'BASECFLAGS': '',
        'CPPFLAGS': '-I. -IInclude -I./Include',
        'CCSHARED': '-fPIC',
        'LDFLAGS': '',
        'LDSHARED': 'gcc -shared',
        'BLDSHARED': 'gcc -shared',
        'LIBS': '-lpthread -ldl -lutil',
        'SYSLIBS': '-lm',
        'LIBM': '-lm',
        'LIBC': '',
        'CONFIG_ARGS': "'--prefix=%s'" % prefix,
        'LIBRARY': 'libpython%s%s.a' % (version, abiflags),
        'LDLIBRARY': 'libpython%s%s.a' % (version, abiflags),
        'BINDIR': os.path.join(_EXEC_PREFIX, 'bin'),
        'LIBDIR': libdir,
        'LIBDEST': libdest,
        'BINLIBDEST': os.path.join(libdir, 'python' + version),
        'LIBPL': os.path.join(libdest, 'config-%s%s' % (version, abiflags)),
        'DESTSHARED': os.path.join(libdir, 'python' + version, 'lib-dynload'),
        'INCLUDEPY': os.path.join(prefix, 'include',
                                  'python%s%s' % (version, abiflags)),
        'INCLUDEDIR': os.path.join(prefix, 'include'),
        'MANDIR': os.path.join(prefix, 'share', 'man'),
        'HOST_GNU_TYPE': '%s-pc-linux-gnu' % os.uname()[4]
        if hasattr(os, 'uname') else '',
    }


def _init_posix(vars):
    vars.update(_builtin_posix_vars())
    makefile = get_makefile_filename()
    if os.path.isfile(makefile):
        try:
            _parse_makefile(makefile, vars)
        except (IOError, OSError, UnicodeError):
            pass
    config_h = get_config_h_filename()
    if os.path.isfile(config_h):
        try:
            with open(config_h) as f:
                parse_config_h(f, vars)
        except (IOError, OSError, UnicodeError):
            pass


def _init_non_posix(vars):
    vars['LIBDEST'] = get_path('stdlib')
    vars['BINLIBDEST'] = get_path('platstdlib')
    vars['INCLUDEPY'] = get_path('include')
    vars['SO'] = '.pyd'
    vars['EXE'] = '.exe'
    vars['VERSION'] = _PY_VERSION_SHORT_NO_DOT
    vars['BINDIR'] = os.path.dirname(_safe_realpath(sys.executable))


def parse_config_h(fp, vars=None):
    """Collect '#define NAME value' and '/* #undef NAME */' lines of a
    config.h-style file into a dict (values converted to int when they
    can be; undefined names map to 0).  vars, if given, is filled in."""
    import re
    if vars is None:
        vars = {}
    defined = re.compile('#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undefined = re.compile('/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    for line in iter(fp.readline, ''):
        m = defined.match(line)
        if m is not None:
            value = m.group(2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[m.group(1)] = value
            continue
        m = undefined.match(line)
        if m is not None:
            vars[m.group(1)] = 0
    return vars


def get_config_h_filename():
    """Path where CPython keeps pyconfig.h."""
    if _PYTHON_BUILD:
        if os.name == 'nt':
            return os.path.join(_PROJECT_BASE, 'PC', 'pyconfig.h')
        return os.path.join(_PROJECT_BASE, 'pyconfig.h')
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def get_scheme_names():
    """Sorted tuple of the install scheme names."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """Tuple of the path names every scheme defines."""
    return _SCHEME_KEYS


def get_paths(scheme=_get_default_scheme(), vars=None, expand=True):
    """Dict of the paths of an install scheme, expanded with vars and the
    configuration variables unless expand is false."""
    if expand:
        return _expand_vars(scheme, vars)
    return _INSTALL_SCHEMES[scheme]


def get_path(name, scheme=_get_default_scheme(), vars=None, expand=True):
    """One path of an install scheme (see get_paths)."""
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """The dict of configuration variables, or with arguments the list of
    the values of those names (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        cv = _CONFIG_VARS = {}
        cv['prefix'] = _PREFIX
        cv['exec_prefix'] = _EXEC_PREFIX
        cv['py_version'] = _PY_VERSION
        cv['py_version_short'] = _PY_VERSION_SHORT
        cv['py_version_nodot'] = _PY_VERSION_SHORT_NO_DOT
        cv['base'] = _PREFIX
        cv['platbase'] = _EXEC_PREFIX
        cv['projectbase'] = _PROJECT_BASE
        cv['abiflags'] = getattr(sys, 'abiflags', '')
        if os.name in ('nt', 'os2'):
            _init_non_posix(cv)
        if os.name == 'posix':
            _init_posix(cv)
        cv['userbase'] = _getuserbase()
        if 'srcdir' in cv:
            cv['srcdir'] = _safe_realpath(cv['srcdir'])
        else:
            cv['srcdir'] = _PROJECT_BASE
        if (_PYTHON_BUILD and os.name == 'posix'
                and not os.path.isabs(cv['srcdir'])):
            try:
                cwd = os.getcwd()
            except OSError:
                cwd = None
            if _PROJECT_BASE != cwd:
                cv['srcdir'] = os.path.normpath(
                    os.path.join(_PROJECT_BASE, cv['srcdir']))
        if sys.platform == 'darwin':
            import _osx_support
            _osx_support.customize_config_vars(cv)
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """get_config_vars().get(name)"""
    return get_config_vars().get(name)


def get_platform():
    """A string naming the platform for build directories, such as
    'linux-x86_64', 'win32', 'win-amd64' or 'macosx-10.6-intel'."""
    if os.name == 'nt':
        # sys.version reads "... [MSC v.1500 64 bit (AMD64)]" on Windows.
        start = sys.version.find(' bit (')
        if start < 0:
            return sys.platform
        end = sys.version.find(')', start)
        cpu = sys.version[start + 6:end].lower()
        return {'amd64': 'win-amd64',
                'itanium': 'win-ia64'}.get(cpu, sys.platform)
    if os.name != 'posix' or not hasattr(os, 'uname'):
        return sys.platform
    osname, host, release, version, machine = os.uname()
    osname = osname.lower().replace('/', '')
    machine = machine.replace(' ', '_').replace('/', '-')
    if osname[:5] == 'linux':
        return '%s-%s' % (osname, machine)
    if osname[:5] == 'sunos':
        if release[0] >= '5':
            osname = 'solaris'
            release = '%d.%s' % (int(release[0]) - 3, release[2:])
            machine += {2147483647: '.32bit',
                        9223372036854775807: '.64bit'}[sys.maxsize]
    elif osname[:4] == 'irix':
        return '%s-%s' % (osname, release)
    elif osname[:3] == 'aix':
        return '%s-%s.%s' % (osname, version, release)
    elif osname[:6] == 'cygwin':
        import re
        osname = 'cygwin'
        m = re.compile(r'[\d.]+').match(release)
        if m:
            release = m.group()
    elif osname[:6] == 'darwin':
        import _osx_support
        osname, release, machine = _osx_support.get_platform_osx(
            get_config_vars(), osname, release, machine)
    return '%s-%s-%s' % (osname, release, machine)


def get_python_version():
    """'major.minor' of the running Python."""
    return _PY_VERSION_SHORT


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print('{0}: '.format(title))
        print('\t{0} = "{1}"'.format(key, value))


def _main():
    print('Platform: "{0}"'.format(get_platform()))
    print('Python version: "{0}"'.format(get_python_version()))
    print('Current installation scheme: "{0}"'.format(_get_default_scheme()))
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
