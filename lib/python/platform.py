"""Information about the platform Taipan runs on (the Python 3.2 platform API).

Implementation identity: Taipan's sys.version has CPython's layout
("3.2.6 (default, <date>, <time>) \\n[<compiler>]") with "Taipan, Go" in
the compiler slot, and sys.subversion names 'CPython'.  Like CPython 3.2 we
derive python_implementation() by parsing sys.version, so Taipan reports
'CPython' (it aims to behave as CPython 3.2); python_compiler() reports
'Taipan, Go', which is how a program can tell the two apart.
"""

__version__ = '1.0.7'

import os
import re
import sys

try:
    DEV_NULL = os.devnull
except AttributeError:
    DEV_NULL = '/dev/null'

# ---------------------------------------------------------------------------
# C library detection: scan the executable for glibc version tags or a
# libc.so name.

_libc_search = re.compile(r'(__libc_init)|(GLIBC_([0-9.]+))|'
                          r'(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)', re.ASCII)


def libc_ver(executable=sys.executable, lib='', version='', chunksize=2048):
    """Guess the C library (lib, version) the executable links against.

    The given lib and version are returned when nothing is found.
    """
    if hasattr(os.path, 'realpath'):
        executable = os.path.realpath(executable)
    with open(executable, 'rb') as f:
        chunk = f.read(chunksize).decode('latin-1')
        pos = 0
        while chunk:
            # Every match contains 'libc' or 'GLIBC'; skip the regular
            # expression on chunks that have neither (most of a binary).
            if 'libc' in chunk or 'GLIBC' in chunk:
                m = _libc_search.search(chunk, pos)
            else:
                m = None
            if m is None:
                chunk = f.read(chunksize).decode('latin-1')
                pos = 0
                continue
            init, glibc, gver, so, threads, sover = m.groups()
            if init and not lib:
                lib = 'libc'
            elif glibc:
                if lib != 'glibc':
                    lib, version = 'glibc', gver
                elif gver > version:
                    version = gver
            elif so and lib != 'glibc':
                lib = 'libc'
                if sover and sover > version:
                    version = sover
                if threads and version[-len(threads):] != threads:
                    version += threads
            pos = m.end()
    return lib, version


# ---------------------------------------------------------------------------
# Linux distributions, from /etc/<name>-release or /etc/<name>_version.

_supported_dists = (
    'SuSE', 'debian', 'fedora', 'redhat', 'centos',
    'mandrake', 'mandriva', 'rocks', 'slackware', 'yellowdog', 'gentoo',
    'UnitedLinux', 'turbolinux')

_release_filename = re.compile(r'(\w+)[-_](release|version)', re.ASCII)
_lsb_release_version = re.compile(
    r'(.+) release ([\d.]+)[^(]*(?:\((.+)\))?', re.ASCII)
_release_version = re.compile(
    r'([^0-9]+)(?: release )?([\d.]+)[^(]*(?:\((.+)\))?', re.ASCII)


def _parse_release_file(firstline):
    for pattern in (_lsb_release_version, _release_version):
        m = pattern.match(firstline)
        if m is not None:
            return tuple(m.groups())
    words = firstline.strip().split()
    version = words[0] if words else ''
    ident = words[1] if len(words) > 1 else ''
    return '', version, ident


def _dist_try_harder(distname, version, id):
    # Older SuSE, Caldera OpenLinux and Slackware keep the facts elsewhere.
    if os.path.exists('/var/adm/inst-log/info'):
        distname = 'SuSE'
        with open('/var/adm/inst-log/info') as f:
            for line in f:
                fields = line.split()
                if len(fields) != 2:
                    continue
                if fields[0] == 'MIN_DIST_VERSION':
                    version = fields[1].strip()
                elif fields[0] == 'DIST_IDENT':
                    id = fields[1].split('-')[2]
        return distname, version, id
    if os.path.exists('/etc/.installed'):
        with open('/etc/.installed') as f:
            for line in f:
                parts = line.split('-')
                if len(parts) >= 2 and parts[0] == 'OpenLinux':
                    return 'OpenLinux', parts[1], id
    if os.path.isdir('/usr/lib/setup'):
        names = sorted(n for n in os.listdir('/usr/lib/setup')
                       if n.startswith('slack-version-'))
        if names:
            return 'slackware', names[-1][14:], id
    return distname, version, id


def linux_distribution(distname='', version='', id='',
                       supported_dists=_supported_dists,
                       full_distribution_name=1):
    """Return (distname, version, id) of the Linux distribution, read from
    its release file in /etc; the arguments are the defaults."""
    try:
        names = sorted(os.listdir('/etc'))
    except os.error:
        return distname, version, id
    found = None
    for name in names:
        m = _release_filename.match(name)
        if m is not None and m.group(1) in supported_dists:
            found = name
            distname = m.group(1)
            break
    if found is None:
        return _dist_try_harder(distname, version, id)
    with open('/etc/' + found, 'r') as f:
        firstline = f.readline()
    name, ver, ident = _parse_release_file(firstline)
    if name and full_distribution_name:
        distname = name
    if ver:
        version = ver
    if ident:
        id = ident
    return distname, version, id


