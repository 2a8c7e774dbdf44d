# Control flow: if, while, for, break, continue, else clauses, constants.
def branches(a, b):
    if a:
        x = 1
    elif b:
        x = 2
    else:
        x = 3
    if a and b:
        x += 1
    if a or b:
        x += 2
    if not a:
        x += 3
    if a and (b or x):
        x += 4
    if (a or b) and x:
        x += 5
    if not (a and b):
        pass
    return x

def constant_tests():
    if 0:
        never()
    if 1:
        always()
    if True:
        t()
    if False:
        f()
    else:
        g()
    if None:
        pass
    if "":
        pass
    elif "x":
        h()
    if __debug__:
        debug()
    while 0:
        never()
    else:
        after()
    while 1:
        break
    while True:
        break
    if 2.5:
        pass
    if 0j:
        pass
    if ...:
        pass

def loops(seq):
    total = 0
    for x in seq:
        if x < 0:
            continue
        if x > 100:
            break
        total += x
    else:
        total = -1
    i = 0
    while i < 10:
        i += 1
        if i == 5:
            continue
        if i == 7:
            break
    else:
        i = 0
    for a, b in seq:
        for c in a:
            pass
    while seq:
        seq.pop()
    return total, i

def nested_continue(items):
    for x in items:
        try:
            if x:
                continue
        except ValueError:
            continue
        finally:
            pass
        with x:
            continue
    while items:
        try:
            continue
        finally:
            items = None

def ternary(a, b, c):
    return a if b else c

def chained(a, b, c, d):
    return a < b < c, a == b != c <= d, a in b not in c, a is b is not c

def boolean_values(a, b, c):
    x = a and b
    y = a or b or c
    z = a and b or c
    w = not a
    return x, y, z, w

def infinite():
    while 1:
        pass

def loop_else_return(s):
    for x in s:
        return x
    else:
        return None
