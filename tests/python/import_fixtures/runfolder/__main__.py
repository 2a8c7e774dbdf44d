import sys
RAN = (__name__, sys.argv[0])
