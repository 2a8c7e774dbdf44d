# random and _random: the Mersenne Twister and every distribution give
# CPython 3.2's numbers for the same seed (expected values are 3.2's).
import random

def _seq(seed, f, n=3, **kw):
    r = random.Random()
    r.seed(seed, **kw)
    return [f(r) for i in range(n)]

class _Fixed(random.Random):
    def random(self):
        return 0.5

def _restored():
    r = random.Random(11)
    r.gauss(0, 1)
    st = r.getstate()
    a = [r.random(), r.gauss(0, 1)]
    r.setstate(st)
    return a == [r.random(), r.gauss(0, 1)]

def _v2state():
    r = random.Random(3)
    v, words, g = r.getstate()
    signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:-1]) + (words[-1],)
    r2 = random.Random()
    r2.setstate((2, signed, g))
    return r2.random() == r.random()

def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s from %r" % (exc.__name__, f))

assert (_seq(0, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.8444218515250481, 496037447641349049516, 41, -1), (0.9654648863619172, 1077380872654375207397, 802, -1), (0.9677999949201714, 1062225911392603021231, 929, -2)], '_seq(0, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq(1, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.13436424411240122, 900242893768093690591, 64, -1), (0.11791870367106105, 561693968798111919940, 667, 1), (0.7887233511355132, 27446110966363139724, 914, 1)], '_seq(1, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq(-1, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.13436424411240122, 900242893768093690591, 64, -1), (0.11791870367106105, 561693968798111919940, 667, 1), (0.7887233511355132, 27446110966363139724, 914, 1)], '_seq(-1, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq(12345678901234567890123, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.15803717805068784, 158181353150136487099, 664, 1), (0.19873054117758626, 90751020216968929912, 618, 5), (0.22596844594601528, 835017759026328162693, 967, 3)], '_seq(12345678901234567890123, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq('hello', lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.3537754404730722, 659623273764508623311, 113, -3), (0.35468270667706936, 781616848962836877589, 924, 5), (0.1603078556483024, 311681518223742958592, 830, -2)], "_seq('hello', lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))"
assert (_seq(b'hello', lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.3537754404730722, 659623273764508623311, 113, -3), (0.35468270667706936, 781616848962836877589, 924, 5), (0.1603078556483024, 311681518223742958592, 830, -2)], "_seq(b'hello', lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))"
assert (_seq(2**32, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.11299430095636409, 35689308314463032582, 23, 4), (0.8760931253853963, 983792738031007974241, 558, 2), (0.013998308316504615, 1121902545772283816000, 979, 1)], '_seq(2**32, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq(3.5, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.3039190124834461, 1087014891388089843740, 10, 4), (0.08019489925902512, 503859331723557267463, 421, -1), (0.046610649953046535, 500638897936323808759, 460, -5)], '_seq(3.5, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq((1, 2), lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.6982186713843088, 473059725774717447039, 231, 1), (0.5297374731943123, 895237050739676657198, 881, -4), (0.6322003488804641, 236189764248660040427, 587, 3)], '_seq((1, 2), lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq(-2**63, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))) == [(0.5534639983914199, 280562696833205017640, 992, 3), (0.08475572881914784, 596441726627705515572, 312, 2), (0.6511980643080132, 280210642233818165962, 26, 5)], '_seq(-2**63, lambda r: (r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5)))'
assert (_seq('hello', lambda r: r.random(), version=1) == _seq(hash('hello'), lambda r: r.random())) == True, "_seq('hello', lambda r: r.random(), version=1) == _seq(hash('hello'), lambda r: r.random())"
assert (_seq(42, lambda r: r.choice('abcdefg'), 5)) == ['f', 'a', 'a', 'f', 'c'], "_seq(42, lambda r: r.choice('abcdefg'), 5)"
assert (_seq(42, lambda r: [r.shuffle(l) or l for l in [list(range(20))]][0], 1)) == [[19, 5, 14, 4, 9, 13, 15, 18, 6, 12, 17, 10, 1, 11, 2, 16, 7, 8, 0, 3]], '_seq(42, lambda r: [r.shuffle(l) or l for l in [list(range(20))]][0], 1)'
assert (_seq(42, lambda r: (r.sample(range(100), 10), r.sample(range(1000000), 5), sorted(r.sample({1, 2, 3}, 2))), 1)) == [([81, 14, 3, 94, 35, 31, 28, 17, 13, 86], [776646, 935518, 571858, 91161, 619176], [1, 2])], '_seq(42, lambda r: (r.sample(range(100), 10), r.sample(range(1000000), 5), sorted(r.sample({1, 2, 3}, 2))), 1)'
assert (_seq(7, lambda r: (r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 3), r.gauss(0, 1), r.gauss(0, 1), r.normalvariate(2, 3)), 2)) == [(2.2953310593326495, 0.27463537092343177, 5.056864670352405, 1.112914852545535, 0.5446590190449835, 1.2661970387149242), (3.029742932757681, 0.13692271258265534, 3.703588153270707, 0.39476963461375775, 0.18532666042839877, -0.24356366274091235)], '_seq(7, lambda r: (r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 3), r.gauss(0, 1), r.gauss(0, 1), r.normalvariate(2, 3)), 2)'
assert (_seq(7, lambda r: (r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 0)), 2)) == [(0.700536891889423, 0.5262478090354634, 0.45513061209615324), (1.101909707901218, 0.029874431489150505, 3.188312743113666)], '_seq(7, lambda r: (r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 0)), 2)'
assert (_seq(7, lambda r: (r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2)), 2)) == [(0.1469943891854379, 0.8586925953849347, 1.9182820934607503, 0.3237159083566066, 1.3287885972209448, 0.26910081084111237), (0.011534489283096307, 0.3802588185826312, 2.500781262393852, 0.43940599715016365, 6.489554420050787, 0.21840918126897013)], '_seq(7, lambda r: (r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 2), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2)), 2)'
assert (_seq(9, lambda r: (r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65)), 2)) == [(49, 31, 0, 595022250, 5094453767, 118705820861498206, 9274692319059935286), (98, 85, 0, 2380573511, 8316713982, 754393686946194550, 6991677633929596524)], '_seq(9, lambda r: (r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65)), 2)'
assert (_seq(9, lambda r: r.randrange(10**30), 2)) == [346489468574909045049810986606, 860937728213418313038979092906], '_seq(9, lambda r: r.randrange(10**30), 2)'
assert (_seq(bytearray(b'ab'), lambda r: r.random(), 1)) == [0.5529343013539839], "_seq(bytearray(b'ab'), lambda r: r.random(), 1)"
assert (_Fixed(3).randrange(10)) == 6, '_Fixed(3).randrange(10)'
assert (_Fixed(3).choice('abc')) == 'b', "_Fixed(3).choice('abc')"
assert (_Fixed().sample(range(10), 3)) == [6, 7, 0], '_Fixed().sample(range(10), 3)'
assert (random.Random(5).getstate()[1][:3]) == (2147483648, 2796186638, 190942503), 'random.Random(5).getstate()[1][:3]'
assert (random.Random(5).getstate()[1][-1]) == 624, 'random.Random(5).getstate()[1][-1]'
assert (len(random.Random(5).getstate()[1])) == 625, 'len(random.Random(5).getstate()[1])'
assert (random.Random(5).getstate()[0]) == 3, 'random.Random(5).getstate()[0]'
assert (random.Random(5).getstate() == random.Random(5).getstate()) == True, 'random.Random(5).getstate() == random.Random(5).getstate()'
assert (0 <= random.SystemRandom().random() < 1) == True, '0 <= random.SystemRandom().random() < 1'
assert (random.SystemRandom().getrandbits(5) < 32) == True, 'random.SystemRandom().getrandbits(5) < 32'
assert (random.__all__) == ['Random', 'seed', 'random', 'uniform', 'randint', 'choice', 'sample', 'randrange', 'shuffle', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'triangular', 'gauss', 'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'SystemRandom'], 'random.__all__'
assert (_restored()) == True, '_restored()'
assert (_v2state()) == True, '_v2state()'
_raises(ValueError, 'empty range for randrange()', lambda: random.randrange(0))
_raises(ValueError, 'non-integer arg 1 for randrange()', lambda: random.randrange(1.5))
_raises(ValueError, 'empty range for randrange() (5,2, -3)', lambda: random.randrange(5, 2))
_raises(ValueError, 'zero step for randrange()', lambda: random.randrange(0, 10, 0))
_raises(ValueError, 'non-integer step for randrange()', lambda: random.randrange(0, 10, 1.5))
_raises(IndexError, 'Cannot choose from an empty sequence', lambda: random.choice([]))
_raises(ValueError, 'Sample larger than population', lambda: random.sample([1], 2))
_raises(TypeError, 'Population must be a sequence or set.  For dicts, use list(d).', lambda: random.sample({'a': 1}, 1))
_raises(ValueError, 'number of bits must be greater than zero', lambda: random.getrandbits(0))
_raises(TypeError, 'integer argument expected, got float', lambda: random.getrandbits(1.5))
_raises(ValueError, 'state vector is the wrong size', lambda: random.setstate((3, (1, 2), None)))
_raises(ValueError, 'state with version 4 passed to Random.setstate() of version 3', lambda: random.setstate((4, (), None)))
_raises(TypeError, 'state vector must be a tuple', lambda: random.Random().setstate((3, 5, None)))
_raises(ValueError, 'gammavariate: alpha and beta must be > 0.0', lambda: random.gammavariate(0, 1))
_raises(NotImplementedError, 'System entropy source does not have state.', lambda: random.SystemRandom().getstate())
_raises(TypeError, "unhashable type: 'list'", lambda: random.Random([]))
