# try/except/else/finally in every combination, raise forms.
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
try:
    pass
except (E, F):
    pass
try:
    pass
except (E, F) as e:
    pass
try:
    pass
except E:
    pass
except F as f:
    pass
except:
    pass
try:
    pass
except E:
    pass
else:
    pass
try:
    pass
except E:
    pass
else:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try: a
except: b
else: c
finally: d
try:
    try:
        pass
    finally:
        pass
except mod.Error as err:
    raise
try:
    x = 1
except E if cond else F:
    pass
except get_errors():
    pass
raise
raise E
raise E()
raise E("message")
raise E from None
raise E from cause
raise E("x") from ValueError("y")
def f():
    try:
        return 1
    finally:
        print("done")
def g():
    for i in x:
        try:
            continue
        except:
            break
        else:
            continue
        finally:
            pass
def h():
    while True:
        try:
            pass
        finally:
            break
