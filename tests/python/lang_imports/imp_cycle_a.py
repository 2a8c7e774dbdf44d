# Imported by lang_imports.py: a cycle with imp_cycle_b.
import imp_cycle_b
a_value = 'a'
seen_from_b = imp_cycle_b.b_saw_a_value
