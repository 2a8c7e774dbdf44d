# Imported by lang_imports.py: imports a module that does not exist.
import no_such_module_for_lang_imports
