"""Module and name renames between Python 2 and Python 3, for pickle.

The unpickler maps the (module, name) pairs of protocol 0-2 streams
written by Python 2 through these tables when fix_imports is true; the
pickler maps Python 3 names back, so that Python 2 can read its output.
"""

# Python 2 module name -> Python 3 module name.
IMPORT_MAPPING = {}

def _add(new, *olds):
    for old in olds:
        IMPORT_MAPPING[old] = new

_add('builtins', '__builtin__')
_add('copyreg', 'copy_reg')
_add('pickle', 'cPickle')
_add('io', 'StringIO', 'cStringIO')
_add('queue', 'Queue')
_add('socketserver', 'SocketServer')
_add('configparser', 'ConfigParser')
_add('reprlib', 'repr')
_add('_markupbase', 'markupbase')
_add('winreg', '_winreg')
_add('_thread', 'thread')
_add('_dummy_thread', 'dummy_thread')
_add('subprocess', 'commands')
_add('collections', 'UserString', 'UserList')
_add('test.support', 'test.test_support')
_add('tkinter', 'Tkinter')
_add('tkinter.filedialog', 'FileDialog', 'tkFileDialog')
_add('tkinter.simpledialog', 'SimpleDialog', 'tkSimpleDialog')
_add('tkinter.colorchooser', 'tkColorChooser')
_add('tkinter.commondialog', 'tkCommonDialog')
_add('tkinter.dialog', 'Dialog')
_add('tkinter.dnd', 'Tkdnd')
_add('tkinter.font', 'tkFont')
_add('tkinter.messagebox', 'tkMessageBox')
_add('tkinter.scrolledtext', 'ScrolledText')
_add('tkinter.constants', 'Tkconstants')
_add('tkinter.tix', 'Tix')
_add('tkinter.ttk', 'ttk')
_add('dbm', 'anydbm', 'whichdb')
_add('dbm.bsd', 'dbhash')
_add('dbm.dumb', 'dumbdbm')
_add('dbm.ndbm', 'dbm')
_add('dbm.gnu', 'gdbm')
_add('xmlrpc.client', 'xmlrpclib')
_add('xmlrpc.server', 'DocXMLRPCServer', 'SimpleXMLRPCServer')
_add('http.client', 'httplib')
_add('http.cookies', 'Cookie')
_add('http.cookiejar', 'cookielib')
_add('http.server', 'BaseHTTPServer', 'SimpleHTTPServer', 'CGIHTTPServer')
_add('html.entities', 'htmlentitydefs')
_add('html.parser', 'HTMLParser')
_add('urllib.parse', 'urlparse')
_add('urllib.robotparser', 'robotparser')
del _add

# (Python 2 module, name) -> (Python 3 module, name).
NAME_MAPPING = {
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'izip'): ('builtins', 'zip'),
}

# The inverses.  Where several Python 2 modules became one Python 3
# module, the name written back is the one CPython 3.2 writes.
REVERSE_IMPORT_MAPPING = dict((new, old) for old, new in IMPORT_MAPPING.items())
REVERSE_IMPORT_MAPPING.update({
    'io': 'StringIO',
    'collections': 'UserString',
    'dbm': 'anydbm',
    'tkinter.filedialog': 'FileDialog',
    'tkinter.simpledialog': 'SimpleDialog',
    'xmlrpc.server': 'SimpleXMLRPCServer',
    'http.server': 'BaseHTTPServer',
})
REVERSE_NAME_MAPPING = dict((new, old) for old, new in NAME_MAPPING.items())
