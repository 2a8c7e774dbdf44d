# Imported by lang_imports.py: raises while being imported.
partial = True
raise ValueError('failed during import')
