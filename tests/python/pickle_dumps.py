# pickle.dumps gives the bytes CPython 3.2 gives, for every protocol
# (the expected pickles were written by CPython 3.2.6's pickle).
import hashlib
import pickle
import copyreg
import collections


class Plain:
    pass


class WithInit(object):
    def __init__(self):
        self.x = [1, 'a']


class Slotted(object):
    __slots__ = ('a', '__b', 'c')


class WithState(object):
    def __getstate__(self):
        return {'k': 1}

    def __setstate__(self, state):
        self.__dict__.update(state)


class NewArgs(object):
    def __new__(cls, *args):
        return object.__new__(cls)

    def __getnewargs__(self):
        return (1, 2)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class Reduces:
    def __reduce__(self):
        return (Reduces, ())


class ReducesToName:
    def __reduce__(self):
        return 'THE_INSTANCE'

THE_INSTANCE = ReducesToName()


class InitArgs:
    def __init__(self, a):
        self.a = a

    def __getinitargs__(self):
        return (self.a,)


def function():
    pass


def plain():
    p = Plain()
    p.v = 5
    return p


def slotted():
    s = Slotted()
    s.a = 1
    s._Slotted__b = 2
    return s


def newargs():
    n = NewArgs()
    n.z = 3
    return n


def mylist():
    m = MyList([1, 2])
    m.attr = 'x'
    return m


def mydict():
    d = MyDict()
    d[1] = 2
    return d


def recursive_list():
    r = []
    r.append(r)
    return r


def recursive_tuple(n):
    t = ([],) + tuple(range(n - 1))
    t[0].append(t)
    return t


def shared():
    s = [1, 2]
    return [s, s, (s,)]


def shared_instance():
    p = plain()
    return [p, p]


