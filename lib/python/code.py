"""An interactive interpreter written in Python, to embed a prompt in a
program: InteractiveInterpreter compiles and runs source in a namespace
and reports errors as the real prompt does; InteractiveConsole adds the
prompts (sys.ps1, sys.ps2) and the buffering of unfinished statements;
interact() runs one.  Whether a statement is finished is decided by
codeop.
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace (self.locals); knows
    nothing of prompts or of where the source comes from."""

    def __init__(self, locals=None):
        """locals is the namespace to run in; by default a new dict with
        __name__ '__console__' and __doc__ None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile source and run it if it is complete.

        Returns True when more input is needed (nothing was run), False
        otherwise: the code ran, or the source was wrong and
        showsyntaxerror() reported it.  Errors while running are shown
        by runcode()."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals; any exception but SystemExit
        is shown with showtraceback()."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Show the syntax error being handled, with no traceback, as the
        prompt does; a given filename replaces the one in the error."""
        kind, value, sys.last_traceback = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        if filename and kind is SyntaxError:
            try:
                msg, (_, lineno, offset, line) = value.args
            except ValueError:
                pass
            else:
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        self.write(''.join(traceback.format_exception_only(kind, value)))

    def showtraceback(self):
        """Show the exception being handled with its traceback, leaving
        out the first entry (this module's own frame)."""
        try:
            kind, value, tb = sys.exc_info()
            sys.last_type = kind
            sys.last_value = value
            sys.last_traceback = tb
            entries = traceback.extract_tb(tb)[1:]
            lines = traceback.format_list(entries)
            if lines:
                lines.insert(0, "Traceback (most recent call last):\n")
            lines.extend(traceback.format_exception_only(kind, value))
        finally:
            entries = tb = None
        self.write(''.join(lines))

    def write(self, data):
        """Write output (errors); to sys.stderr unless overridden."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter with prompts and a buffer of the lines
    of an unfinished statement, behaving like the real prompt."""

    def __init__(self, locals=None, filename="<console>"):
        """filename is the name tracebacks give the input."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of the unfinished statement."""
        self.buffer = []

    def interact(self, banner=None):
        """Read and run statements until end of input, prompting with
        sys.ps1 (sys.ps2 inside a statement).  banner is printed first;
        by default one like the real prompt's, naming this class."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = ">>> "
        if not hasattr(sys, 'ps2'):
            sys.ps2 = "... "
        if banner is None:
            cprt = ('Type "help", "copyright", "credits" or "license" '
                    'for more information.')
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt,
                        self.__class__.__name__))
        else:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                prompt = sys.ps2 if more else sys.ps1
                try:
                    line = self.raw_input(prompt)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False

    def push(self, line):
        """Add a line (without its newline) to the buffer and run the
        buffer's source.  Returns True when the statement needs more
        lines (the buffer is kept), False when it was run or rejected
        (the buffer is emptied)."""
        self.buffer.append(line)
        source = "\n".join(self.buffer)
        more = self.runsource(source, self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Read a line after writing prompt, without its newline; EOFError
        at the end of input.  Uses input() unless overridden."""
        return input(prompt)


def interact(banner=None, readfunc=None, local=None):
    """Run an InteractiveConsole on the namespace local, reading lines
    with readfunc (default: input(), with line editing from readline if
    it can be imported)."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner)


if __name__ == "__main__":
    interact()
