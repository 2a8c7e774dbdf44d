# platform: uname and its parts, sys.version parsing, platform() string,
# distribution and libc probing, stubs for other systems.
import os
import sys
import platform

u = platform.uname()
assert isinstance(u, tuple) and len(u) == 6
assert u[:5] == tuple(os.uname())
assert (platform.system(), platform.node(), platform.release(),
        platform.version(), platform.machine(),
        platform.processor()) == u
assert platform.system() == 'Linux'

bits, linkage = platform.architecture()
assert bits in ('32bit', '64bit') and bits == '%dbit' % (
    64 if sys.maxsize > 2 ** 32 else 32)

assert platform.python_version() == '%d.%d.%d' % sys.version_info[:3]
assert platform.python_version_tuple() == tuple(
    str(n) for n in sys.version_info[:3])
assert platform.python_implementation() in ('CPython', 'PyPy', 'Jython',
                                            'IronPython')
name, ver, branch, rev, buildno, builddate, compiler = platform._sys_version()
assert name == platform.python_implementation() and ver == \
    platform.python_version()
assert platform.python_build() == (buildno, builddate)
assert platform.python_compiler() == compiler and compiler
assert compiler == sys.version.split('[', 1)[1].rstrip(']')

# parsing explicit version strings
parsed = platform._sys_version(
    '2.4.3 (#1, Jun 21 2006, 13:54:21) \n[GCC 3.3.4 (pre 3.3.5 20040809)]')
assert parsed[:2] == ('CPython', '2.4.3') and parsed[4:] == (
    '1', 'Jun 21 2006 13:54:21', 'GCC 3.3.4 (pre 3.3.5 20040809)')
parsed = platform._sys_version('3.2 (r32:88445, Feb 21 2011, 21:11:06) '
                               '\n[GCC 4.4.5]')
assert parsed[1] == '3.2.0' and parsed[4] == 'r32:88445'
parsed = platform._sys_version(
    'IronPython 1.0.60816 on .NET 2.0.50727.42')
assert parsed[0] == 'IronPython' and parsed[1] == '1.0.60816'
assert parsed[6] == '.NET 2.0.50727.42'
try:
    platform._sys_version('garbage')
except ValueError as e:
    assert str(e) == "failed to parse CPython sys.version: 'garbage'"
else:
    raise AssertionError('garbage parsed')

p = platform.platform()
assert p.startswith('Linux-' + platform.release().replace(' ', '_'))
assert ' ' not in p and '--' not in p
assert platform.platform(terse=1).startswith('Linux-')
assert platform.platform() is platform.platform()

# helpers
assert platform._platform('a', '', 'b c', 'd/e') == 'a-b_c-d-e'
assert platform._platform('x(y)', 'unknown', ':') == 'x-y'
assert platform.system_alias('SunOS', '5.8', 'v') == ('Solaris', '2.8', 'v')
assert platform.system_alias('Linux', '3', 'v') == ('Linux', '3', 'v')

# probes that find nothing on Linux return their defaults
assert platform.mac_ver() == ('', ('', '', ''), '')
assert platform.mac_ver('r', ('a', 'b', 'c'), 'm') == ('r', ('a', 'b', 'c'),
                                                       'm')
assert platform.win32_ver() == ('', '', '', '')
assert platform.java_ver() == ('', '', ('', '', ''), ('', '', ''))

dist = platform.linux_distribution()
assert isinstance(dist, tuple) and len(dist) == 3
assert platform.dist()[1:] == dist[1:]
assert platform._parse_release_file(
    'Red Hat Enterprise Linux Server release 5.4 (Tikanga)') == (
    'Red Hat Enterprise Linux Server', '5.4', 'Tikanga')
assert platform._parse_release_file('12.11\n') == ('', '12.11', '')

lib, libver = platform.libc_ver(sys.executable)
assert isinstance(lib, str) and isinstance(libver, str)
assert platform.libc_ver('/dev/null', 'x', 'y') == ('x', 'y')
assert platform.DEV_NULL == os.devnull