def dist(distname='', version='', id='', supported_dists=_supported_dists):
    """Like linux_distribution() but with the short distribution name."""
    return linux_distribution(distname, version, id,
                              supported_dists=supported_dists,
                              full_distribution_name=0)


def popen(cmd, mode='r', bufsize=-1):
    """Portable popen() (deprecated: use os.popen or subprocess)."""
    import warnings
    warnings.warn('use os.popen instead', DeprecationWarning, stacklevel=2)
    return os.popen(cmd, mode, bufsize)


# ---------------------------------------------------------------------------
# Other operating systems: their probes find nothing here.

def _norm_version(version, build=''):
    parts = version.split('.')
    if build:
        parts.append(build)
    try:
        nums = list(map(int, parts))
    except ValueError:
        strings = parts
    else:
        strings = list(map(str, nums))
    return '.'.join(strings[:3])


def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) on Windows; the defaults elsewhere."""
    try:
        import winreg  # noqa: F401 -- only present on Windows
    except ImportError:
        return release, version, csd, ptype
    return release, version, csd, ptype


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) on Mac OS X; the defaults elsewhere."""
    plist = '/System/Library/CoreServices/SystemVersion.plist'
    if not os.path.exists(plist):
        return release, versioninfo, machine
    try:
        import plistlib
        info = plistlib.readPlist(plist)
    except Exception:
        return release, versioninfo, machine
    release = info.get('ProductVersion', release)
    machine = os.uname()[4]
    if machine in ('ppc', 'Power Macintosh'):
        machine = 'PowerPC'
    return release, ('', '', ''), machine


def java_ver(release='', vendor='', vminfo=('', '', ''),
             osinfo=('', '', '')):
    """Jython version information; the defaults anywhere else."""
    try:
        import java.lang  # noqa: F401
    except ImportError:
        return release, vendor, vminfo, osinfo
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """Translate (system, release, version) to the common marketing names
    (SunOS 5 -> Solaris 2, IRIX64 -> IRIX, Windows quirks)."""
    if system == 'Rhapsody':
        return 'MacOS X Server', system + release, version
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        if parts:
            try:
                parts[0] = str(int(parts[0]) - 3)
            except ValueError:
                pass
            else:
                release = '.'.join(parts)
        return 'Solaris', release, version
    if system == 'IRIX64':
        system = 'IRIX'
        version = version + ' (64bit)' if version else '64bit'
        return system, release, version
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    return system, release, version


# ---------------------------------------------------------------------------
# uname and friends

def _platform(*args):
    # Join the non-empty pieces with '-' and make the result filename-safe:
    # blanks become '_', separators and brackets '-', 'unknown' goes away.
    text = '-'.join(s.strip() for s in filter(len, args))
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def _node(default=''):
    try:
        import socket
        return socket.gethostname()
    except Exception:
        return default


def _syscmd_output(argv, default=''):
    if sys.platform in ('dos', 'win32', 'win16', 'os2'):
        return default
    try:
        import subprocess
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL
                                if hasattr(subprocess, 'DEVNULL')
                                else open(DEV_NULL, 'wb'))
        out = proc.communicate()[0]
        if proc.returncode:
            return default
        return out.decode('latin-1').strip()
    except Exception:
        return default


def _syscmd_uname(option, default=''):
    out = _syscmd_output(['uname', option], default)
    return out or default


def _syscmd_file(target, default=''):
    if not os.path.exists(target):
        return default
    return _syscmd_output(['file', '-b', target], default)


