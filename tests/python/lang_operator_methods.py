# Binary operators on instances of classes: the order in which the
# operands' methods are tried (the left operand's, a subclass's reflected
# method first, the right operand's reflected one after NotImplemented),
# augmented assignment with and without __iadd__, methods that are not
# plain functions, and the TypeError when nothing applies.
import unittest

log = []


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        log.append(('V.add', type(other).__name__))
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __sub__(self, other):
        log.append(('V.sub', type(other).__name__))
        return NotImplemented

    def __rsub__(self, other):
        log.append(('V.rsub', type(other).__name__))
        return 'rsub'

    def __mul__(self, k):
        return V(self.x * k)


class W(V):
    def __radd__(self, other):
        log.append(('W.radd', type(other).__name__))
        return 'W.radd'


class Plain:
    pass


class R:
    def __radd__(self, other):
        log.append(('R.radd', type(other).__name__))
        return 'R.radd'

    def __rsub__(self, other):
        log.append(('R.rsub', type(other).__name__))
        return NotImplemented


class IA(V):
    def __iadd__(self, other):
        log.append(('IA.iadd', type(other).__name__))
        return 'iadd'


class F(float):
    pass


class Counter:
    calls = 0

    def __add__(self, other):
        Counter.calls += 1
        return NotImplemented


def raised(f):
    try:
        f()
    except TypeError as e:
        return str(e)
    return None


class OperatorMethodTests(unittest.TestCase):
    def setUp(self):
        del log[:]

    def test_same_class(self):
        r = V(1) + V(2)
        self.assertEqual(r.x, 3)
        self.assertEqual(log, [('V.add', 'V')])

    def test_builtin_right_operand(self):
        self.assertEqual((V(1) + 2).x, 3)
        self.assertEqual((V(1) + 2.5).x, 3.5)
        self.assertEqual((V(2) * 3).x, 6)
        self.assertEqual(log, [('V.add', 'int'), ('V.add', 'float')])

    def test_float_subclass_right_operand(self):
        self.assertEqual((V(1) + F(2.0)).x, 3.0)
        self.assertEqual(log, [('V.add', 'F')])

    def test_subclass_reflected_first(self):
        self.assertEqual(V(1) + W(2), 'W.radd')
        self.assertEqual(log, [('W.radd', 'V')])

    def test_reflected_after_not_implemented(self):
        self.assertEqual(V(1) + R(), 'R.radd')
        self.assertEqual(log, [('V.add', 'R'), ('R.radd', 'V')])

    def test_not_implemented_everywhere(self):
        msg = raised(lambda: V(1) - R())
        self.assertEqual(msg, "unsupported operand type(s) for -: 'V' and 'R'")
        self.assertEqual(log, [('V.sub', 'R'), ('R.rsub', 'V')])

    def test_same_class_reflected_not_tried(self):
        msg = raised(lambda: V(1) - V(2))
        self.assertEqual(msg, "unsupported operand type(s) for -: 'V' and 'V'")
        self.assertEqual(log, [('V.sub', 'V')])

    def test_builtin_operand_not_implemented(self):
        self.assertEqual(raised(lambda: V(1) + 'a'), "unsupported operand type(s) for +: 'V' and 'str'")
        self.assertEqual(raised(lambda: V(1) + Plain()), "unsupported operand type(s) for +: 'V' and 'Plain'")

    def test_called_once(self):
        Counter.calls = 0
        self.assertEqual(raised(lambda: Counter() + Counter()),
                         "unsupported operand type(s) for +: 'Counter' and 'Counter'")
        self.assertEqual(Counter.calls, 1)
        x = Counter()
        try:
            x += 1
        except TypeError as e:
            self.assertEqual(str(e), "unsupported operand type(s) for +=: 'Counter' and 'int'")
        else:
            self.fail('no TypeError')
        self.assertEqual(Counter.calls, 2)

    def test_augmented(self):
        v = V(1)
        v += 2
        self.assertEqual(v.x, 3)
        a = IA(1)
        a += 5
        self.assertEqual(a, 'iadd')
        self.assertEqual(log, [('V.add', 'int'), ('IA.iadd', 'int')])

    def test_augmented_message(self):
        def f():
            v = V(1)
            v -= V(2)
        self.assertEqual(raised(f), "unsupported operand type(s) for -=: 'V' and 'V'")

    def test_method_replaced_on_class(self):
        class M:
            def __add__(self, o):
                return 1
        m = M()
        self.assertEqual(m + m, 1)
        M.__add__ = lambda self, o: 2
        self.assertEqual(m + m, 2)
        del M.__add__
        self.assertEqual(raised(lambda: m + m), "unsupported operand type(s) for +: 'M' and 'M'")

    def test_method_not_a_function(self):
        class S:
            __add__ = staticmethod(lambda b: ('static', b))
        s = S()
        self.assertEqual(s + 1, ('static', 1))

    def test_instance_attribute_ignored(self):
        v = V(1)
        v.__add__ = lambda o: 'instance'
        self.assertEqual((v + 1).x, 2)

    def test_exception_propagates(self):
        class E:
            def __mul__(self, o):
                raise KeyError(o)
        with self.assertRaises(KeyError):
            E() * 3


if __name__ == '__main__':
    assert unittest.main(exit=False).result.wasSuccessful()
