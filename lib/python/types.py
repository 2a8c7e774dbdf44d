"""Names for the types of built-in objects that have no built-in name."""

import sys


def _function():
    pass


def _generator():
    yield None


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)


def _traceback_types():
    try:
        raise TypeError
    except TypeError:
        tb = sys.exc_info()[2]
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_types()
GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('slot',)


MemberDescriptorType = type(_Slotted.slot)

del sys, _function, _generator, _Class, _Slotted, _traceback_types
