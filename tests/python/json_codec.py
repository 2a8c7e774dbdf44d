# The json module: encoding and decoding, options, errors as 3.2 has them.
import json
import json.decoder
import json.encoder
import json.scanner

def error_of(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

# round trips
doc = {'a': [1, 2.5, -3, True, False, None, 'x\u00e9\U0001d11e'],
       'nested': {'k': [[], {}, [{}]]}, 'big': 12345678901234567890,
       'esc': 'quote " backslash \\ nl \n tab \t ctrl \x01 del \x7f'}
for kwargs in ({}, {'indent': 2}, {'ensure_ascii': False},
               {'separators': (',', ':')}, {'sort_keys': True, 'indent': '\t'}):
    text = json.dumps(doc, **kwargs)
    assert json.loads(text) == doc, kwargs
assert json.__version__ == '2.0.9'

# exact output
assert json.dumps([1, 'a', None, True, 1.5]) == '[1, "a", null, true, 1.5]'
assert json.dumps((1, 2)) == '[1, 2]'
assert json.dumps({'b': 1, 'a': 2}, sort_keys=True) == '{"a": 2, "b": 1}'
assert json.dumps({'b': [1, {}], 'a': []}, sort_keys=True, indent=2) == \
    '{\n  "a": [], \n  "b": [\n    1, \n    {}\n  ]\n}'
assert json.dumps([1, [2]], indent='--') == '[\n--1, \n--[\n----2\n--]\n]'
assert json.dumps([1, 2], indent=0) == '[\n1, \n2\n]'
assert json.dumps([1, 2], separators=(',', ':'), indent=1) == '[\n 1,\n 2\n]'
assert json.dumps({'a': 1}, separators=(';', '=')) == '{"a"=1}'
assert json.dumps('caf\u00e9 \U0001d11e "\\ \x01\n') == \
    '"caf\\u00e9 \\ud834\\udd1e \\"\\\\ \\u0001\\n"'
assert json.dumps('caf\u00e9 "\x01', ensure_ascii=False) == '"caf\u00e9 \\"\\u0001"'
assert json.dumps(['\x7f']) == '["\\u007f"]'
assert json.dumps([float('nan'), float('inf'), -float('inf')]) == '[NaN, Infinity, -Infinity]'
assert json.dumps(1e100) == '1e+100' and json.dumps(0.1) == '0.1'
assert json.dumps({1: 'a'}) == '{"1": "a"}'
assert json.dumps({2.5: 'a'}) == '{"2.5": "a"}'
assert json.dumps({None: 'a'}) == '{"null": "a"}'
assert json.dumps({False: 'a'}) == '{"false": "a"}'
assert json.dumps({(1, 2): 3}, skipkeys=True) == '{}'
assert json.dumps(set([1]), default=sorted) == '[1]'

class Half(float):
    def __repr__(self):
        return 'half'

class Seven(int):
    def __str__(self):
        return 'seven'

assert json.dumps([Half(0.5), Seven(7)]) == '[half, seven]'
assert json.dumps({Seven(7): 1}) == '{"seven": 1}'

# encoder errors: the compact encoder and the indenting one word them
# differently in 3.2
assert error_of(json.dumps, object())[0] == 'TypeError'
assert error_of(json.dumps, object())[1].endswith(' is not JSON serializable')
assert error_of(json.dumps, {(1, 2): 3}) == ('TypeError', 'keys must be a string')
assert error_of(json.dumps, {(1, 2): 3}, indent=1) == ('TypeError', 'key (1, 2) is not a string')
assert error_of(json.dumps, [float('nan')], allow_nan=False) == \
    ('ValueError', 'Out of range float values are not JSON compliant')
assert error_of(json.dumps, [float('inf')], allow_nan=False, indent=1) == \
    ('ValueError', 'Out of range float values are not JSON compliant: inf')
loop = []
loop.append(loop)
assert error_of(json.dumps, loop) == ('ValueError', 'Circular reference detected')
d = {}
d['self'] = d
assert error_of(json.dumps, d, indent=2) == ('ValueError', 'Circular reference detected')
assert error_of(json.dumps, [object()], default=lambda o: o) == \
    ('ValueError', 'Circular reference detected')
assert error_of(json.dumps, {'a': 1}, foo=1) == \
    ('TypeError', "__init__() got an unexpected keyword argument 'foo'")

# decoding
assert json.loads('{"\u00e9": "\u4e2d", "x": [true, false, null, -1.25e-3]}') == \
    {'\u00e9': '\u4e2d', 'x': [True, False, None, -0.00125]}
assert json.loads('123456789012345678901234') == 123456789012345678901234
assert json.loads('[1.5, -0.0, 1E2, 1e-2, 0.5e+1]') == [1.5, -0.0, 100.0, 0.01, 5.0]
assert json.loads('"\\u00e9\\ud834\\udd1e\\/\\b"') == '\u00e9\U0001d11e/\b'
assert json.loads(' \n[1]\t ') == [1]
assert str(json.loads('NaN')) == 'nan' and json.loads('-Infinity') == -float('inf')
assert json.loads('{"a": 1, "a": 2}', object_pairs_hook=list) == [('a', 1), ('a', 2)]
assert json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=str) == {'a': '1.5', 'b': '2'}
assert json.loads('[1, NaN]', parse_constant=str) == [1, 'NaN']
assert json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)) == ['a']
assert json.loads('"a\tb"', strict=False) == 'a\tb'
assert json.JSONDecoder().raw_decode('[1] x') == ([1], 3)
assert json.decoder.scanstring('"abc" x', 1) == ('abc', 5)
assert json.scanner.make_scanner(json.JSONDecoder())('[1]', 0) == ([1], 3)
assert error_of(json.scanner.make_scanner(json.JSONDecoder()), 'x', 0) == ('StopIteration', '')

