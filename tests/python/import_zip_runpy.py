# zipimport, runpy and pkgutil over fixtures (import_fixtures/).
import os
import pkgutil
import runpy
import sys
sys.dont_write_bytecode = True   # keep the fixtures folder clean
import traceback
import zipimport

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'import_fixtures')
archive = os.path.join(here, 'zipped.zip')

sys.path.insert(0, archive)
sys.path.insert(0, here)
try:
    import zpkg
    import zsingle
    assert zsingle.WHO == 'single'
    assert zpkg.NAME == 'zpkg' and zpkg.mod.VALUE == 42
    assert zpkg.__file__ == os.path.join(archive, 'zpkg', '__init__.py')
    assert zpkg.__path__ == [os.path.join(archive, 'zpkg')]
    assert isinstance(zpkg.__loader__, zipimport.zipimporter)
    assert zpkg.__loader__.archive == archive
    assert isinstance(sys.path_importer_cache[archive], zipimport.zipimporter)
    # Tracebacks show the archived source lines.
    try:
        zpkg.mod.fail()
    except ValueError:
        text = traceback.format_exc()
    assert 'raise ValueError("from zip")' in text, text
    z = zipimport.zipimporter(os.path.join(archive, 'zpkg'))
    assert z.prefix == 'zpkg' + os.sep
    # The table of contents: (path, compression, compressed size, size,
    # local header offset, DOS time, DOS date, CRC), as CPython reads the
    # central directory (time, date and CRC signed), shared with
    # zipimport._zip_directory_cache.
    files = z._files
    assert files is zipimport._zip_directory_cache[archive]
    assert files is zipimport.zipimporter(archive)._files
    assert sorted(files) == ['__main__.py', 'zpkg/__init__.py', 'zpkg/mod.py', 'zsingle.py']
    assert files['zpkg/mod.py'] == (os.path.join(archive, 'zpkg/mod.py'), 0, 71, 71, 80,
                                    15250, 23931, 1210527154), files['zpkg/mod.py']
    assert files['zpkg/__init__.py'][4:] == (0, 15250, 23931, -166568037)
    assert files['__main__.py'][4] == 247 and files['zsingle.py'][4] == 192
    assert z.is_package('mod') is False
    assert z.get_source('mod').startswith('import sys\n')
    assert z.find_module('nothere') is None
    try:
        z.get_source('nothere')
    except zipimport.ZipImportError as e:
        assert str(e) == "can't find module 'nothere'"
    try:
        zipimport.zipimporter(here)
    except zipimport.ZipImportError as e:
        assert str(e) == 'not a Zip file', str(e)
    else:
        raise AssertionError
    assert issubclass(zipimport.ZipImportError, ImportError)

    # runpy: modules, packages (their __main__), paths.
    ns = runpy.run_module('runpkg.plain')
    assert ns['RAN'] == ('runpkg.plain', 'runpkg')
    ns = runpy.run_module('runpkg')
    assert ns['RAN'] == ('runpkg.__main__', 'runpkg', 1)
    ns = runpy.run_module('runpkg.plain', run_name='__main__', alter_sys=True)
    assert ns['RAN'] == ('__main__', 'runpkg')
    try:
        runpy.run_module('runpkg_nothere')
    except ImportError as e:
        assert str(e) == 'No module named runpkg_nothere'
    ns = runpy.run_path(os.path.join(here, 'runfolder'))
    assert ns['RAN'] == ('<run_path>', os.path.join(here, 'runfolder')), ns['RAN']
    ns = runpy.run_path(archive, run_name='__main__')
    assert ns['RAN'] == ('__main__', archive)
    ns = runpy.run_path(os.path.join(here, 'runpkg', 'plain.py'))
    assert ns['RAN'] == ('<run_path>', '')
    assert sys.path[0] == here and sys.path[1] == archive

    # pkgutil
    loader = pkgutil.get_loader('runpkg.plain')
    assert loader.get_filename('runpkg.plain') == os.path.join(here, 'runpkg', 'plain.py')
    assert loader.is_package('runpkg.plain') is False
    assert pkgutil.get_loader('zpkg') is zpkg.__loader__
    names = sorted(name for _, name, _ in pkgutil.iter_modules([here]))
    assert names == ['runpkg'], names
    names = sorted((name, ispkg) for _, name, ispkg in pkgutil.iter_modules([archive]))
    assert names == [('__main__', False), ('zpkg', True), ('zsingle', False)], names
    assert pkgutil.get_data('zpkg', 'mod.py').startswith(b'import sys')
    assert pkgutil.get_data('runpkg', 'plain.py') == b'RAN = (__name__, __package__)\n'
    assert isinstance(pkgutil.get_importer(here), pkgutil.ImpImporter)
finally:
    sys.path.remove(here)
    sys.path.remove(archive)
