xs = [x * y for x in range(3) if x for y in range(x) if y]
ss = {s for s in xs}
ds = {k: v for k, v in zip(xs, ss)}
gs = (g for g in ds)
nested = [[a + b for b in range(a)] for a in range(3)]
gen_in_gen = ((c, d) for c in xs for d in (e for e in range(c)))

def in_function(seq, n):
    total = sum(t * n for t in seq)
    pairs = {p: [q for q in seq if q != p] for p in seq}
    return total, pairs

def yield_in_listcomp():
    return [(yield z) for z in range(2)]

lam = lambda m: [m + o for o in range(m)]
