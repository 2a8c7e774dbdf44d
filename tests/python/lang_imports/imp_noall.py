# Imported by lang_imports.py: without __all__, * skips underscore names.
public = 'p'
_underscore = 'u'
