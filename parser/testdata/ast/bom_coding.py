# -*- coding: utf-8 -*-
# A UTF-8 file with both a byte order mark and a coding declaration.
s = 'é'
