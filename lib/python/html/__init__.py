"""
General functions for HTML manipulation.
"""

_BASIC = {ord('&'): '&amp;', ord('<'): '&lt;', ord('>'): '&gt;'}
_WITH_QUOTES = dict(_BASIC)
_WITH_QUOTES[ord('"')] = '&quot;'
_WITH_QUOTES[ord("'")] = '&#x27;'


def escape(s, quote=True):
    """
    Replace the characters "&", "<" and ">" in s with HTML-safe entity
    references. When quote is true (the default), the double quote (")
    and the single quote (') are replaced too.
    """
    return s.translate(_WITH_QUOTES if quote else _BASIC)
