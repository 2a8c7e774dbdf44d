# test.script_helper: temporary folders, scripts and packages; running
# the interpreter and making zip archives when subprocess and zipfile
# are available.
import os
import sys
from test import script_helper

with script_helper.temp_dir() as d:
    assert os.path.isdir(d) and os.path.isabs(d)
    assert d == os.path.realpath(d)
    name = script_helper.make_script(d, 'script', 'x = "\xe9"\nprint(x)\n')
    assert name == os.path.join(d, 'script.py')
    with open(name, 'rb') as f:
        assert f.read() == b'x = "\xc3\xa9"\nprint(x)\n'
    pkg = os.path.join(d, 'pkg')
    script_helper.make_pkg(pkg, 'value = 7\n')
    with open(os.path.join(pkg, '__init__.py')) as f:
        assert f.read() == 'value = 7\n'
    script_helper.make_pkg(os.path.join(d, 'empty'))
    with open(os.path.join(d, 'empty', '__init__.py')) as f:
        assert f.read() == ''
    sys.path.insert(0, d)
    try:
        import pkg as imported
        assert imported.value == 7
    finally:
        sys.path.remove(d)
        sys.modules.pop('pkg', None)
    with open(os.path.join(d, 'file'), 'w') as f:
        f.write('x')
    kept = d
assert not os.path.exists(kept)

try:
    import zipfile
except ImportError:
    zipfile = None
if zipfile is not None:
    with script_helper.temp_dir() as d:
        script = script_helper.make_script(d, 'main', 'print(42)\n')
        zip_name, inside = script_helper.make_zip_script(d, 'archive', script)
        assert zip_name == os.path.join(d, 'archive.zip')
        assert inside == os.path.join(zip_name, 'main.py')
        with zipfile.ZipFile(zip_name) as z:
            assert z.namelist() == ['main.py']
            assert z.read('main.py') == b'print(42)\n'
        zip_name, inside = script_helper.make_zip_script(d, 'other', script, '__main__.py')
        assert inside == os.path.join(zip_name, '__main__.py')
        zip_name, inside = script_helper.make_zip_pkg(d, 'pkgs', 'p', 'mod', 'y = 1\n', depth=2)
        assert inside == os.path.join(zip_name, 'p', 'p', 'mod.py')
        with zipfile.ZipFile(zip_name) as z:
            assert sorted(z.namelist()) == ['p/__init__.py', 'p/p/__init__.py', 'p/p/mod.py'], z.namelist()
        assert sorted(os.listdir(d)) == ['archive.zip', 'main.py', 'other.zip', 'pkgs.zip'], os.listdir(d)

try:
    import subprocess
except ImportError:
    subprocess = None
if subprocess is not None:
    rc, out, err = script_helper.assert_python_ok('-c', 'import sys; sys.stdout.write("hi")')
    assert (rc, out, err) == (0, b'hi', b''), (rc, out, err)
    rc, out, err = script_helper.assert_python_failure('-c', 'import sys; sys.exit(3)')
    assert rc == 3 and out == b'', (rc, out, err)
    try:
        script_helper.assert_python_ok('-c', 'raise KeyError(1)')
    except AssertionError as exc:
        text = str(exc)
        assert text.startswith("Process return code is 1, stderr follows:\n"), text
        assert text.endswith("KeyError: 1"), text
    else:
        raise AssertionError("a failing interpreter passed")
    rc, out, err = script_helper.assert_python_ok(
        '-c', 'import os; print(os.environ["SCRIPT_HELPER_VAR"])',
        SCRIPT_HELPER_VAR='set')
    assert out.strip() == b'set', out
    p = script_helper.spawn_python('-c', 'import sys; print(sys.stdin.read().upper())')
    p.stdin.write(b'abc')
    assert script_helper.kill_python(p).strip() == b'ABC'
