"""Helpers for tests that run the interpreter on scripts, packages and
zip archives (test_cmd_line_script, test_runpy, ...), with the names and
behaviour of Python 3.2's test.script_helper.

Starting interpreters needs the subprocess module, and the zip helpers
need zipfile; they are imported only when used, so a test that needs a
missing one fails with ImportError there, not when this module is
imported.
"""

import os
import sys
import contextlib

from test.support import make_legacy_pyc, strip_python_stderr, rmtree


def _interpreter_command(isolated, args):
    cmd = [sys.executable]
    if isolated:
        cmd.append('-E')
    cmd.extend(args)
    return cmd


def _assert_python(expected_success, *args, **env_vars):
    import subprocess
    # With no variables to set, the child ignores PYTHON* variables (-E).
    cmd = _interpreter_command(not env_vars, args)
    if env_vars.pop('__cleanenv', None):
        env = {}
    else:
        env = os.environ.copy()
    env.update(env_vars)
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    try:
        out, err = proc.communicate()
    finally:
        cleanup = getattr(subprocess, '_cleanup', None)
        if cleanup is not None:
            cleanup()
        proc.stdout.close()
        proc.stderr.close()
    rc = proc.returncode
    err = strip_python_stderr(err)
    if bool(rc) == bool(expected_success):
        raise AssertionError("Process return code is %d, stderr follows:\n%s"
                             % (rc, err.decode('ascii', 'ignore')))
    return rc, out, err


def assert_python_ok(*args, **env_vars):
    """Run the interpreter with args (and the environment variables
    env_vars); it must succeed.  Returns (return code, stdout, stderr)."""
    return _assert_python(True, *args, **env_vars)


def assert_python_failure(*args, **env_vars):
    """Run the interpreter with args (and the environment variables
    env_vars); it must fail.  Returns (return code, stdout, stderr)."""
    return _assert_python(False, *args, **env_vars)


def spawn_python(*args):
    """Start the interpreter with args (and -E); stdin is a pipe, stdout
    and stderr go together to one pipe."""
    import subprocess
    return subprocess.Popen(_interpreter_command(True, args),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)


def kill_python(p):
    """Close the input of a process from spawn_python, read all its
    output, wait for it to end and return the output."""
    import subprocess
    p.stdin.close()
    data = p.stdout.read()
    p.stdout.close()
    p.wait()
    cleanup = getattr(subprocess, '_cleanup', None)
    if cleanup is not None:
        cleanup()
    return data


def _make_temp_dir():
    try:
        import tempfile
    except ImportError:
        tempfile = None
    if tempfile is not None:
        return tempfile.mkdtemp()
    base = os.environ.get('TMPDIR') or '/tmp'
    n = 0
    while True:
        path = os.path.join(base, 'tmp_script_helper_%d_%d' % (os.getpid(), n))
        try:
            os.mkdir(path, 0o700)
        except OSError:
            if os.path.exists(path):
                n += 1
                continue
            raise
        return path


@contextlib.contextmanager
def temp_dir():
    """Context manager: a new temporary folder (its real path), removed
    with everything in it at the end."""
    dirname = os.path.realpath(_make_temp_dir())
    try:
        yield dirname
    finally:
        rmtree(dirname)


def make_script(script_dir, script_basename, source):
    """Write source (UTF-8) to script_dir/script_basename.py and return
    that path."""
    script_name = os.path.join(script_dir, script_basename + os.extsep + 'py')
    with open(script_name, 'w', encoding='utf-8') as f:
        f.write(source)
    return script_name


def make_zip_script(zip_dir, zip_basename, script_name, name_in_zip=None):
    """Put the file script_name into a new archive zip_dir/zip_basename.zip
    as name_in_zip (default: its base name; a PEP 3147 cache file goes in
    under its legacy name).  Returns (archive, path of the file inside)."""
    import zipfile
    zip_name = os.path.join(zip_dir, zip_basename + os.extsep + 'zip')
    if name_in_zip is None:
        parts = script_name.split(os.sep)
        if len(parts) >= 2 and parts[-2] == '__pycache__':
            from imp import source_from_cache
            script_name = make_legacy_pyc(source_from_cache(script_name))
        name_in_zip = os.path.basename(script_name)
    archive = zipfile.ZipFile(zip_name, 'w')
    try:
        archive.write(script_name, name_in_zip)
    finally:
        archive.close()
    return zip_name, os.path.join(zip_name, name_in_zip)


def make_pkg(pkg_dir, init_source=''):
    """Make the package folder pkg_dir with an __init__.py of
    init_source."""
    os.mkdir(pkg_dir)
    make_script(pkg_dir, '__init__', init_source)


def _compiled(source_path):
    # Compiled beside the source under the legacy name (X.pyc), the one a
    # source-less module in an archive is imported by.
    import py_compile
    cfile = source_path + ('c' if __debug__ else 'o')
    py_compile.compile(source_path, cfile=cfile, doraise=True)
    return cfile


def make_zip_pkg(zip_dir, zip_basename, pkg_name, script_basename,
                 source, depth=1, compiled=False):
    """Make the archive zip_dir/zip_basename.zip holding pkg_name nested
    depth times (pkg/pkg/...), each with an empty __init__, and the
    script script_basename of source in the innermost one (compiled
    files instead of sources with compiled=True).  Returns (archive, path
    of the script inside)."""
    import zipfile
    made = []
    init_name = make_script(zip_dir, '__init__', '')
    made.append(init_name)
    init_basename = os.path.basename(init_name)
    script_name = make_script(zip_dir, script_basename, source)
    made.append(script_name)
    if compiled:
        init_name = _compiled(init_name)
        script_name = _compiled(script_name)
        made.extend((init_name, script_name))
        init_basename = os.path.basename(init_name)
    pkg_names = [os.sep.join([pkg_name] * i) for i in range(1, depth + 1)]
    script_name_in_zip = os.path.join(pkg_names[-1],
                                      os.path.basename(script_name))
    zip_name = os.path.join(zip_dir, zip_basename + os.extsep + 'zip')
    archive = zipfile.ZipFile(zip_name, 'w')
    try:
        for name in pkg_names:
            archive.write(init_name, os.path.join(name, init_basename))
        archive.write(script_name, script_name_in_zip)
    finally:
        archive.close()
    for name in made:
        os.unlink(name)
    return zip_name, os.path.join(zip_name, script_name_in_zip)
