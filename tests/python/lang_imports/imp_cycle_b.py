# Imported by lang_imports.py: a cycle with imp_cycle_a.
import imp_cycle_a
b_saw_a_value = hasattr(imp_cycle_a, 'a_value')
