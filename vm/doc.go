// Package vm is Taipan's evaluator: it runs the bytecode of a py.Code in
// a py.Frame, as CPython 3.2's ceval.c does, with the same instruction
// set, stack discipline and block semantics, so that code generated the
// way CPython generates it behaves the same, tracebacks included.
//
// # Dispatch
//
// One Go function, (*evaluator).eval, runs a frame: a loop over the
// quickened instructions (one uint64 each: the opcode in the low byte,
// the whole argument above it, EXTENDED_ARG folded in), and a switch on
// the opcode, which the Go compiler turns into a jump table.
// The program counter, the value-stack pointer and the slices of the
// frame the loop uses (fast locals, constants, names, stack) live in
// local variables. The index of the current instruction (f.Lasti, which
// tracebacks, f_lineno and the resumption of a generator read) is
// written back to the frame only by the instructions that can call out
// of the loop, raise or yield, before they do; the instructions that
// only move values (LOAD_FAST, LOAD_CONST, STORE_FAST, POP_TOP, the
// jumps, the int fast paths of arithmetic and comparison, a cached
// LOAD_GLOBAL...) skip the store and set it only on their rare error or
// slow paths. Each case that succeeds ends with `continue`; falling out
// of the switch means an exception was raised or the frame is leaving by
// return, break, continue or yield, and the common code after the
// switch unwinds the block stack (a return with no block to unwind
// leaves the loop at once).
//
// # Frames and calls
//
// A CALL_FUNCTION or CALL_METHOD of a Python function with positional
// arguments only goes straight to the function, without the general
// call path's keyword and bound-method handling. A call of a Python
// function from the loop binds the arguments, which
// are a slice of the caller's value stack (never copied into a tuple),
// straight into the new frame's fast locals and evaluates the new frame
// recursively. Frames come from a cache kept by call depth (see
// py.NewFrame) and go back to it when they return, unless something
// kept a reference to them (a generator, a traceback, sys._getframe), so
// a call allocates nothing in the common case. A bound method found on
// the stack is unpacked in place: its self takes the stack slot of the
// callable, below the arguments, and the function is called with one
// more argument. Keyword arguments are moved together above the
// positional ones (vectorcall layout), their names in a tuple cached
// per instruction.
//
// # Blocks and exceptions
//
// Loops, try statements and with statements push blocks on the frame's
// block stack (SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY, SETUP_WITH) as
// in CPython. An exception is a *py.BaseException returned by an
// operation; when it reaches the loop, the evaluator sets its
// __context__ to the exception being handled (implicit chaining, done
// where CPython's PyErr_SetObject does it), prepends a traceback entry
// for the frame, and pops blocks: an except or finally block gets an
// EXCEPT_HANDLER block and the exception on the stack as (traceback,
// value, type), with the previously handled exception saved beneath;
// POP_EXCEPT and END_FINALLY restore it. A return, break or continue
// crossing a finally block pushes a marker (and the return value) for
// END_FINALLY to resume it.
//
// # Generators
//
// A generator owns its frame. YIELD_VALUE stores the stack pointer in
// the frame and returns; resuming calls eval on the same frame, which
// continues after the yield with the sent value pushed. The exception
// state is swapped on entry and exit exactly as CPython 3.2 does, so
// sys.exc_info() inside and outside a generator agree with it.
//
// # Quickening and inline caches
//
// On its first run a code object gets a cache (py.Code.Cache, see
// cacheOf) holding a private copy of its instructions, rewritten in
// place (every instruction keeps its index, so jumps, line numbers and
// suspended generators are unaffected):
//
//   - a method call, LOAD_ATTR name ... CALL_FUNCTION n with straight-line
//     arguments, becomes LOAD_METHOD name ... CALL_METHOD n, which pushes
//     the function found on the type and the object instead of a bound
//     method (the frame gets one more stack slot per call nested in
//     another's arguments);
//   - frequent pairs (COMPARE_OP and the conditional jump after it,
//     LOAD_FAST and LOAD_ATTR, LOAD_FAST twice, LOAD_FAST and
//     STORE_ATTR, the DUP_TOP; LOAD_ATTR and ROT_TWO; STORE_ATTR of an
//     augmented assignment to an attribute, BUILD_SLICE and the
//     subscript that uses it, DUP_TOP_TWO; BINARY_SUBSCR and ROT_THREE;
//     STORE_SUBSCR of an augmented assignment to an item, STORE_FAST and
//     the jump after it, ...) and triples (LOAD_FAST; LOAD_CONST;
//     BINARY_SUBSCR) become superinstructions that do all of them,
//     leaving the others in place for jumps that land on them; a jump
//     back to a FOR_ITER runs the FOR_ITER too.
//
// The names and identifier-like str constants of the code are interned
// per interpreter, so names compare by pointer in dicts.
//
// The cache has an entry per name for LOAD_GLOBAL: the position of the
// name among the entries of the globals dict (checked by comparing the
// key found there with the name, so rebinding a global does not
// invalidate it), or, for a builtin, its position in the builtins and the
// version of the globals that lacked it. LOAD_ATTR, STORE_ATTR and
// LOAD_METHOD have py.AttrCache entries per name: what the type's MRO
// holds for the name, valid while the type's version tag is unchanged,
// and where the name sits in the instance dict of the last object, so an
// instance attribute costs one comparison and a method call no lookup of
// the MRO and no bound method.
//
// Exact ints and floats take inline paths in the arithmetic and
// comparison instructions, as exact lists and tuples do in subscripts
// and unpacking; everything else goes through the abstract operations of
// package py.
//
// # Interrupts and recursion
//
// SIGINT sets a flag that the loop polls on backward jumps and on frame
// entry, raising KeyboardInterrupt in the running code; once the signal
// module handles signals (py.Interp.Signals), the loop runs the Python
// handlers of the signals that arrived there instead. Each frame
// entered counts towards the interpreter's recursion limit, so deep
// recursion raises RuntimeError before the Go stack can overflow.
package vm