for text, message in [
        ('', 'No JSON object could be decoded'),
        ('{"a":}', 'No JSON object could be decoded'),
        ('[1,]', 'No JSON object could be decoded'),
        ('[1 2]', "Expecting ',' delimiter: line 1 column 4 (char 3)"),
        ('{"a" 1}', "Expecting ':' delimiter: line 1 column 6 (char 5)"),
        ('{a:1}', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)'),
        ('[1', 'Expecting object: line 1 column 2 (char 1)'),
        ('{"a":1', 'Expecting object: line 1 column 6 (char 5)'),
        ('"abc', 'Unterminated string starting at: line 1 column 1 (char 0)'),
        ('"a\\qb"', 'Invalid \\escape: line 1 column 3 (char 2)'),
        ('"a\\u12"', 'Invalid \\uXXXX escape: line 1 column 4 (char 3)'),
        ('"\\ud834"', 'Unpaired high surrogate: line 1 column 3 (char 2)'),
        ('"\\udd1e"', 'Unpaired low surrogate: line 1 column 3 (char 2)'),
        ('"a\tb"', 'Invalid control character at: line 1 column 3 (char 2)'),
        ('1 2', 'Extra data: line 1 column 3 - line 1 column 4 (char 2 - 3)'),
        ('[1]\n x', 'Extra data: line 2 column 2 - line 2 column 3 (char 5 - 6)'),
        ('1e', 'Extra data: line 1 column 2 - line 1 column 3 (char 1 - 2)'),
        ('"\u00e9\u00e9" x', 'Extra data: line 1 column 6 - line 1 column 7 (char 5 - 6)'),
        ('\n\n  [1, \n 2, x]', 'No JSON object could be decoded'),
        ]:
    assert error_of(json.loads, text) == ('ValueError', message), (text, error_of(json.loads, text))
assert error_of(json.loads, b'{}') == ('TypeError', "can't use a string pattern on a bytes-like object")
assert error_of(json.loads, '[' * 100000) == \
    ('RuntimeError', 'maximum recursion depth exceeded while decoding a JSON array from a unicode string')

# dump and load work on file-like objects
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

out = Sink()
json.dump({'k': [1, 2]}, out, sort_keys=True)
assert ''.join(out.parts) == '{"k": [1, 2]}'
assert json.load(Source('{"k": [1, 2]}')) == {'k': [1, 2]}

# subclassing
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return json.JSONEncoder.default(self, o)

assert json.dumps({'s': {3, 1}}, cls=SetEncoder) == '{"s": [1, 3]}'
assert SetEncoder(indent=1).encode([{2}]) == '[\n [\n  2\n ]\n]'

# the pure-Python pieces agree with the accelerated ones
assert json.decoder.py_scanstring('"ab\\n\\u00e9" x', 1) == ('ab\n\u00e9', 12)
assert json.encoder.py_encode_basestring_ascii('a\u00e9\U0001d11e"') == \
    json.encoder.encode_basestring_ascii('a\u00e9\U0001d11e"')
assert json.encoder.encode_basestring('a\u00e9"\n') == '"a\u00e9\\"\\n"'
