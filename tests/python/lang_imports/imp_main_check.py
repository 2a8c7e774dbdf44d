# Imported by lang_imports.py: reports its own module globals.
import sys
info = (__name__, __file__.endswith('imp_main_check.py'), __doc__, type(__builtins__).__name__,
        sys.modules[__name__].__name__)
