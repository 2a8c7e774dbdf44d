"""High-level operations on files and folders: copying files with or
without their metadata, copying and removing whole trees, moving, and
making and unpacking archives (tar and zip).
"""

import os
import sys
import stat
from os.path import abspath
import fnmatch
import collections
import errno

try:
    import bz2
    _BZ2_SUPPORTED = True
except ImportError:
    _BZ2_SUPPORTED = False

try:
    from pwd import getpwnam
except ImportError:
    getpwnam = None

try:
    from grp import getgrnam
except ImportError:
    getgrnam = None

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive", "ignore_patterns"]


class Error(EnvironmentError):
    pass


class SpecialFileError(EnvironmentError):
    """A file that cannot be copied as data (a named pipe)."""


class ExecError(EnvironmentError):
    """An external command failed."""


class ReadError(EnvironmentError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A registration in the archive format tables conflicts with
    another."""

try:
    WindowsError
except NameError:
    WindowsError = None


# --- files -------------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=16*1024):
    """Copy everything fsrc.read() gives to fdst, length at a time."""
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    return (os.path.normcase(os.path.abspath(src)) ==
            os.path.normcase(os.path.abspath(dst)))


def copyfile(src, dst):
    """Copy the data of file src to file dst (replacing it)."""
    if _samefile(src, dst):
        raise Error("`%s` and `%s` are the same file" % (src, dst))
    for fn in (src, dst):
        try:
            st = os.stat(fn)
        except OSError:
            continue    # dst need not exist
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % fn)
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)


def copymode(src, dst):
    """Give dst the permission bits of src."""
    if hasattr(os, 'chmod'):
        os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst):
    """Give dst the permission bits, times and flags of src."""
    st = os.stat(src)
    if hasattr(os, 'utime'):
        os.utime(dst, (st.st_atime, st.st_mtime))
    if hasattr(os, 'chmod'):
        os.chmod(dst, stat.S_IMODE(st.st_mode))
    if hasattr(os, 'chflags') and hasattr(st, 'st_flags'):
        try:
            os.chflags(dst, st.st_flags)
        except OSError as why:
            if (not hasattr(errno, 'EOPNOTSUPP') or
                    why.errno != errno.EOPNOTSUPP):
                raise


def copy(src, dst):
    """Copy the data and permission bits of file src to dst, which may be
    a folder (the copy is then made in it, under src's name)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copymode(src, dst)


def copy2(src, dst):
    """copy(), and copystat() too."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copystat(src, dst)


# --- trees -------------------------------------------------------------------

def ignore_patterns(*patterns):
    """An ignore function for copytree: it ignores the names matching any
    of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False):
    """Copy the folder src to dst, which must not exist yet, and everything
    in it, with copy_function (default copy2) for files.

    Symbolic links are copied as links when symlinks is true, else what
    they point to is copied (a dangling link is then an error, or skipped
    when ignore_dangling_symlinks is true).  ignore, if given, is called
    as ignore(folder, names) for each folder copied and returns the names
    to leave out (see ignore_patterns).

    Errors do not stop the copy: they are collected and raised at the end
    as one Error whose argument is a list of (src, dst, reason)."""
    names = os.listdir(src)
    if ignore is not None:
        ignored_names = ignore(src, names)
    else:
        ignored_names = set()

    os.makedirs(dst)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                else:
                    if not os.path.exists(linkto) and \
                            ignore_dangling_symlinks:
                        continue
                    copy_function(srcname, dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            # from the copy of a subfolder: its list of errors
            errors.extend(err.args[0])
        except EnvironmentError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if WindowsError is None or not isinstance(why, WindowsError):
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove the folder path and everything in it.

    With ignore_errors, errors are ignored; else onerror, when given, is
    called as onerror(function, path, sys.exc_info()) for each (function
    is the os function that failed, path its argument); else the error is
    raised.  A symbolic link to a folder is refused, not followed."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    names = []
    try:
        names = os.listdir(path)
    except os.error:
        onerror(os.listdir, path, sys.exc_info())
    for name in names:
        fullname = os.path.join(path, name)
        try:
            mode = os.lstat(fullname).st_mode
        except os.error:
            mode = 0
        if stat.S_ISDIR(mode):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.remove(fullname)
            except os.error:
                onerror(os.remove, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except os.error:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    # The last component, also for a folder given with a trailing slash.
    return os.path.basename(path.rstrip(os.path.sep))


def move(src, dst):
    """Move the file or folder src to dst, like the mv command.

    When dst is a folder, src goes inside it (which must not hold that
    name yet).  os.rename is used where it works; across file systems src
    is copied (copy2, or copytree keeping links) and then removed."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # Only the case of the name changes (on systems where names
            # differing in case are the same file).
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself "
                            "'%s'." % (src, dst))
            copytree(src, real_dst, symlinks=True)
            rmtree(src)
        else:
            copy2(src, real_dst)
            os.unlink(src)


def _destinsrc(src, dst):
    src = abspath(src)
    dst = abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


# --- archives ----------------------------------------------------------------

def _get_gid(name):
    """The group id of group name, or None."""
    if getgrnam is None or name is None:
        return None
    try:
        result = getgrnam(name)
    except KeyError:
        result = None
    if result is not None:
        return result[2]
    return None


def _get_uid(name):
    """The user id of user name, or None."""
    if getpwnam is None or name is None:
        return None
    try:
        result = getpwnam(name)
    except KeyError:
        result = None
    if result is not None:
        return result[2]
    return None


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None):
    """Make base_name.tar (.tar.gz, .tar.bz2) of the tree base_dir, with
    the given owner and group; return its name."""
    tar_compression = {'gzip': 'gz', None: ''}
    compress_ext = {'gzip': '.gz'}
    if _BZ2_SUPPORTED:
        tar_compression['bzip2'] = 'bz2'
        compress_ext['bzip2'] = '.bz2'
    if compress is not None and compress not in compress_ext:
        raise ValueError("bad value for 'compress', or compression format "
                         "not supported : {0}".format(compress))

    archive_name = base_name + '.tar' + compress_ext.get(compress, '')
    archive_dir = os.path.dirname(archive_name)
    if not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)

    import tarfile
    if logger is not None:
        logger.info('Creating tar archive')

    uid = _get_uid(owner)
    gid = _get_gid(group)

    def _set_uid_gid(tarinfo):
        if gid is not None:
            tarinfo.gid = gid
            tarinfo.gname = group
        if uid is not None:
            tarinfo.uid = uid
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        tar = tarfile.open(archive_name, 'w|%s' % tar_compression[compress])
        try:
            tar.add(base_dir, filter=_set_uid_gid)
        finally:
            tar.close()
    return archive_name


def _call_external_zip(base_dir, zip_filename, verbose=False, dry_run=False):
    options = "-r" if verbose else "-rq"
    from distutils.errors import DistutilsExecError
    from distutils.spawn import spawn
    try:
        spawn(["zip", options, zip_filename, base_dir], dry_run=dry_run)
    except DistutilsExecError:
        raise ExecError("unable to create zip file '%s': could neither "
                        "import the 'zipfile' module nor find a standalone "
                        "zip utility" % zip_filename)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None):
    """Make base_name.zip (deflated) of the files under base_dir; return
    its name."""
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)

    try:
        import zipfile
    except ImportError:
        zipfile = None

    if zipfile is None:
        _call_external_zip(base_dir, zip_filename, verbose, dry_run)
        return zip_filename

    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it",
                    zip_filename, base_dir)
    if not dry_run:
        archive = zipfile.ZipFile(zip_filename, "w",
                                  compression=zipfile.ZIP_DEFLATED)
        for dirpath, dirnames, filenames in os.walk(base_dir):
            for name in filenames:
                path = os.path.normpath(os.path.join(dirpath, name))
                if os.path.isfile(path):
                    archive.write(path, path)
                    if logger is not None:
                        logger.info("adding '%s'", path)
        archive.close()
    return zip_filename

# name -> (function, [(argument, value)], description)
_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}
if _BZ2_SUPPORTED:
    _ARCHIVE_FORMATS['bztar'] = (_make_tarball, [('compress', 'bzip2')],
                                 "bzip2'ed tar-file")


def get_archive_formats():
    """The formats make_archive knows, as sorted (name, description)."""
    return sorted((name, info[2]) for name, info in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Make make_archive(base_name, name, ...) call
    function(base_name, base_dir, **kwargs), with the (argument, value)
    pairs of extra_args added to kwargs."""
    if extra_args is None:
        extra_args = []
    if not isinstance(function, collections.Callable):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Make an archive of the tree base_dir (default the current folder),
    as seen from root_dir (default the current folder), named base_name
    plus the format's extension, and return its name.

    format is one of get_archive_formats(): zip, tar, gztar, bztar.
    owner and group set the owner of the members of tar archives."""
    save_cwd = os.getcwd()
    if root_dir is not None:
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir

    kwargs = {'dry_run': dry_run, 'logger': logger}
    try:
        format_info = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format)
    func = format_info[0]
    for arg, val in format_info[1]:
        kwargs[arg] = val
    if format != 'zip':
        kwargs['owner'] = owner
        kwargs['group'] = group

    try:
        filename = func(base_name, base_dir, **kwargs)
    finally:
        if root_dir is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)
    return filename


def get_unpack_formats():
    """The formats unpack_archive knows, as sorted
    (name, extensions, description)."""
    return sorted((name, info[0], info[3])
                  for name, info in _UNPACK_FORMATS.items())


def _check_unpack_options(extensions, function, extra_args):
    taken = {}
    for name, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            taken[ext] = name
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"' %
                                (extension, taken[extension]))
    if not isinstance(function, collections.Callable):
        raise TypeError('The registered function must be a callable')


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Make unpack_archive call function(filename, extract_dir, **kwargs)
    for archives whose names end with one of extensions (or when format
    is name), with the (argument, value) pairs of extra_args in kwargs.
    The function raises ReadError for an archive it cannot read."""
    if extra_args is None:
        extra_args = []
    _check_unpack_options(extensions, function, extra_args)
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _ensure_directory(path):
    dirname = os.path.dirname(path)
    if not os.path.isdir(dirname):
        os.makedirs(dirname)


def _unpack_zipfile(filename, extract_dir):
    try:
        import zipfile
    except ImportError:
        raise ReadError('zlib not supported, cannot unpack this archive.')

    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)

    archive = zipfile.ZipFile(filename)
    try:
        for info in archive.infolist():
            name = info.filename
            # Members that would land outside extract_dir are skipped.
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            _ensure_directory(target)
            if not name.endswith('/'):
                data = archive.read(info.filename)
                with open(target, 'wb') as f:
                    f.write(data)
                del data
    finally:
        archive.close()


def _unpack_tarfile(filename, extract_dir):
    import tarfile
    try:
        tarobj = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" %
                        filename)
    try:
        tarobj.extractall(extract_dir)
    finally:
        tarobj.close()

# name -> (extensions, function, [(argument, value)], description)
_UNPACK_FORMATS = {
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
}
if _BZ2_SUPPORTED:
    _UNPACK_FORMATS['bztar'] = (['.bz2'], _unpack_tarfile, [],
                                "bzip2'ed tar-file")


def _find_unpack_format(filename):
    for name, info in _UNPACK_FORMATS.items():
        for extension in info[0]:
            if filename.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None):
    """Unpack the archive filename into extract_dir (default the current
    folder).  format is one of get_unpack_formats(); by default it is
    found from the file name's extension (ReadError when none fits)."""
    if extract_dir is None:
        extract_dir = os.getcwd()
    if format is not None:
        try:
            format_info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format))
        func = format_info[1]
        func(filename, extract_dir, **dict(format_info[2]))
        return
    format = _find_unpack_format(filename)
    if format is None:
        raise ReadError("Unknown archive format '{0}'".format(filename))
    func = _UNPACK_FORMATS[format][1]
    func(filename, extract_dir, **dict(_UNPACK_FORMATS[format][2]))
