from . import X
RAN = (__name__, __package__, X)
