# `taipan -m test`: run the regression tests (see test.regrtest) from a
# temporary working directory, so that the files the tests make under
# support.TESTFN land there and not in the user's directory.
import os
from test import regrtest, support

_tmp = os.environ.get('TMPDIR') or '/tmp'
_cwd = os.path.join(_tmp, 'test_taipan_%d' % os.getpid())

with support.temp_cwd(_cwd, quiet=True):
    regrtest.main()
