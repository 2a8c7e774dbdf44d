RAN = (__name__, __package__)
