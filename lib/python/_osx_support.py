"""Mac OS X helpers for sysconfig and distutils (Taipan's own version).

Taipan does not build C extensions, so of CPython 3.2's _osx_support this
keeps what sysconfig needs to name a Mac OS X platform (get_platform_osx)
and the bookkeeping of original configuration values that
test_sysconfig relies on.  Configuration values changed here are saved
first under _INITPRE + name, so _remove_original_values can undo them.
"""

import os
import re
import sys

__all__ = [
    'compiler_fixup',
    'customize_config_vars',
    'customize_compiler',
    'get_platform_osx',
]

_INITPRE = '_OSX_SUPPORT_INITIAL_'

# Known sets of -arch values and the machine name each stands for.
_FAT_NAMES = {
    ('i386', 'ppc'): 'fat',
    ('i386', 'x86_64'): 'intel',
    ('i386', 'ppc', 'x86_64'): 'fat3',
    ('ppc64', 'x86_64'): 'fat64',
    ('i386', 'ppc', 'ppc64', 'x86_64'): 'universal',
}


def _save_modified_value(config_vars, name, value):
    """Set config_vars[name] = value, remembering the first original."""
    old = config_vars.get(name, '')
    if old != value and _INITPRE + name not in config_vars:
        config_vars[_INITPRE + name] = old
    config_vars[name] = value


def _remove_original_values(config_vars):
    """Drop the saved originals (leaving the current values in place)."""
    for key in [k for k in config_vars if k.startswith(_INITPRE)]:
        del config_vars[key]


def _system_version():
    """The running Mac OS X release ('10.6'), or '' when not on one."""
    try:
        f = open('/System/Library/CoreServices/SystemVersion.plist')
    except IOError:
        return ''
    with f:
        m = re.search(r'<key>ProductUserVisibleVersion</key>\s*'
                      r'<string>(.*?)</string>', f.read())
    if m is None:
        return ''
    return '.'.join(m.group(1).split('.')[:2])


def _strip_arch_flags(args):
    """args (a list of compiler words) without -arch X and -isysroot X."""
    out = []
    skip = False
    for word in args:
        if skip:
            skip = False
            continue
        if word in ('-arch', '-isysroot'):
            skip = True
            continue
        out.append(word)
    return out


def compiler_fixup(compiler_so, cc_args):
    """The compiler command list, with -arch and -isysroot options
    dropped when cc_args brings its own."""
    compiler_so = list(compiler_so)
    if '-arch' in cc_args or '-isysroot' in cc_args:
        compiler_so = _strip_arch_flags(compiler_so)
    return compiler_so


def customize_config_vars(config_vars):
    """Adjust build flags for the running system: on a system that is not
    Mac OS X there is nothing to adjust."""
    if not _system_version() and 'ARCHFLAGS' not in os.environ:
        return config_vars
    archflags = os.environ.get('ARCHFLAGS')
    if archflags:
        for name in ('LDFLAGS', 'BASECFLAGS', 'CFLAGS', 'PY_CFLAGS',
                     'BLDSHARED', 'LDSHARED', 'CC', 'CXX'):
            if name in config_vars and _INITPRE + name not in config_vars:
                words = _strip_arch_flags(config_vars[name].split())
                _save_modified_value(config_vars, name,
                                     ' '.join(words + archflags.split()))
    return config_vars


def customize_compiler(config_vars):
    """Same as customize_config_vars (Taipan has no compiler to probe)."""
    return customize_config_vars(config_vars)


def get_platform_osx(config_vars, osname, release, machine):
    """(osname, release, machine) for sysconfig.get_platform on Mac OS X."""
    target = config_vars.get('MACOSX_DEPLOYMENT_TARGET', '')
    running = _system_version() or target
    version = target or running
    if not version:
        return osname, release, machine
    osname, release = 'macosx', version
    cflags = config_vars.get(_INITPRE + 'CFLAGS', config_vars.get('CFLAGS', ''))
    wide = sys.maxsize >= 2 ** 32
    if (running and tuple(int(p) for p in running.split('.')[:2]) >= (10, 4)
            and '-arch' in cflags.strip()):
        archs = tuple(sorted(set(re.findall(r'-arch\s+(\S+)', cflags))))
        if len(archs) == 1:
            machine = archs[0]
        elif archs in _FAT_NAMES:
            machine = _FAT_NAMES[archs]
        else:
            raise ValueError("Don't know machine value for archs=%r" % (archs,))
    elif machine == 'i386':
        if wide:
            machine = 'x86_64'
    elif machine in ('PowerPC', 'Power_Macintosh'):
        machine = 'ppc64' if wide else 'ppc'
    return osname, release, machine
