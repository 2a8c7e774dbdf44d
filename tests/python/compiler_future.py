# __future__: every feature of 3.2 with its releases and compiler flag,
# and the flags as compile() and co_flags use them.
from __future__ import division, print_function, absolute_import
import __future__

assert __future__.all_feature_names == [
    'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
    'print_function', 'unicode_literals', 'barry_as_FLUFL']
assert __future__.__all__ == ['all_feature_names'] + __future__.all_feature_names
expected = {
    'nested_scopes': ((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 0x10),
    'generators': ((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0),
    'division': ((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x2000),
    'absolute_import': ((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 0x4000),
    'with_statement': ((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 0x8000),
    'print_function': ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x10000),
    'unicode_literals': ((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x20000),
    'barry_as_FLUFL': ((3, 1, 0, 'alpha', 2), (3, 9, 0, 'alpha', 0), 0x40000),
}
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    optional, mandatory, flag = expected[name]
    assert feature.getOptionalRelease() == optional
    assert feature.getMandatoryRelease() == mandatory
    assert feature.compiler_flag == flag
    assert repr(feature) == '_Feature(%r, %r, %r)' % (optional, mandatory, flag)
    assert type(feature).__name__ == '_Feature'
assert division is __future__.division
assert (__future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED, __future__.CO_FUTURE_DIVISION,
        __future__.CO_FUTURE_ABSOLUTE_IMPORT, __future__.CO_FUTURE_WITH_STATEMENT,
        __future__.CO_FUTURE_PRINT_FUNCTION, __future__.CO_FUTURE_UNICODE_LITERALS,
        __future__.CO_FUTURE_BARRY_AS_BDFL) == (0x10, 0, 0x2000, 0x4000, 0x8000, 0x10000, 0x20000, 0x40000)

# compile() accepts every feature's flag and records it in co_flags;
# without dont_inherit the caller's flags are added.
for name in __future__.all_feature_names:
    flag = getattr(__future__, name).compiler_flag
    if flag & 0x7e000:
        assert compile("x", "<f>", "eval", flag).co_flags & flag
assert compile("x", "<f>", "eval", 0, True).co_flags & 0x7e000 == 0
inner = compile("y", "<f>", "eval", __future__.CO_FUTURE_DIVISION)
ns = {}
exec(compile("c = compile('z', '<g>', 'eval')\nd = compile('z', '<g>', 'eval', 0, 1)", "<f>", "exec",
             __future__.CO_FUTURE_DIVISION), ns)
assert ns['c'].co_flags & __future__.CO_FUTURE_DIVISION
assert not ns['d'].co_flags & __future__.CO_FUTURE_DIVISION

# Feature imports compile; unknown ones and misplaced ones do not.
for src, msg in (("from __future__ import nonsense", "future feature nonsense is not defined"),
                 ("from __future__ import braces", "not a chance"),
                 ("x = 1\nfrom __future__ import division", "from __future__ imports must occur at the beginning of the file")):
    try:
        compile(src, "<f>", "exec")
    except SyntaxError as e:
        assert e.msg == msg, e.msg
    else:
        raise AssertionError(src)
compile('"doc"\nfrom __future__ import with_statement, generators\n', "<f>", "exec")