_default_architecture = {
    'win32': ('', 'WindowsPE'),
    'win16': ('', 'Windows'),
    'dos': ('', 'MSDOS'),
}


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable, e.g. ('64bit', 'ELF').

    Uses the system's "file" command; bits defaults to the pointer size.
    """
    if not bits:
        import struct
        bits = '%dbit' % (struct.calcsize('P') * 8)
    text = _syscmd_file(executable, '') if executable else ''
    if not text and executable == sys.executable:
        b, l = _default_architecture.get(sys.platform, ('', ''))
        return b or bits, l or linkage
    if 'executable' not in text:
        return bits, linkage
    if '32-bit' in text:
        bits = '32bit'
    elif 'N32' in text:
        bits = 'n32bit'
    elif '64-bit' in text:
        bits = '64bit'
    if 'ELF' in text:
        linkage = 'ELF'
    elif 'PE' in text:
        linkage = 'WindowsPE' if 'Windows' in text else 'PE'
    elif 'COFF' in text:
        linkage = 'COFF'
    elif 'MS-DOS' in text:
        linkage = 'MSDOS'
    return bits, linkage


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor); unknown
    entries are ''."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    processor = ''
    try:
        system, node, release, version, machine = os.uname()
    except AttributeError:
        system = sys.platform
        node = _node()
        release = version = machine = ''
    if not any((system, node, release, version, machine)):
        system = sys.platform
    if system == 'unknown':
        system = ''
    if node == 'unknown':
        node = ''
    if release == 'unknown':
        release = ''
    if version == 'unknown':
        version = ''
    if machine == 'unknown':
        machine = ''
    if not processor:
        processor = _syscmd_uname('-p', '')
        if processor == 'unknown':
            processor = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = (system, node, release, version, machine, processor)
    return _uname_cache


def system():
    """Operating system name, e.g. 'Linux'; '' if unknown."""
    return uname()[0]


def node():
    """Network name of the machine; '' if unknown."""
    return uname()[1]


def release():
    """Operating system release, e.g. '2.6.32'; '' if unknown."""
    return uname()[2]


def version():
    """Operating system version string; '' if unknown."""
    return uname()[3]


def machine():
    """Machine type, e.g. 'x86_64'; '' if unknown."""
    return uname()[4]


def processor():
    """Processor name (often '' on Linux); '' if unknown."""
    return uname()[5]


# ---------------------------------------------------------------------------
# The Python implementation, parsed from sys.version.

_sys_version_parser = re.compile(
    r'([\w.+]+)\s*\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*\[([^\]]+)\]?',
    re.ASCII)
_ironpython_sys_version_parser = re.compile(
    r'IronPython\s*([\d\.]+)(?: \(([\d\.]+)\))? on (.NET [\d\.]+)', re.ASCII)
_pypy_sys_version_parser = re.compile(
    r'([\w.+]+)\s*\(#?([^,]+),\s*([\w ]+),\s*([\w :]+)\)\s*\[PyPy [^\]]+\]?')

_sys_version_cache = {}


def _sys_version(sys_version=None):
    """Parse a sys.version string into (name, version, branch, revision,
    buildno, builddate, compiler); missing entries are ''."""
    if sys_version is None:
        sys_version = sys.version
    cached = _sys_version_cache.get(sys_version)
    if cached is not None:
        return cached
    if sys_version.startswith('IronPython'):
        name = 'IronPython'
        m = _ironpython_sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse IronPython sys.version: %s'
                             % repr(sys_version))
        ver, _alt, compiler = m.groups()
        buildno = builddate = ''
    elif sys.platform.startswith('java'):
        name = 'Jython'
        m = _sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse Jython sys.version: %s'
                             % repr(sys_version))
        ver, buildno, builddate, _time, _ = m.groups()
        compiler = sys.platform
    elif 'PyPy' in sys_version:
        name = 'PyPy'
        m = _pypy_sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse PyPy sys.version: %s'
                             % repr(sys_version))
        ver, buildno, builddate, _time = m.groups()
        compiler = ''
    else:
        name = 'CPython'
        m = _sys_version_parser.match(sys_version)
        if m is None:
            raise ValueError('failed to parse CPython sys.version: %s'
                             % repr(sys_version))
        ver, buildno, day, clock, compiler = m.groups()
        builddate = day + ' ' + clock
    if hasattr(sys, '_mercurial'):
        branch, revision = sys._mercurial[1:3]
    elif hasattr(sys, 'subversion'):
        branch, revision = sys.subversion[1:3]
    else:
        branch = revision = ''
    if ver.count('.') == 1:
        ver += '.0'
    result = (name, ver, branch, revision, buildno, builddate, compiler)
    _sys_version_cache[sys_version] = result
    return result


def python_implementation():
    """'CPython', 'IronPython', 'Jython' or 'PyPy', from sys.version."""
    return _sys_version()[0]


def python_version():
    """Python version as 'major.minor.patchlevel'."""
    return _sys_version()[1]


def python_version_tuple():
    """Python version as a tuple of three strings."""
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    """Source branch the interpreter was built from, or ''."""
    return _sys_version()[2]


def python_revision():
    """Source revision the interpreter was built from, or ''."""
    return _sys_version()[3]


def python_build():
    """(buildno, builddate) of the interpreter."""
    return _sys_version()[4:6]


def python_compiler():
    """String naming the compiler the interpreter was built with."""
    return _sys_version()[6]


_platform_cache = {}


def platform(aliased=0, terse=0):
    """One human-readable string describing the platform, e.g.
    'Linux-2.6.32-x86_64-with-debian-6.0'."""
    key = (aliased, terse)
    cached = _platform_cache.get(key)
    if cached is not None:
        return cached
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Windows':
        csd = win32_ver(version)[2]
        pieces = (system, release) if terse else (system, release, version,
                                                  csd)
    elif system == 'Linux':
        dname, dversion, did = dist('')
        if dname and not terse:
            pieces = (system, release, machine, processor, 'with',
                      dname, dversion, did)
        else:
            lname, lversion = libc_ver(sys.executable)
            pieces = (system, release, machine, processor, 'with',
                      lname + lversion)
    elif system == 'Java':
        os_name, os_version, os_arch = java_ver()[3]
        if terse or not os_name:
            pieces = (system, release, version)
        else:
            pieces = (system, release, version, 'on', os_name, os_version,
                      os_arch)
    elif system == 'MacOS':
        pieces = (system, release) if terse else (system, release, machine)
    elif terse:
        pieces = (system, release)
    else:
        bits, linkage = architecture(sys.executable)
        pieces = (system, release, machine, processor, bits, linkage)
    result = _platform(*pieces)
    _platform_cache[key] = result
    return result
