"""String constants, capwords, and the Template and Formatter classes.

whitespace, ascii_lowercase, ascii_uppercase, ascii_letters, digits,
hexdigits, octdigits, punctuation and printable are strings of the ASCII
characters of each kind.
"""

# Taipan's string module, written for CPython 3.2's behaviour.

import _string

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (at sep, or at runs of whitespace), capitalize
    each, and join them with sep (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


####################################################################
# Template: $-substitution
####################################################################

import re as _re


class _multimap:
    """Look keys up in primary, then in secondary."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class _TemplateMetaclass(type):
    # The pattern every Template class gets unless it defines its own:
    # the delimiter followed by the delimiter again (escaped), a name,
    # a name in braces, or nothing acceptable (invalid).
    pattern = r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s) |
      (?P<named>%(id)s)      |
      {(?P<braced>%(id)s)}   |
      (?P<invalid>)
    )
    """

    def __init__(cls, name, bases, dct):
        super(_TemplateMetaclass, cls).__init__(name, bases, dct)
        if 'pattern' in dct:
            pattern = cls.pattern
        else:
            pattern = _TemplateMetaclass.pattern % {
                'delim': _re.escape(cls.delimiter),
                'id': cls.idpattern,
            }
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)


class Template(metaclass=_TemplateMetaclass):
    """A string with $-placeholders: $name or ${name} is replaced by the
    value of name, $$ by one $."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'
    flags = _re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(True)
        if lines:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        else:
            colno = lineno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        if kws:
            return _multimap(kws, args[0])
        return args[0]

    def substitute(self, *args, **kws):
        """The template with every placeholder replaced by its value from
        the mapping and keywords; KeyError for a missing name, ValueError
        for a misplaced delimiter."""
        mapping = self._mapping(args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return '%s' % (mapping[named],)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, *args, **kws):
        """As substitute, but a placeholder without a value, or a
        misplaced delimiter, stays as it is."""
        mapping = self._mapping(args, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return '%s' % (mapping[named],)
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)


####################################################################
# Formatter: str.format as a class whose steps can be overridden
####################################################################

class Formatter:
    """str.format's algorithm in overridable steps: parse, get_field,
    get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # The spec may itself hold fields ("{0:{1}}").
            spec = self._vformat(spec, args, kwargs, used_args,
                                 recursion_depth - 1)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces)

    def get_value(self, key, args, kwargs):
        """The argument key names: args[key] for an int, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments used; does nothing."""
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a conversion: None, 's', 'r' or 'a'."""
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)
        tuples; field_name is None after the final literal text."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to ("0.attr[key]"), and the key
        of the argument it starts from."""
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
