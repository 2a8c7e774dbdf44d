"""Comparison of files and folders.

cmp(f1, f2) tells whether two files are the same; cmpfiles(a, b, names)
sorts names present in folders a and b into same, different and
incomparable; dircmp(a, b) compares two folders (recursively, on demand)
and reports the differences.
"""

import os
import stat
from itertools import filterfalse

__all__ = ["cmp", "dircmp", "cmpfiles"]

_cache = {}
BUFSIZE = 8*1024


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 are the same.

    Files whose type, size and modification time agree are taken to be
    the same when shallow is true, without reading them; else contents
    are compared.  Only regular files can be the same.  Results of
    content comparisons are cached until the files change."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:
            _cache.clear()
        _cache[key] = outcome
    return outcome


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _do_cmp(f1, f2):
    with open(f1, 'rb') as fp1, open(f2, 'rb') as fp2:
        while True:
            b1 = fp1.read(BUFSIZE)
            b2 = fp2.read(BUFSIZE)
            if b1 != b2:
                return False
            if not b1:
                return True


class dircmp:
    """Compares folders a and b: dircmp(a, b, ignore=None, hide=None).

    Names in ignore (default ['RCS', 'CVS', 'tags']) and hide (default
    [os.curdir, os.pardir]) are left out.  The results are attributes,
    computed when first asked for:

    left_list, right_list: the (sorted) names in a and in b;
    common, left_only, right_only: the names in both, only in a, only in b;
    common_dirs, common_files, common_funny: the common names that are
      folders on both sides, regular files on both sides, or neither
      (different kinds, or not stat-able);
    same_files, diff_files, funny_files: the common files that compare
      equal (shallowly, see cmp), differ, or cannot be compared;
    subdirs: a dircmp for each of common_dirs, by name.

    report() prints the differences; report_partial_closure() adds those
    of the common subfolders, report_full_closure() those of all the
    folders below."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = ['RCS', 'CVS', 'tags'] if ignore is None else ignore

    def phase0(self):
        # the two listings
        skip = self.hide + self.ignore
        self.left_list = sorted(_filter(os.listdir(self.left), skip))
        self.right_list = sorted(_filter(os.listdir(self.right), skip))

    def phase1(self):
        # common and one-sided names (compared as the system compares
        # names)
        a = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        b = dict(zip(map(os.path.normcase, self.right_list),
                     self.right_list))
        self.common = [a[k] for k in a if k in b]
        self.left_only = [a[k] for k in a if k not in b]
        self.right_only = [b[k] for k in b if k not in a]

    def phase2(self):
        # the kinds of the common names
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                a_type = stat.S_IFMT(os.stat(os.path.join(self.left,
                                                          name)).st_mode)
                b_type = stat.S_IFMT(os.stat(os.path.join(self.right,
                                                          name)).st_mode)
            except os.error:
                self.common_funny.append(name)
                continue
            if a_type != b_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(a_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        # the comparison of the common files
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        # a dircmp for each common folder
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = dircmp(os.path.join(self.left, name),
                                        os.path.join(self.right, name),
                                        self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print the differences between the two folders."""
        print('diff', self.left, self.right)
        for attr, label in (('left_only', ('Only in', self.left, ':')),
                            ('right_only', ('Only in', self.right, ':')),
                            ('same_files', ('Identical files :',)),
                            ('diff_files', ('Differing files :',)),
                            ('funny_files', ('Trouble with common files :',)),
                            ('common_dirs', ('Common subdirectories :',)),
                            ('common_funny', ('Common funny cases :',))):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*(label + (names,)))

    def report_partial_closure(self):
        """report(), then the report of each common subfolder."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then those of all the common folders below."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    # Which phase computes which attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2,
                     common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in folders a and b: return
    (names of equal files, of different ones, of those that could not be
    compared)."""
    result = ([], [], [])
    for name in common:
        result[_cmp(os.path.join(a, name), os.path.join(b, name),
                    shallow)].append(name)
    return result


def _cmp(a, b, sh, abs=abs, cmp=cmp):
    # 0 for equal, 1 for different, 2 for an error
    try:
        return not abs(cmp(a, b, sh))
    except os.error:
        return 2


def _filter(flist, skip):
    return list(filterfalse(skip.__contains__, flist))


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()

if __name__ == '__main__':
    demo()
