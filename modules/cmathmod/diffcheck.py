# diffcheck.py prints cmath results for a grid of arguments (special values,
# signed zeros, tiny, huge and ordinary numbers), to be compared between
# CPython 3.2 and Taipan (compare.py allows a few ulps of difference).
import cmath
import math
import sys

INF, NAN = float('inf'), float('nan')
vals = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300,
        -1e-300, 5e-324, -5e-324, 1e300, -1e300, 1.7e308, -1.7e308, 0.999999,
        1.000001, 3.14159, -3.14159, 710.0, -710.0, 1e-8, 20.0, -20.0, 1e154, 1e-160]
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'acosh',
         'asinh', 'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh',
         'phase', 'polar', 'isinf', 'isnan', 'isfinite']
w = sys.stdout.write
for n in names + ['rect', 'logb']:
    for x in vals:
        for y in vals:
            try:
                if n == 'rect':
                    r = cmath.rect(x, y)
                elif n == 'logb':
                    r = cmath.log(complex(x, y), 2.5)
                else:
                    r = getattr(cmath, n)(complex(x, y))
                if isinstance(r, complex):
                    r = (r.real, r.imag)
                elif isinstance(r, tuple):
                    pass
                else:
                    r = (r,)
                out = ' '.join(float.hex(float(v)) for v in r)
            except (ValueError, OverflowError) as e:
                out = '%s(%s)' % (type(e).__name__, e)
            w('%s %r %r %s\n' % (n, x, y, out))
