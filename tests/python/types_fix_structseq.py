# struct_time(sequence, dict): the dict, when given at all, must be a dict.
import time, os
t = time.struct_time
for args, kw in [((), {}), ((None,), {}), (("123",), {}), (("123",), {"dict": {}}),
                 (("123456789",), {"dict": None}), (((1,) * 9, 5), {}),
                 (((1,) * 8,), {}), (((1,) * 10,), {})]:
    try:
        t(*args, **kw)
    except TypeError:
        pass
    else:
        raise AssertionError((args, kw))
try:
    t((1,) * 9, None)
except TypeError as e:
    assert str(e) == "time.struct_time() takes a dict as second arg, if any", str(e)
else:
    raise AssertionError("dict=None accepted")
assert "".join(t("123456789")) == "123456789"
assert t((1,) * 9, {}).tm_isdst == 1
r = os.stat_result((1,) * 10, {'st_blocks': 5})
assert r.st_blocks == 5
