# try/except/else/finally, raise, with, assert.
def handlers(f):
    try:
        f()
    except ValueError:
        pass
    except (TypeError, KeyError) as e:
        print(e)
    except:
        raise
    else:
        return 1
    finally:
        print("done")

def bare():
    try:
        pass
    except:
        pass

def named_only():
    try:
        x = 1
    except Exception as err:
        return err
    return x

def raises(e):
    raise
    raise e
    raise e from None
    raise ValueError("x") from e

def nested_try():
    try:
        try:
            a()
        finally:
            b()
    except Exception:
        try:
            c()
        except:
            d()
    finally:
        try:
            e()
        finally:
            f()

def withs(a, b):
    with a:
        pass
    with a as x:
        y = x
    with a as (p, q), b as r:
        pass
    with a as x.attr:
        pass
    return y

def asserts(x):
    assert x
    assert x, "message"
    assert x > 0, x

def return_in_finally():
    try:
        return 1
    finally:
        return 2

def break_in_try():
    for i in range(3):
        try:
            break
        finally:
            pass
        with i:
            break
