# text_exprs_gen.py writes text_exprs.golden: each expression of
# text_exprs.txt with what CPython 3.2 gives for it (the repr of its value,
# or "ExcType: message"). Run it with CPython 3.2 from this directory:
#
#	python3.2 text_exprs_gen.py < text_exprs.txt > text_exprs.golden
import _string
import sys

assert sys.version_info[:2] == (3, 2)


def iterlist(x):
    return list(iter(x))


def formatter_parser(s):
    return list(_string.formatter_parser(s))


def field_name_split(s):
    first, rest = _string.formatter_field_name_split(s)
    return first, list(rest)


for line in sys.stdin:
    expr = line.rstrip('\n')
    if not expr.strip() or expr.startswith('#'):
        continue
    try:
        out = repr(eval(expr, {'iterlist': iterlist, 'formatter_parser': formatter_parser,
                         'field_name_split': field_name_split}))
    except Exception as e:
        out = '%s: %s' % (type(e).__name__, e)
    out = out.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
    print('%s\t=> %s' % (expr, out))
