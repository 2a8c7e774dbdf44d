# text_exprs_gen.py writes text_exprs.golden: each expression of
# text_exprs.txt with what CPython 3.2 gives for it (the repr of its value,
# or "ExcType: message"). Run it with CPython 3.2 from this directory:
#
#	python3.2 text_exprs_gen.py < text_exprs.txt > text_exprs.golden
import sys

assert sys.version_info[:2] == (3, 2)


def iterlist(x):
    return list(iter(x))


for line in sys.stdin:
    expr = line.rstrip('\n')
    if not expr.strip() or expr.startswith('#'):
        continue
    try:
        out = repr(eval(expr, {'iterlist': iterlist}))
    except Exception as e:
        out = '%s: %s' % (type(e).__name__, e)
    out = out.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')
    print('%s\t=> %s' % (expr, out))
