if True:
    def f(*, kwonly):
        return kwonly
    class Q:
        pass
else:
    for t in ():
        pass
