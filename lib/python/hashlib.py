"""hashlib module - A common interface to many hash functions.

new(name, data=b'') - returns a new hash object implementing the
                      given hash function; initializing the hash
                      using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), and sha512()

More algorithms may be available on your platform but the above are guaranteed
to exist.  See the algorithms_guaranteed and algorithms_available attributes
to find out what algorithm names can be passed to new().

NOTE: If you want the adler32 or crc32 hash functions they are available in
the zlib module.

Hash objects have these methods:
 - update(arg): Update the hash object with the bytes in arg. Repeated calls
                are equivalent to a single call with the concatenation of all
                the arguments.
 - digest():    Return the digest of the bytes passed to the update() method
                so far.
 - hexdigest(): Like digest() except the digest is returned as a unicode
                object of double length, containing only hexadecimal digits.
 - copy():      Return a copy (clone) of the hash object. This can be used to
                efficiently compute the digests of strings that share a common
                initial substring.

For example:

    >>> import hashlib
    >>> m = hashlib.md5()
    >>> m.update(b"Nobody inspects")
    >>> m.update(b" the spammish repetition")
    >>> m.digest()
    b'\\xbbd\\x9c\\x83\\xdd\\x1e\\xa5\\xc9\\xd9\\xde\\xc9\\xa1\\x8d\\xf0\\xff\\xe9'
"""

# The algorithms come from the built-in modules _md5, _sha1, _sha256 and
# _sha512 (Taipan has no OpenSSL binding, like a CPython 3.2 built
# without one).

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available')


def __get_builtin_constructor(name):
    # Both spellings are accepted: 'sha256' and 'SHA256'.
    try:
        if name in ('md5', 'MD5'):
            import _md5
            return _md5.md5
        if name in ('sha1', 'SHA1'):
            import _sha1
            return _sha1.sha1
        if name in ('sha224', 'SHA224'):
            import _sha256
            return _sha256.sha224
        if name in ('sha256', 'SHA256'):
            import _sha256
            return _sha256.sha256
        if name in ('sha384', 'SHA384'):
            import _sha512
            return _sha512.sha384
        if name in ('sha512', 'SHA512'):
            import _sha512
            return _sha512.sha512
    except ImportError:
        pass
    raise ValueError('unsupported hash type ' + name)


def new(name, data=b''):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be bytes).
    """
    return __get_builtin_constructor(name)(data)


for __name in __always_supported:
    globals()[__name] = __get_builtin_constructor(__name)

del __always_supported, __name
