# Assignment forms: chained, tuple and list targets, starred targets,
# attribute and subscript targets, augmented assignment with every operator.
x = 1
x = y = z = 1
x, y = 1, 2
x, y = y, x
(x, y) = (1, 2)
[x, y] = [1, 2]
x, = [1]
(x,) = [1]
[x] = [1]
x, (y, z) = 1, (2, 3)
[x, [y, (z, w)]] = a
x.y = 1
x.y.z = 1
x[0] = 1
x[0][1] = 1
x[0].y = 1
x.y[0] = 1
f().y = 1
f()[0] = 1
*x, = a
*x, y = a
x, *y = a
x, *y, z = a
[*x] = a
[x, *y] = a
(x, *y) = a
x, *y.z, w = a
x, *y[0], w = a
*(x, y), z = a
*[x, y], z = a
a, b = *c, d = e
x = yield_ = 1
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x <<= 1
x >>= 1
x &= 1
x ^= 1
x |= 1
x.y += 1
x[0] -= 1
x[1:2] *= 1
x.y.z **= 2
x += 1, 2
x += a if b else c
x = 1 if y else 2
def f():
    x = yield
    x += yield
    x = y = yield z
    x, y = yield
    x += (yield)
