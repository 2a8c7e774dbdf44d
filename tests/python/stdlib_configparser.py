# configparser: reading, interpolation, mapping access, errors (3.2 API).
import configparser
import io

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
base = /opt
[paths]
home = %(base)s/home
multi = line one
  line two

  line four
; comment
bad = %(nope)s
pct = 100%%
[types]
n = 42
f = 2.5
b = yes
""")
assert cp.sections() == ['paths', 'types']
assert cp.get('paths', 'home') == '/opt/home'
assert cp.get('paths', 'multi') == 'line one\nline two\n\nline four'
assert cp.get('paths', 'pct') == '100%'
assert cp.get('paths', 'home', raw=True) == '%(base)s/home'
assert cp.getint('types', 'n') == 42 and cp.getfloat('types', 'f') == 2.5
assert cp.getboolean('types', 'b') is True
assert cp.get('types', 'zz', fallback='fb') == 'fb'
assert cp['paths']['home'] == '/opt/home' and 'home' in cp['paths']
assert list(cp['types']) == ['n', 'f', 'b', 'base']
assert len(cp) == 3 and list(cp) == ['DEFAULT', 'paths', 'types']
assert repr(cp['paths']) == '<Section: paths>'


def error_of(func):
    try:
        func()
    except Exception as e:
        return type(e).__name__, str(e)
    raise AssertionError('no error')

assert error_of(lambda: cp.get('paths', 'bad')) == (
    'InterpolationMissingOptionError',
    'Bad value substitution:\n\tsection: [paths]\n\toption : bad\n'
    '\tkey    : nope\n\trawval : \n')
assert error_of(lambda: cp.get('nosec', 'x')) == (
    'NoSectionError', "No section: 'nosec'")
assert error_of(lambda: cp.get('paths', 'nope')) == (
    'NoOptionError', "No option 'nope' in section: 'paths'")
assert error_of(lambda: cp.set('paths', 'x', '50%')) == (
    'ValueError', "invalid interpolation syntax in '50%' at position 2")
assert error_of(lambda: cp.add_section('paths')) == (
    'DuplicateSectionError', "Section 'paths' already exists")
assert error_of(lambda: cp.read_string('[a]\nx=1\nx=2\n')) == (
    'DuplicateOptionError', "While reading from <string> [line  3]: option "
    "'x' in section 'a' already exists")
assert error_of(lambda: cp.read_string('x=1\n')) == (
    'MissingSectionHeaderError', "File contains no section headers.\n"
    "file: <string>, line: 1\n'x=1\\n'")
assert error_of(lambda: cp.getboolean('types', 'n')) == (
    'ValueError', 'Not a boolean: 42')
assert error_of(lambda: cp.read_string('[q]\n=bad\nnovalue\n')) == (
    'ParsingError', "Source contains parsing errors: <string>\n"
    "\t[line  2]: '=bad\\n'\n\t[line  3]: 'novalue\\n'")

out = io.StringIO()
w = configparser.ConfigParser()
w.read_dict({'s': {'a': 1, 'multi': 'x\ny'}})
w.write(out)
assert out.getvalue() == '[s]\na = 1\nmulti = x\n\ty\n\n', out.getvalue()

raw = configparser.RawConfigParser(allow_no_value=True)
raw.read_dict({'s': {'a': 1, 'b': None}})
raw.set('s', 'c', '%(raw)s')
assert raw.items('s') == [('a', '1'), ('b', None), ('c', '%(raw)s')]

ext = configparser.ConfigParser(
    interpolation=configparser.ExtendedInterpolation())
ext.read_string('[a]\nx = 1\ny = ${x}-${b:z}\n[b]\nz = Z\n')
assert ext['a']['y'] == '1-Z'
assert ext.items('a') == [('x', '1'), ('y', '1-Z')]

custom = configparser.ConfigParser(delimiters=('->',),
                                   inline_comment_prefixes=('#',))
custom.read_string('[s]\nkey -> value # note\n')
assert custom['s']['key'] == 'value'
del custom['s']
assert not custom.has_section('s')
