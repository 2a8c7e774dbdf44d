# A small program that exercises a little of everything Taipan parses.
import sys


def greet(name, *, punctuation="!"):
    """Return a greeting for name."""
    return "Hello, " + name + punctuation


class Counter:
    def __init__(self, start=0):
        self.value = start

    def __iter__(self):
        while self.value < 3:
            self.value += 1
            yield self.value


if __name__ == "__main__":
    squares = {n: n ** 2 for n in Counter()}
    print(greet("world"), sorted(squares.items()), file=sys.stdout)
