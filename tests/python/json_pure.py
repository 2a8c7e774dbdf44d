# The json package's pure-Python encoder and scanner (used without _json)
# give what the accelerated ones give.
import json
import json.decoder
import json.encoder
import json.scanner

doc = {'a': [1, 2.5, -3, True, False, None, 'x\u00e9\U0001d11e', {}],
       'nested': {'k': [[], {}, [{'z': 'q"\\\n'}]]}, 'big': 12345678901234567890}
options = [{}, {'indent': 2, 'sort_keys': True}, {'ensure_ascii': False, 'sort_keys': True},
           {'separators': (',', ':'), 'sort_keys': True}, {'indent': '\t', 'sort_keys': True}]
fast = [json.dumps(doc, **kw) for kw in options]
saved = json.encoder.c_make_encoder
json.encoder.c_make_encoder = None
try:
    slow = [json.dumps(doc, **kw) for kw in options]
    loop = []
    loop.append(loop)
    try:
        json.dumps(loop)
    except ValueError as e:
        assert str(e) == 'Circular reference detected'
    else:
        assert False
    try:
        json.dumps({(1,): 2})
    except TypeError as e:
        assert str(e) == 'key (1,) is not a string'
    else:
        assert False
    assert json.dumps(set([2]), default=sorted) == '[2]'
finally:
    json.encoder.c_make_encoder = saved
assert fast == slow, (fast, slow)

decoder = json.JSONDecoder()
py_scan = json.scanner.py_make_scanner(decoder)
c_scan = json.scanner.make_scanner(decoder)
for text in ['[1, 2.5, "a\\u00e9", {"k": [true, false, null]}, {}, []]',
             '{"x": -1e3, "y": NaN, "z": "\\ud834\\udd1e"}', '"plain"', '  7']:
    start = len(text) - len(text.lstrip())
    assert py_scan(text, start) == c_scan(text, start), text

def error_of(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

assert error_of(py_scan, '[1 2]', 0) == ('ValueError', "Expecting ',' delimiter: line 1 column 5 (char 4)")
assert error_of(py_scan, '[1,]', 0) == ('ValueError', 'Expecting object: line 1 column 4 (char 3)')
assert error_of(py_scan, '{"a":1,}', 0) == \
    ('ValueError', 'Expecting property name enclosed in double quotes: line 1 column 8 (char 7)')
assert error_of(py_scan, '{"a":1 "b"}', 0) == ('ValueError', "Expecting ',' delimiter: line 1 column 8 (char 7)")
assert py_scan('{"a":1 , "b" : 2 }', 0) == ({'a': 1, 'b': 2}, 18)
assert error_of(py_scan, '{"a" 1}', 0) == ('ValueError', "Expecting ':' delimiter: line 1 column 6 (char 5)")
assert error_of(py_scan, '{1: 2}', 0) == \
    ('ValueError', 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)')
assert error_of(py_scan, '[', 0) == ('ValueError', 'Expecting object: line 1 column 2 (char 1)')
assert error_of(py_scan, '', 0) == ('StopIteration', '')
assert error_of(json.decoder.py_scanstring, '"ab', 1) == \
    ('ValueError', 'Unterminated string starting at: line 1 column 1 (char 0)')
assert error_of(json.decoder.py_scanstring, '"a\\x"', 1) == \
    ('ValueError', "Invalid \\escape: 'x': line 1 column 4 (char 3)")
