# Generates the tests/python/num_*.py scripts from the expression lists here
# by running each on CPython 3.2:
#   python3.2 gen.py int.txt "header" > ../../../tests/python/num_int.py
# exprs.txt: one expression per line; lines starting with "#" are comments
# copied through; lines starting with "!" are statements, run and copied.
import sys
src, header = sys.argv[1], sys.argv[2]
def tr(f):
    try:
        return repr(f())
    except BaseException as e:
        return type(e).__name__ + " " + str(e)
print('# ' + header)
print('# Generated from CPython 3.2 results; each check is one assert.')
print()
print('def tr(f):')
print('    try:')
print('        return repr(f())')
print('    except BaseException as e:')
print('        return type(e).__name__ + " " + str(e)')
print()
g = {'tr': tr, '__name__': '__main__'}
block = []
def flush():
    if block:
        exec('\n'.join(block) + '\n', g)
        del block[:]
for line in open(src, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.startswith('!'):
        flush()
    if not line.strip():
        print()
        continue
    if line.startswith('#'):
        print(line)
        continue
    if line.startswith('!'):
        stmt = line[1:]
        block.append(stmt)
        print(stmt)
        continue
    depth = 0
    top_comma = False
    quote = None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            top_comma = True
    if top_comma:
        line = '(' + line + ')'
    r = eval('tr(lambda: %s)' % line, g)
    print('r = tr(lambda: %s); assert r == %r, repr(r)' % (line, r))
flush()