# (expression, protocol, pickle or the exception it raises)
CASES = [
    ('0', 0,
     b'L0L\n.'),
    ('0', 1,
     b'K\x00.'),
    ('0', 2,
     b'\x80\x02K\x00.'),
    ('0', 3,
     b'\x80\x03K\x00.'),
    ('1', 0,
     b'L1L\n.'),
    ('1', 1,
     b'K\x01.'),
    ('1', 2,
     b'\x80\x02K\x01.'),
    ('1', 3,
     b'\x80\x03K\x01.'),
    ('-1', 0,
     b'L-1L\n.'),
    ('-1', 1,
     b'J\xff\xff\xff\xff.'),
    ('-1', 2,
     b'\x80\x02J\xff\xff\xff\xff.'),
    ('-1', 3,
     b'\x80\x03J\xff\xff\xff\xff.'),
    ('255', 0,
     b'L255L\n.'),
    ('255', 1,
     b'K\xff.'),
    ('255', 2,
     b'\x80\x02K\xff.'),
    ('255', 3,
     b'\x80\x03K\xff.'),
    ('256', 0,
     b'L256L\n.'),
    ('256', 1,
     b'M\x00\x01.'),
    ('256', 2,
     b'\x80\x02M\x00\x01.'),
    ('256', 3,
     b'\x80\x03M\x00\x01.'),
    ('65535', 0,
     b'L65535L\n.'),
    ('65535', 1,
     b'M\xff\xff.'),
    ('65535', 2,
     b'\x80\x02M\xff\xff.'),
    ('65535', 3,
     b'\x80\x03M\xff\xff.'),
    ('65536', 0,
     b'L65536L\n.'),
    ('65536', 1,
     b'J\x00\x00\x01\x00.'),
    ('65536', 2,
     b'\x80\x02J\x00\x00\x01\x00.'),
    ('65536', 3,
     b'\x80\x03J\x00\x00\x01\x00.'),
    ('2**31-1', 0,
     b'L2147483647L\n.'),
    ('2**31-1', 1,
     b'J\xff\xff\xff\x7f.'),
    ('2**31-1', 2,
     b'\x80\x02J\xff\xff\xff\x7f.'),
    ('2**31-1', 3,
     b'\x80\x03J\xff\xff\xff\x7f.'),
    ('2**31', 0,
     b'L2147483648L\n.'),
    ('2**31', 1,
     b'L2147483648L\n.'),
    ('2**31', 2,
     b'\x80\x02L2147483648L\n.'),
    ('2**31', 3,
     b'\x80\x03L2147483648L\n.'),
    ('-2**31', 0,
     b'L-2147483648L\n.'),
    ('-2**31', 1,
     b'J\x00\x00\x00\x80.'),
    ('-2**31', 2,
     b'\x80\x02J\x00\x00\x00\x80.'),
    ('-2**31', 3,
     b'\x80\x03J\x00\x00\x00\x80.'),
    ('-2**31-1', 0,
     b'L-2147483649L\n.'),
    ('-2**31-1', 1,
     b'L-2147483649L\n.'),
    ('-2**31-1', 2,
     b'\x80\x02L-2147483649L\n.'),
    ('-2**31-1', 3,
     b'\x80\x03L-2147483649L\n.'),
    ('2**63-1', 0,
     b'L9223372036854775807L\n.'),
    ('2**63-1', 1,
     b'L9223372036854775807L\n.'),
    ('2**63-1', 2,
     b'\x80\x02L9223372036854775807L\n.'),
    ('2**63-1', 3,
     b'\x80\x03L9223372036854775807L\n.'),
    ('2**63', 0,
     b'L9223372036854775808L\n.'),
    ('2**63', 1,
     b'L9223372036854775808L\n.'),
    ('2**63', 2,
     b'\x80\x02\x8a\t\x00\x00\x00\x00\x00\x00\x00\x80\x00.'),
    ('2**63', 3,
     b'\x80\x03\x8a\t\x00\x00\x00\x00\x00\x00\x00\x80\x00.'),
    ('-2**63', 0,
     b'L-9223372036854775808L\n.'),
    ('-2**63', 1,
     b'L-9223372036854775808L\n.'),
    ('-2**63', 2,
     b'\x80\x02L-9223372036854775808L\n.'),
    ('-2**63', 3,
     b'\x80\x03L-9223372036854775808L\n.'),
    ('-2**63-1', 0,
     b'L-9223372036854775809L\n.'),
    ('-2**63-1', 1,
     b'L-9223372036854775809L\n.'),
    ('-2**63-1', 2,
     b'\x80\x02\x8a\t\xff\xff\xff\xff\xff\xff\xff\x7f\xff.'),
    ('-2**63-1', 3,
     b'\x80\x03\x8a\t\xff\xff\xff\xff\xff\xff\xff\x7f\xff.'),
    ('2**64', 0,
     b'L18446744073709551616L\n.'),
    ('2**64', 1,
     b'L18446744073709551616L\n.'),
    ('2**64', 2,
     b'\x80\x02\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\x01.'),
    ('2**64', 3,
     b'\x80\x03\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\x01.'),
    ('-2**100', 0,
     b'L-1267650600228229401496703205376L\n.'),
    ('-2**100', 1,
     b'L-1267650600228229401496703205376L\n.'),
    ('-2**100', 2,
     b'\x80\x02\x8a\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0.'),
    ('-2**100', 3,
     b'\x80\x03\x8a\r\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0.'),
    ('-128', 0,
     b'L-128L\n.'),
    ('-128', 1,
     b'J\x80\xff\xff\xff.'),
    ('-128', 2,
     b'\x80\x02J\x80\xff\xff\xff.'),
    ('-128', 3,
     b'\x80\x03J\x80\xff\xff\xff.'),
    ('-129', 0,
     b'L-129L\n.'),
    ('-129', 1,
     b'J\x7f\xff\xff\xff.'),
    ('-129', 2,
     b'\x80\x02J\x7f\xff\xff\xff.'),
    ('-129', 3,
     b'\x80\x03J\x7f\xff\xff\xff.'),
    ('2**2047', 0,
     (621, '7e38c18d9e2aad4b939dc4f6ffa6c8698e813fb8')),
    ('2**2047', 1,
     (621, '7e38c18d9e2aad4b939dc4f6ffa6c8698e813fb8')),
    ('2**2047', 2,
     (265, '8b18339502f3ae3ca7932c43f8eee52a67ada174')),
    ('2**2047', 3,
     (265, '0c417b2891c153fe7ba601e40ae87c3825b7b6cf')),
    ('-2**2047', 0,
     (622, '728b685d48d57b946baf813caa2002e214662a45')),
    ('-2**2047', 1,
     (622, '728b685d48d57b946baf813caa2002e214662a45')),
    ('-2**2047', 2,
     (264, 'a079c7674f1df12d8677ab74b77b31146e5be52f')),
    ('-2**2047', 3,
     (264, 'e89c6003407018669d488989216e82b35755bdff')),
    ('10**300', 0,
     (305, '51653434b66347d847c2bdd96e605ac218310776')),
    ('10**300', 1,
     (305, '51653434b66347d847c2bdd96e605ac218310776')),
    ('10**300', 2,
     b'\x80\x02\x8a}\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
     b'\x00\x10\xdd\xf4R\tE]\xe1B\xb4\xae.4\xb3\xa3o\xa3\xcd?nz(\xb4\xf7w\xc1K\xd0\xc8\xd2g\xe0\xf8\xa8\xaeg;\xc9\xad'
     b'\xb3V\xc8l\x0b\x9d\x9d\x95\x00\xc1H[=\x8a\xbeJ\xf46\xd9RM\xe8\xdbq\xc5!\x1c\xf9\t\x81EJj\xd8\xaa\xd7|L\xe1\x08'
     b'\x9c\xa5\x9bu\x00\x88<\xe4\x17.'),
    ('10**300', 3,
     b'\x80\x03\x8a}\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
     b'\x00\x10\xdd\xf4R\tE]\xe1B\xb4\xae.4\xb3\xa3o\xa3\xcd?nz(\xb4\xf7w\xc1K\xd0\xc8\xd2g\xe0\xf8\xa8\xaeg;\xc9\xad'
     b'\xb3V\xc8l\x0b\x9d\x9d\x95\x00\xc1H[=\x8a\xbeJ\xf46\xd9RM\xe8\xdbq\xc5!\x1c\xf9\t\x81EJj\xd8\xaa\xd7|L\xe1\x08'
     b'\x9c\xa5\x9bu\x00\x88<\xe4\x17.'),
    ('1.5', 0,
     b'F1.5\n.'),
    ('1.5', 1,
     b'G?\xf8\x00\x00\x00\x00\x00\x00.'),
    ('1.5', 2,
     b'\x80\x02G?\xf8\x00\x00\x00\x00\x00\x00.'),
    ('1.5', 3,
     b'\x80\x03G?\xf8\x00\x00\x00\x00\x00\x00.'),
    ('-0.0', 0,
     b'F-0\n.'),
    ('-0.0', 1,
     b'G\x80\x00\x00\x00\x00\x00\x00\x00.'),
    ('-0.0', 2,
     b'\x80\x02G\x80\x00\x00\x00\x00\x00\x00\x00.'),
    ('-0.0', 3,
     b'\x80\x03G\x80\x00\x00\x00\x00\x00\x00\x00.'),
    ('0.1', 0,
     b'F0.10000000000000001\n.'),
    ('0.1', 1,
     b'G?\xb9\x99\x99\x99\x99\x99\x9a.'),
    ('0.1', 2,
     b'\x80\x02G?\xb9\x99\x99\x99\x99\x99\x9a.'),
    ('0.1', 3,
     b'\x80\x03G?\xb9\x99\x99\x99\x99\x99\x9a.'),
    ('1e300', 0,
     b'F1.0000000000000001e+300\n.'),
    ('1e300', 1,
     b'G~7\xe4<\x88\x00u\x9c.'),
    ('1e300', 2,
     b'\x80\x02G~7\xe4<\x88\x00u\x9c.'),
    ('1e300', 3,
     b'\x80\x03G~7\xe4<\x88\x00u\x9c.'),
    ('1e-300', 0,
     b'F1e-300\n.'),
    ('1e-300', 1,
     b'G\x01\xa5n\x1f\xc2\xf8\xf3Y.'),
    ('1e-300', 2,
     b'\x80\x02G\x01\xa5n\x1f\xc2\xf8\xf3Y.'),
    ('1e-300', 3,
     b'\x80\x03G\x01\xa5n\x1f\xc2\xf8\xf3Y.'),
    ("float('inf')", 0,
     b'Finf\n.'),
    ("float('inf')", 1,
     b'G\x7f\xf0\x00\x00\x00\x00\x00\x00.'),
    ("float('inf')", 2,
     b'\x80\x02G\x7f\xf0\x00\x00\x00\x00\x00\x00.'),
    ("float('inf')", 3,
     b'\x80\x03G\x7f\xf0\x00\x00\x00\x00\x00\x00.'),
    ("float('-inf')", 0,
     b'F-inf\n.'),
    ("float('-inf')", 1,
     b'G\xff\xf0\x00\x00\x00\x00\x00\x00.'),
    ("float('-inf')", 2,
     b'\x80\x02G\xff\xf0\x00\x00\x00\x00\x00\x00.'),
    ("float('-inf')", 3,
     b'\x80\x03G\xff\xf0\x00\x00\x00\x00\x00\x00.'),
    ("'abc'", 0,
     b'Vabc\np0\n.'),
    ("'abc'", 1,
     b'X\x03\x00\x00\x00abcq\x00.'),
    ("'abc'", 2,
     b'\x80\x02X\x03\x00\x00\x00abcq\x00.'),
    ("'abc'", 3,
     b'\x80\x03X\x03\x00\x00\x00abcq\x00.'),
    ("'\\xe9\\n\\\\'", 0,
     b'V\xe9\\u000a\\u005c\np0\n.'),
    ("'\\xe9\\n\\\\'", 1,
     b'X\x04\x00\x00\x00\xc3\xa9\n\\q\x00.'),
    ("'\\xe9\\n\\\\'", 2,
     b'\x80\x02X\x04\x00\x00\x00\xc3\xa9\n\\q\x00.'),
    ("'\\xe9\\n\\\\'", 3,
     b'\x80\x03X\x04\x00\x00\x00\xc3\xa9\n\\q\x00.'),
    ("'\\x00\\u1234\\U00012345'", 0,
     b'V\x00\\u1234\\U00012345\np0\n.'),
    ("'\\x00\\u1234\\U00012345'", 1,
     b'X\x08\x00\x00\x00\x00\xe1\x88\xb4\xf0\x92\x8d\x85q\x00.'),
    ("'\\x00\\u1234\\U00012345'", 2,
     b'\x80\x02X\x08\x00\x00\x00\x00\xe1\x88\xb4\xf0\x92\x8d\x85q\x00.'),
    ("'\\x00\\u1234\\U00012345'", 3,
     b'\x80\x03X\x08\x00\x00\x00\x00\xe1\x88\xb4\xf0\x92\x8d\x85q\x00.'),
    ("'\\udc80'", 0,
     b'V\\udc80\np0\n.'),
    ("'\\udc80'", 1,
     b'X\x03\x00\x00\x00\xed\xb2\x80q\x00.'),
    ("'\\udc80'", 2,
     b'\x80\x02X\x03\x00\x00\x00\xed\xb2\x80q\x00.'),
    ("'\\udc80'", 3,
     b'\x80\x03X\x03\x00\x00\x00\xed\xb2\x80q\x00.'),
    ("''", 0,
     b'V\np0\n.'),
    ("''", 1,
     b'X\x00\x00\x00\x00q\x00.'),
    ("''", 2,
     b'\x80\x02X\x00\x00\x00\x00q\x00.'),
    ("''", 3,
     b'\x80\x03X\x00\x00\x00\x00q\x00.'),
    ("'a' * 300", 0,
     (306, '2918f5acb3a82091af9fd2f76d405c723ea180b0')),
    ("'a' * 300", 1,
     (308, 'a6281e762f77e11022219f8315300d5c7924b34e')),
    ("'a' * 300", 2,
     (310, 'c393b917d5e929aa26f4eb5c816e709637a2f496')),
    ("'a' * 300", 3,
     (310, '38676aea7f5526011efa07197ce054ce71adb574')),
    ("b''", 0,
     b'c__builtin__\nbytes\np0\n(tRp1\n.'),
    ("b''", 1,
     b'c__builtin__\nbytes\nq\x00)Rq\x01.'),
    ("b''", 2,
     b'\x80\x02c__builtin__\nbytes\nq\x00)Rq\x01.'),
    ("b''", 3,
     b'\x80\x03C\x00q\x00.'),
    ("b'abc'", 0,
     b'c_codecs\nencode\np0\n(Vabc\np1\nVlatin1\np2\ntp3\nRp4\n.'),
    ("b'abc'", 1,
     b'c_codecs\nencode\nq\x00(X\x03\x00\x00\x00abcq\x01X\x06\x00\x00\x00latin1'
     b'q\x02tq\x03Rq\x04.'),
    ("b'abc'", 2,
     b'\x80\x02c_codecs\nencode\nq\x00X\x03\x00\x00\x00abcq\x01X\x06\x00\x00\x00latin'
     b'1q\x02\x86q\x03Rq\x04.'),
    ("b'abc'", 3,
     b'\x80\x03C\x03abcq\x00.'),
    ("b'x' * 300", 0,
     (345, 'ca0241b7bc81153030817d5f61a0102679469372')),
    ("b'x' * 300", 1,
     (346, '0adcba9c3005aded16c064679c248013e567223e')),
    ("b'x' * 300", 2,
     (347, '6288cbf9e3c80d146efb310d70aebce3429f7c62')),
    ("b'x' * 300", 3,
     (310, '32badfd3c049867673c0a36f18c569c66321e3a2')),
    ("b'\\xff\\x00'", 0,
     b'c_codecs\nencode\np0\n(V\xff\x00\np1\nVlatin1\np2\ntp'
     b'3\nRp4\n.'),
    ("b'\\xff\\x00'", 1,
     b'c_codecs\nencode\nq\x00(X\x03\x00\x00\x00\xc3\xbf\x00q\x01X\x06\x00\x00\x00latin1'
     b'q\x02tq\x03Rq\x04.'),
    ("b'\\xff\\x00'", 2,
     b'\x80\x02c_codecs\nencode\nq\x00X\x03\x00\x00\x00\xc3\xbf\x00q\x01X\x06\x00\x00\x00latin'
     b'1q\x02\x86q\x03Rq\x04.'),
    ("b'\\xff\\x00'", 3,
     b'\x80\x03C\x02\xff\x00q\x00.'),
    ("bytearray(b'ab')", 0,
     b'c__builtin__\nbytearray\np0\n(Vab\np1\nVlatin'
     b'-1\np2\ntp3\nRp4\n.'),
    ("bytearray(b'ab')", 1,
     b'c__builtin__\nbytearray\nq\x00(X\x02\x00\x00\x00abq\x01X\x07\x00\x00\x00'
     b'latin-1q\x02tq\x03Rq\x04.'),
    ("bytearray(b'ab')", 2,
     b'\x80\x02c__builtin__\nbytearray\nq\x00X\x02\x00\x00\x00abq\x01X\x07\x00\x00'
     b'\x00latin-1q\x02\x86q\x03Rq\x04.'),
    ("bytearray(b'ab')", 3,
     b'\x80\x03cbuiltins\nbytearray\nq\x00X\x02\x00\x00\x00abq\x01X\x07\x00\x00\x00la'
     b'tin-1q\x02\x86q\x03Rq\x04.'),
    ('None', 0,
     b'N.'),
    ('None', 1,
     b'N.'),
    ('None', 2,
     b'\x80\x02N.'),
    ('None', 3,
     b'\x80\x03N.'),
    ('True', 0,
     b'I01\n.'),
    ('True', 1,
     b'I01\n.'),
    ('True', 2,
     b'\x80\x02\x88.'),
    ('True', 3,
     b'\x80\x03\x88.'),
    ('False', 0,
     b'I00\n.'),
    ('False', 1,
     b'I00\n.'),
    ('False', 2,
     b'\x80\x02\x89.'),
    ('False', 3,
     b'\x80\x03\x89.'),
    ('()', 0,
     b'(t.'),
    ('()', 1,
     b').'),
    ('()', 2,
     b'\x80\x02).'),
    ('()', 3,
     b'\x80\x03).'),
    ('(1,)', 0,
     b'(L1L\ntp0\n.'),
    ('(1,)', 1,
     b'(K\x01tq\x00.'),
    ('(1,)', 2,
     b'\x80\x02K\x01\x85q\x00.'),
    ('(1,)', 3,
     b'\x80\x03K\x01\x85q\x00.'),
    ('(1, 2)', 0,
     b'(L1L\nL2L\ntp0\n.'),
    ('(1, 2)', 1,
     b'(K\x01K\x02tq\x00.'),
    ('(1, 2)', 2,
     b'\x80\x02K\x01K\x02\x86q\x00.'),
    ('(1, 2)', 3,
     b'\x80\x03K\x01K\x02\x86q\x00.'),
    ('(1, 2, 3)', 0,
     b'(L1L\nL2L\nL3L\ntp0\n.'),
    ('(1, 2, 3)', 1,
     b'(K\x01K\x02K\x03tq\x00.'),
    ('(1, 2, 3)', 2,
     b'\x80\x02K\x01K\x02K\x03\x87q\x00.'),
    ('(1, 2, 3)', 3,
     b'\x80\x03K\x01K\x02K\x03\x87q\x00.'),
    ('(1, 2, 3, 4)', 0,
     b'(L1L\nL2L\nL3L\nL4L\ntp0\n.'),
    ('(1, 2, 3, 4)', 1,
     b'(K\x01K\x02K\x03K\x04tq\x00.'),
    ('(1, 2, 3, 4)', 2,
     b'\x80\x02(K\x01K\x02K\x03K\x04tq\x00.'),
    ('(1, 2, 3, 4)', 3,
     b'\x80\x03(K\x01K\x02K\x03K\x04tq\x00.'),
    ('((), [])', 0,
     b'((t(lp0\ntp1\n.'),
    ('((), [])', 1,
     b'()]q\x00tq\x01.'),
    ('((), [])', 2,
     b'\x80\x02)]q\x00\x86q\x01.'),
    ('((), [])', 3,
     b'\x80\x03)]q\x00\x86q\x01.'),
    ('(1, (2, (3, (4,))))', 0,
     b'(L1L\n(L2L\n(L3L\n(L4L\ntp0\ntp1\ntp2\ntp3\n.'),
    ('(1, (2, (3, (4,))))', 1,
     b'(K\x01(K\x02(K\x03(K\x04tq\x00tq\x01tq\x02tq\x03.'),
    ('(1, (2, (3, (4,))))', 2,
     b'\x80\x02K\x01K\x02K\x03K\x04\x85q\x00\x86q\x01\x86q\x02\x86q\x03.'),
    ('(1, (2, (3, (4,))))', 3,
     b'\x80\x03K\x01K\x02K\x03K\x04\x85q\x00\x86q\x01\x86q\x02\x86q\x03.'),
    ('[]', 0,
     b'(lp0\n.'),
    ('[]', 1,
     b']q\x00.'),
    ('[]', 2,
     b'\x80\x02]q\x00.'),
    ('[]', 3,
     b'\x80\x03]q\x00.'),
    ('[1]', 0,
     b'(lp0\nL1L\na.'),
    ('[1]', 1,
     b']q\x00K\x01a.'),
    ('[1]', 2,
     b'\x80\x02]q\x00K\x01a.'),
    ('[1]', 3,
     b'\x80\x03]q\x00K\x01a.'),
    ('[1, 2]', 0,
     b'(lp0\nL1L\naL2L\na.'),
    ('[1, 2]', 1,
     b']q\x00(K\x01K\x02e.'),
    ('[1, 2]', 2,
     b'\x80\x02]q\x00(K\x01K\x02e.'),
    ('[1, 2]', 3,
     b'\x80\x03]q\x00(K\x01K\x02e.'),
    ('list(range(1000))', 0,
     (6896, '5fa8f749edaabfe2150f9ab0e2767f2919da7a96')),
    ('list(range(1000))', 1,
     (2750, '6efdcd085f8bd34bba7e27aff0793375d958ac5a')),
    ('list(range(1000))', 2,
     (2752, '84497235d78a0e9dc737f79a4716ac2071e8b386')),
    ('list(range(1000))', 3,
     (2752, '22bc2bd63d9b1888bc44378b575bd4b3a8702ee2')),
    ('list(range(1001))', 0,
     (6904, '43fa62c097a012e7db12434473e34e607754ce0f')),
    ('list(range(1001))', 1,
     (2755, 'aa45cbcdb97ca9d95646cdb42567b101931265bb')),
    ('list(range(1001))', 2,
     (2757, '67474ebb1124676bc439f02e588c80203e25c007')),
    ('list(range(1001))', 3,
     (2757, 'b83ecc004cd103c7bdaa5914fc10d1dfd42281de')),
    ('list(range(2001))', 0,
     (14904, 'c2c470a10ffeee8069f54129ccf169908c43e1df')),
    ('list(range(2001))', 1,
     (5757, '039403512c82f34e0796813be815a41464e474aa')),
    ('list(range(2001))', 2,
     (5759, 'c15868fa1dfa623dc210008307c631f08fab35e7')),
    ('list(range(2001))', 3,
     (5759, '6ec8b697c6008bee32713e729936ceb785a020aa')),
    ('{}', 0,
     b'(dp0\n.'),
    ('{}', 1,
     b'}q\x00.'),
    ('{}', 2,
     b'\x80\x02}q\x00.'),
    ('{}', 3,
     b'\x80\x03}q\x00.'),
    ("{'a': 1}", 0,
     b'(dp0\nVa\np1\nL1L\ns.'),
    ("{'a': 1}", 1,
     b'}q\x00X\x01\x00\x00\x00aq\x01K\x01s.'),
    ("{'a': 1}", 2,
     b'\x80\x02}q\x00X\x01\x00\x00\x00aq\x01K\x01s.'),
    ("{'a': 1}", 3,
     b'\x80\x03}q\x00X\x01\x00\x00\x00aq\x01K\x01s.'),
    ('{i: None for i in range(1000)}', 0,
     (7896, '3328453bfa439c52b6c4cf5885bac9d29144c871')),
    ('{i: None for i in range(1000)}', 1,
     (3752, 'eed856c814af8f7a665c0a12e5465d11c8c7906b')),
    ('{i: None for i in range(1000)}', 2,
     (3754, 'c22c3148e92866bc4899a89c28ca2ae4eddd383c')),
    ('{i: None for i in range(1000)}', 3,
     (3754, '332de6ba7ab066bc0e05368e2d26ba19205ad590')),
    ('{i: i for i in range(1001)}', 0,
     (12801, '93361bd396e6a05fc640ac646378b911bdd269b7')),
    ('{i: i for i in range(1001)}', 1,
     (5502, '6970085b9649bfd3f69de3e4598f2dc1bb66933c')),
    ('{i: i for i in range(1001)}', 2,
     (5504, '76c1618c8fcacb227500791b3fb9f1253ebbf4a9')),
    ('{i: i for i in range(1001)}', 3,
     (5504, '015674aab541a5065bd81f80f95a38bf3a0126d5')),
    ('set()', 0,
     b'c__builtin__\nset\np0\n((lp1\ntp2\nRp3\n.'),
    ('set()', 1,
     b'c__builtin__\nset\nq\x00(]q\x01tq\x02Rq\x03.'),
    ('set()', 2,
     b'\x80\x02c__builtin__\nset\nq\x00]q\x01\x85q\x02Rq\x03.'),
    ('set()', 3,
     b'\x80\x03cbuiltins\nset\nq\x00]q\x01\x85q\x02Rq\x03.'),
    ('frozenset()', 0,
     b'c__builtin__\nfrozenset\np0\n((lp1\ntp2\nRp3\n.'),
    ('frozenset()', 1,
     b'c__builtin__\nfrozenset\nq\x00(]q\x01tq\x02Rq\x03.'),
    ('frozenset()', 2,
     b'\x80\x02c__builtin__\nfrozenset\nq\x00]q\x01\x85q\x02Rq\x03.'),
    ('frozenset()', 3,
     b'\x80\x03cbuiltins\nfrozenset\nq\x00]q\x01\x85q\x02Rq\x03.'),
    ('{1, 2}', 0,
     b'c__builtin__\nset\np0\n((lp1\nL1L\naL2L\natp2\nRp3\n.'),
    ('{1, 2}', 1,
     b'c__builtin__\nset\nq\x00(]q\x01(K\x01K\x02etq\x02Rq\x03.'),
    ('{1, 2}', 2,
     b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'),
    ('{1, 2}', 3,
     b'\x80\x03cbuiltins\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'),
    ('frozenset([3])', 0,
     b'c__builtin__\nfrozenset\np0\n((lp1\nL3L\natp2\nRp3\n.'),
    ('frozenset([3])', 1,
     b'c__builtin__\nfrozenset\nq\x00(]q\x01K\x03atq\x02Rq\x03.'),
    ('frozenset([3])', 2,
     b'\x80\x02c__builtin__\nfrozenset\nq\x00]q\x01K\x03a\x85q\x02Rq\x03.'),
    ('frozenset([3])', 3,
     b'\x80\x03cbuiltins\nfrozenset\nq\x00]q\x01K\x03a\x85q\x02Rq\x03.'),
    ('complex(1, 2)', 0,
     b'c__builtin__\ncomplex\np0\n(F1\nF2\ntp1\nRp2\n.'),
    ('complex(1, 2)', 1,
     b'c__builtin__\ncomplex\nq\x00(G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00'
     b'\x00\x00tq\x01Rq\x02.'),
    ('complex(1, 2)', 2,
     b'\x80\x02c__builtin__\ncomplex\nq\x00G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00'
     b'\x00\x00\x00\x86q\x01Rq\x02.'),
    ('complex(1, 2)', 3,
     b'\x80\x03cbuiltins\ncomplex\nq\x00G?\xf0\x00\x00\x00\x00\x00\x00G@\x00\x00\x00\x00\x00\x00\x00'
     b'\x86q\x01Rq\x02.'),
    ('plain()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nP'
     b'lain\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n'
     b'(dp5\nVv\np6\nL5L\nsb.'),
    ('plain()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nPl'
     b'ain\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q\x05X\x01'
     b'\x00\x00\x00vq\x06K\x05sb.'),
    ('plain()', 2,
     b'\x80\x02c__main__\nPlain\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00vq\x03K\x05sb.'),
    ('plain()', 3,
     b'\x80\x03c__main__\nPlain\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00vq\x03K\x05sb.'),
    ('shared_instance()', 0,
     b'(lp0\nccopy_reg\n_reconstructor\np1\n(c__mai'
     b'n__\nPlain\np2\nc__builtin__\nobject\np3\nNtp4'
     b'\nRp5\n(dp6\nVv\np7\nL5L\nsbag5\na.'),
    ('shared_instance()', 1,
     b']q\x00(ccopy_reg\n_reconstructor\nq\x01(c__main_'
     b'_\nPlain\nq\x02c__builtin__\nobject\nq\x03Ntq\x04Rq\x05}'
     b'q\x06X\x01\x00\x00\x00vq\x07K\x05sbh\x05e.'),
    ('shared_instance()', 2,
     b'\x80\x02]q\x00(c__main__\nPlain\nq\x01)\x81q\x02}q\x03X\x01\x00\x00\x00vq\x04K'
     b'\x05sbh\x02e.'),
    ('shared_instance()', 3,
     b'\x80\x03]q\x00(c__main__\nPlain\nq\x01)\x81q\x02}q\x03X\x01\x00\x00\x00vq\x04K'
     b'\x05sbh\x02e.'),
    ('WithInit()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nW'
     b'ithInit\np1\nc__builtin__\nobject\np2\nNtp3\nR'
     b'p4\n(dp5\nVx\np6\n(lp7\nL1L\naVa\np8\nasb.'),
    ('WithInit()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nWi'
     b'thInit\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q'
     b'\x05X\x01\x00\x00\x00xq\x06]q\x07(K\x01X\x01\x00\x00\x00aq\x08esb.'),
    ('WithInit()', 2,
     b'\x80\x02c__main__\nWithInit\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00xq\x03]q'
     b'\x04(K\x01X\x01\x00\x00\x00aq\x05esb.'),
    ('WithInit()', 3,
     b'\x80\x03c__main__\nWithInit\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00xq\x03]q'
     b'\x04(K\x01X\x01\x00\x00\x00aq\x05esb.'),
    ('slotted()', 0,
     'TypeError: a class that defines __slots__ without defining __getstate__ cannot be pickled'),
    ('slotted()', 1,
     'TypeError: a class that defines __slots__ without defining __getstate__ cannot be pickled'),
    ('slotted()', 2,
     b'\x80\x02c__main__\nSlotted\nq\x00)\x81q\x01N}q\x02(X\x01\x00\x00\x00aq\x03K'
     b'\x01X\x0b\x00\x00\x00_Slotted__bq\x04K\x02u\x86q\x05b.'),
    ('slotted()', 3,
     b'\x80\x03c__main__\nSlotted\nq\x00)\x81q\x01N}q\x02(X\x01\x00\x00\x00aq\x03K'
     b'\x01X\x0b\x00\x00\x00_Slotted__bq\x04K\x02u\x86q\x05b.'),
    ('WithState()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nW'
     b'ithState\np1\nc__builtin__\nobject\np2\nNtp3\n'
     b'Rp4\n(dp5\nVk\np6\nL1L\nsb.'),
    ('WithState()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nWi'
     b'thState\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}'
     b'q\x05X\x01\x00\x00\x00kq\x06K\x01sb.'),
    ('WithState()', 2,
     b'\x80\x02c__main__\nWithState\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00kq\x03K'
     b'\x01sb.'),
    ('WithState()', 3,
     b'\x80\x03c__main__\nWithState\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00kq\x03K'
     b'\x01sb.'),
    ('newargs()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nN'
     b'ewArgs\np1\nc__builtin__\nobject\np2\nNtp3\nRp'
     b'4\n(dp5\nVz\np6\nL3L\nsb.'),
    ('newargs()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nNe'
     b'wArgs\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q\x05'
     b'X\x01\x00\x00\x00zq\x06K\x03sb.'),
    ('newargs()', 2,
     b'\x80\x02c__main__\nNewArgs\nq\x00K\x01K\x02\x86q\x01\x81q\x02}q\x03X\x01\x00\x00\x00'
     b'zq\x04K\x03sb.'),
    ('newargs()', 3,
     b'\x80\x03c__main__\nNewArgs\nq\x00K\x01K\x02\x86q\x01\x81q\x02}q\x03X\x01\x00\x00\x00'
     b'zq\x04K\x03sb.'),
    ('mylist()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nM'
     b'yList\np1\nc__builtin__\nlist\np2\n(lp3\nL1L\na'
     b'L2L\natp4\nRp5\n(dp6\nVattr\np7\nVx\np8\nsb.'),
    ('mylist()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nMy'
     b'List\nq\x01c__builtin__\nlist\nq\x02]q\x03(K\x01K\x02etq\x04R'
     b'q\x05}q\x06X\x04\x00\x00\x00attrq\x07X\x01\x00\x00\x00xq\x08sb.'),
    ('mylist()', 2,
     b'\x80\x02c__main__\nMyList\nq\x00)\x81q\x01(K\x01K\x02e}q\x02X\x04\x00\x00\x00a'
     b'ttrq\x03X\x01\x00\x00\x00xq\x04sb.'),
    ('mylist()', 3,
     b'\x80\x03c__main__\nMyList\nq\x00)\x81q\x01(K\x01K\x02e}q\x02X\x04\x00\x00\x00a'
     b'ttrq\x03X\x01\x00\x00\x00xq\x04sb.'),
    ('mydict()', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nM'
     b'yDict\np1\nc__builtin__\ndict\np2\n(dp3\nL1L\nL'
     b'2L\nstp4\nRp5\n.'),
    ('mydict()', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nMy'
     b'Dict\nq\x01c__builtin__\ndict\nq\x02}q\x03K\x01K\x02stq\x04Rq'
     b'\x05.'),
    ('mydict()', 2,
     b'\x80\x02c__main__\nMyDict\nq\x00)\x81q\x01K\x01K\x02s}q\x02b.'),
    ('mydict()', 3,
     b'\x80\x03c__main__\nMyDict\nq\x00)\x81q\x01K\x01K\x02s}q\x02b.'),
    ('MyInt(5)', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nM'
     b'yInt\np1\nc__builtin__\nlong\np2\nL5L\ntp3\nRp4'
     b'\n.'),
    ('MyInt(5)', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nMy'
     b'Int\nq\x01c__builtin__\nlong\nq\x02K\x05tq\x03Rq\x04.'),
    ('MyInt(5)', 2,
     b'\x80\x02c__main__\nMyInt\nq\x00K\x05\x85q\x01\x81q\x02}q\x03b.'),
    ('MyInt(5)', 3,
     b'\x80\x03c__main__\nMyInt\nq\x00K\x05\x85q\x01\x81q\x02}q\x03b.'),
    ("MyStr('q')", 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nM'
     b'yStr\np1\nc__builtin__\nbasestring\np2\nVq\np3'
     b'\ntp4\nRp5\n.'),
    ("MyStr('q')", 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nMy'
     b'Str\nq\x01c__builtin__\nbasestring\nq\x02X\x01\x00\x00\x00qq\x03'
     b'tq\x04Rq\x05.'),
    ("MyStr('q')", 2,
     b'\x80\x02c__main__\nMyStr\nq\x00X\x01\x00\x00\x00qq\x01\x85q\x02\x81q\x03}q\x04b.'),
    ("MyStr('q')", 3,
     b'\x80\x03c__main__\nMyStr\nq\x00X\x01\x00\x00\x00qq\x01\x85q\x02\x81q\x03}q\x04b.'),
    ('MyTuple((1, 2))', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nM'
     b'yTuple\np1\nc__builtin__\ntuple\np2\n(L1L\nL2L'
     b'\ntp3\ntp4\nRp5\n.'),
    ('MyTuple((1, 2))', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nMy'
     b'Tuple\nq\x01c__builtin__\ntuple\nq\x02(K\x01K\x02tq\x03tq\x04'
     b'Rq\x05.'),
    ('MyTuple((1, 2))', 2,
     b'\x80\x02c__main__\nMyTuple\nq\x00K\x01K\x02\x86q\x01\x85q\x02\x81q\x03}q\x04b.'),
    ('MyTuple((1, 2))', 3,
     b'\x80\x03c__main__\nMyTuple\nq\x00K\x01K\x02\x86q\x01\x85q\x02\x81q\x03}q\x04b.'),
    ('Reduces()', 0,
     b'c__main__\nReduces\np0\n(tRp1\n.'),
    ('Reduces()', 1,
     b'c__main__\nReduces\nq\x00)Rq\x01.'),
    ('Reduces()', 2,
     b'\x80\x02c__main__\nReduces\nq\x00)Rq\x01.'),
    ('Reduces()', 3,
     b'\x80\x03c__main__\nReduces\nq\x00)Rq\x01.'),
    ('THE_INSTANCE', 0,
     b'c__main__\nTHE_INSTANCE\np0\n.'),
    ('THE_INSTANCE', 1,
     b'c__main__\nTHE_INSTANCE\nq\x00.'),
    ('THE_INSTANCE', 2,
     b'\x80\x02c__main__\nTHE_INSTANCE\nq\x00.'),
    ('THE_INSTANCE', 3,
     b'\x80\x03c__main__\nTHE_INSTANCE\nq\x00.'),
    ('InitArgs(4)', 0,
     b'ccopy_reg\n_reconstructor\np0\n(c__main__\nI'
     b'nitArgs\np1\nc__builtin__\nobject\np2\nNtp3\nR'
     b'p4\n(dp5\nVa\np6\nL4L\nsb.'),
    ('InitArgs(4)', 1,
     b'ccopy_reg\n_reconstructor\nq\x00(c__main__\nIn'
     b'itArgs\nq\x01c__builtin__\nobject\nq\x02Ntq\x03Rq\x04}q'
     b'\x05X\x01\x00\x00\x00aq\x06K\x04sb.'),
    ('InitArgs(4)', 2,
     b'\x80\x02c__main__\nInitArgs\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00aq\x03K\x04'
     b'sb.'),
    ('InitArgs(4)', 3,
     b'\x80\x03c__main__\nInitArgs\nq\x00)\x81q\x01}q\x02X\x01\x00\x00\x00aq\x03K\x04'
     b'sb.'),
    ('Plain', 0,
     b'c__main__\nPlain\np0\n.'),
    ('Plain', 1,
     b'c__main__\nPlain\nq\x00.'),
    ('Plain', 2,
     b'\x80\x02c__main__\nPlain\nq\x00.'),
    ('Plain', 3,
     b'\x80\x03c__main__\nPlain\nq\x00.'),
    ('WithInit', 0,
     b'c__main__\nWithInit\np0\n.'),
    ('WithInit', 1,
     b'c__main__\nWithInit\nq\x00.'),
    ('WithInit', 2,
     b'\x80\x02c__main__\nWithInit\nq\x00.'),
    ('WithInit', 3,
     b'\x80\x03c__main__\nWithInit\nq\x00.'),
    ('len', 0,
     b'c__builtin__\nlen\np0\n.'),
    ('len', 1,
     b'c__builtin__\nlen\nq\x00.'),
    ('len', 2,
     b'\x80\x02c__builtin__\nlen\nq\x00.'),
    ('len', 3,
     b'\x80\x03cbuiltins\nlen\nq\x00.'),
    ('function', 0,
     b'c__main__\nfunction\np0\n.'),
    ('function', 1,
     b'c__main__\nfunction\nq\x00.'),
    ('function', 2,
     b'\x80\x02c__main__\nfunction\nq\x00.'),
    ('function', 3,
     b'\x80\x03c__main__\nfunction\nq\x00.'),
    ('type(None)', 0,
     "PicklingError: Can't pickle <class 'NoneType'>: attribute lookup builtins.NoneType failed"),
    ('type(None)', 1,
     "PicklingError: Can't pickle <class 'NoneType'>: attribute lookup builtins.NoneType failed"),
    ('type(None)', 2,
     "PicklingError: Can't pickle <class 'NoneType'>: attribute lookup builtins.NoneType failed"),
    ('type(None)', 3,
     "PicklingError: Can't pickle <class 'NoneType'>: attribute lookup builtins.NoneType failed"),
    ('recursive_list()', 0,
     b'(lp0\ng0\na.'),
    ('recursive_list()', 1,
     b']q\x00h\x00a.'),
    ('recursive_list()', 2,
     b'\x80\x02]q\x00h\x00a.'),
    ('recursive_list()', 3,
     b'\x80\x03]q\x00h\x00a.'),
    ('recursive_tuple(1)', 0,
     b'((lp0\n(g0\ntp1\na00g1\n.'),
    ('recursive_tuple(1)', 1,
     b'(]q\x00(h\x00tq\x01a1h\x01.'),
    ('recursive_tuple(1)', 2,
     b'\x80\x02]q\x00h\x00\x85q\x01a0h\x01.'),
    ('recursive_tuple(1)', 3,
     b'\x80\x03]q\x00h\x00\x85q\x01a0h\x01.'),
    ('recursive_tuple(4)', 0,
     b'((lp0\n(g0\nL0L\nL1L\nL2L\ntp1\naL0L\nL1L\nL2L\n0'
     b'0000g1\n.'),
    ('recursive_tuple(4)', 1,
     b'(]q\x00(h\x00K\x00K\x01K\x02tq\x01aK\x00K\x01K\x021h\x01.'),
    ('recursive_tuple(4)', 2,
     b'\x80\x02(]q\x00(h\x00K\x00K\x01K\x02tq\x01aK\x00K\x01K\x021h\x01.'),
    ('recursive_tuple(4)', 3,
     b'\x80\x03(]q\x00(h\x00K\x00K\x01K\x02tq\x01aK\x00K\x01K\x021h\x01.'),
    ('shared()', 0,
     b'(lp0\n(lp1\nL1L\naL2L\naag1\na(g1\ntp2\na.'),
    ('shared()', 1,
     b']q\x00(]q\x01(K\x01K\x02eh\x01(h\x01tq\x02e.'),
    ('shared()', 2,
     b'\x80\x02]q\x00(]q\x01(K\x01K\x02eh\x01h\x01\x85q\x02e.'),
    ('shared()', 3,
     b'\x80\x03]q\x00(]q\x01(K\x01K\x02eh\x01h\x01\x85q\x02e.'),
    ('range(3)', 0,
     b'c__builtin__\nxrange\np0\n(L0L\nL3L\nL1L\ntp1\nRp2\n.'),
    ('range(3)', 1,
     b'c__builtin__\nxrange\nq\x00(K\x00K\x03K\x01tq\x01Rq\x02.'),
    ('range(3)', 2,
     b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x03K\x01\x87q\x01Rq\x02.'),
    ('range(3)', 3,
     b'\x80\x03cbuiltins\nrange\nq\x00K\x00K\x03K\x01\x87q\x01Rq\x02.'),
    ('range(1, 10, 2)', 0,
     b'c__builtin__\nxrange\np0\n(L1L\nL10L\nL2L\ntp1\nRp2\n.'),
    ('range(1, 10, 2)', 1,
     b'c__builtin__\nxrange\nq\x00(K\x01K\nK\x02tq\x01Rq\x02.'),
    ('range(1, 10, 2)', 2,
     b'\x80\x02c__builtin__\nxrange\nq\x00K\x01K\nK\x02\x87q\x01Rq\x02.'),
    ('range(1, 10, 2)', 3,
     b'\x80\x03cbuiltins\nrange\nq\x00K\x01K\nK\x02\x87q\x01Rq\x02.'),
    ('slice(1, 2)', 0,
     b'c__builtin__\nslice\np0\n(L1L\nL2L\nNtp1\nRp2\n.'),
    ('slice(1, 2)', 1,
     b'c__builtin__\nslice\nq\x00(K\x01K\x02Ntq\x01Rq\x02.'),
    ('slice(1, 2)', 2,
     b'\x80\x02c__builtin__\nslice\nq\x00K\x01K\x02N\x87q\x01Rq\x02.'),
    ('slice(1, 2)', 3,
     b'\x80\x03cbuiltins\nslice\nq\x00K\x01K\x02N\x87q\x01Rq\x02.'),
    ('collections.OrderedDict([(1, 2)])', 0,
     b'cUserString\nOrderedDict\np0\n((lp1\n(lp2\nL1'
     b'L\naL2L\naatp3\nRp4\n.'),
    ('collections.OrderedDict([(1, 2)])', 1,
     b'cUserString\nOrderedDict\nq\x00(]q\x01]q\x02(K\x01K\x02ea'
     b'tq\x03Rq\x04.'),
    ('collections.OrderedDict([(1, 2)])', 2,
     b'\x80\x02cUserString\nOrderedDict\nq\x00]q\x01]q\x02(K\x01K\x02e'
     b'a\x85q\x03Rq\x04.'),
    ('collections.OrderedDict([(1, 2)])', 3,
     b'\x80\x03ccollections\nOrderedDict\nq\x00]q\x01]q\x02(K\x01K\x02'
     b'ea\x85q\x03Rq\x04.'),
    ('[[[[]]]]', 0,
     b'(lp0\n(lp1\n(lp2\n(lp3\naaa.'),
    ('[[[[]]]]', 1,
     b']q\x00]q\x01]q\x02]q\x03aaa.'),
    ('[[[[]]]]', 2,
     b'\x80\x02]q\x00]q\x01]q\x02]q\x03aaa.'),
    ('[[[[]]]]', 3,
     b'\x80\x03]q\x00]q\x01]q\x02]q\x03aaa.'),
    ("('latin1', 'latin1')", 0,
     b'(Vlatin1\np0\ng0\ntp1\n.'),
    ("('latin1', 'latin1')", 1,
     b'(X\x06\x00\x00\x00latin1q\x00h\x00tq\x01.'),
    ("('latin1', 'latin1')", 2,
     b'\x80\x02X\x06\x00\x00\x00latin1q\x00h\x00\x86q\x01.'),
    ("('latin1', 'latin1')", 3,
     b'\x80\x03X\x06\x00\x00\x00latin1q\x00h\x00\x86q\x01.'),
    ('[1.5, 1.5]', 0,
     b'(lp0\nF1.5\naF1.5\na.'),
    ('[1.5, 1.5]', 1,
     b']q\x00(G?\xf8\x00\x00\x00\x00\x00\x00G?\xf8\x00\x00\x00\x00\x00\x00e.'),
    ('[1.5, 1.5]', 2,
     b'\x80\x02]q\x00(G?\xf8\x00\x00\x00\x00\x00\x00G?\xf8\x00\x00\x00\x00\x00\x00e.'),
    ('[1.5, 1.5]', 3,
     b'\x80\x03]q\x00(G?\xf8\x00\x00\x00\x00\x00\x00G?\xf8\x00\x00\x00\x00\x00\x00e.'),
    ("{'x': ('y',)}", 0,
     b'(dp0\nVx\np1\n(Vy\np2\ntp3\ns.'),
    ("{'x': ('y',)}", 1,
     b'}q\x00X\x01\x00\x00\x00xq\x01(X\x01\x00\x00\x00yq\x02tq\x03s.'),
    ("{'x': ('y',)}", 2,
     b'\x80\x02}q\x00X\x01\x00\x00\x00xq\x01X\x01\x00\x00\x00yq\x02\x85q\x03s.'),
    ("{'x': ('y',)}", 3,
     b'\x80\x03}q\x00X\x01\x00\x00\x00xq\x01X\x01\x00\x00\x00yq\x02\x85q\x03s.'),
    ("[b'a', b'b']", 0,
     b'(lp0\nc_codecs\nencode\np1\n(Va\np2\nVlatin1\np'
     b'3\ntp4\nRp5\nag1\n(Vb\np6\ng3\ntp7\nRp8\na.'),
    ("[b'a', b'b']", 1,
     b']q\x00(c_codecs\nencode\nq\x01(X\x01\x00\x00\x00aq\x02X\x06\x00\x00\x00lati'
     b'n1q\x03tq\x04Rq\x05h\x01(X\x01\x00\x00\x00bq\x06h\x03tq\x07Rq\x08e.'),
    ("[b'a', b'b']", 2,
     b'\x80\x02]q\x00(c_codecs\nencode\nq\x01X\x01\x00\x00\x00aq\x02X\x06\x00\x00\x00lat'
     b'in1q\x03\x86q\x04Rq\x05h\x01X\x01\x00\x00\x00bq\x06h\x03\x86q\x07Rq\x08e.'),
    ("[b'a', b'b']", 3,
     b'\x80\x03]q\x00(C\x01aq\x01C\x01bq\x02e.'),
    ('copyreg._reconstructor', 0,
     b'ccopy_reg\n_reconstructor\np0\n.'),
    ('copyreg._reconstructor', 1,
     b'ccopy_reg\n_reconstructor\nq\x00.'),
    ('copyreg._reconstructor', 2,
     b'\x80\x02ccopy_reg\n_reconstructor\nq\x00.'),
    ('copyreg._reconstructor', 3,
     b'\x80\x03ccopyreg\n_reconstructor\nq\x00.'),
]


def check():
    failures = []
    for expr, proto, expected in CASES:
        try:
            got = pickle.dumps(eval(expr), proto)
            if len(got) > 160:
                got = (len(got), hashlib.sha1(got).hexdigest())
        except Exception as e:
            got = '%s: %s' % (type(e).__name__, e)
        if got != expected:
            failures.append((expr, proto, got, expected))
    assert not failures, failures[:3]
    # The pickles load back to equal values.
    for expr, proto, expected in CASES:
        if not isinstance(expected, str):
            data = pickle.dumps(eval(expr), proto)
            value = pickle.loads(data)
            again = pickle.dumps(value, proto)
            assert again == data, (expr, proto, again, data)

check()
