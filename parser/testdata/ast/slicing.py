# Subscripts and slices: simple, extended, ExtSlice, Ellipsis, steps.
a[0]
a[-1]
a[i + 1]
a[:]
a[::]
a[1:]
a[:2]
a[1:2]
a[::3]
a[1::3]
a[:2:3]
a[1:2:3]
a[1:2:]
a[::-1]
a[:,]
a[:, :]
a[1:2, 3]
a[1, 2:3]
a[1:2, ::3, 4]
a[..., 1]
a[...]
a[..., :]
a[:, ...]
a[1, 2]
a[1, 2,]
a[(1, 2)]
a[1,]
a[x, y:z:w]
a[b[c[d]]]
a[lambda: 0]
a[x if y else z : w]
a[f(x):g(y)]
a[:][:][:]
a[0][1][2]
a[0] = 1
a[1:2] = b
a[::2] = c
a[1:2, 3] = d
a[...] = e
del a[0]
del a[1:2]
del a[:, 1]
a[0] += 1
a[1:2] *= 2
x = a[1:2][3:4]
x = a.b[c].d[e:f]
x = (a)[b]
x = [1, 2, 3][1:]
x = 'abc'[::-1]
x = a[
    1:
    2
]
