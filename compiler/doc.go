// Package compiler turns a syntax tree into code objects for the
// evaluator, as CPython 3.2's compiler does (Python/compile.c and
// Python/peephole.c).
//
// Compile takes a tree the parser made in exec, eval or single mode and
// returns the *py.Code of the module, expression or interactive
// statement; the code objects of its functions, classes, lambdas and
// comprehensions are among its constants. Check reports the errors alone.
//
// # Fidelity
//
// The result is CPython 3.2's, instruction for instruction, with every
// co_* attribute the same: the same opcodes and arguments (in the
// one-word encoding of package opcode, jump arguments being instruction
// indexes), the constants and names in the same order, co_stacksize
// computed the same way, and lines such that every instruction reports
// the line CPython reports for it, so tracebacks match. This is tested
// against CPython's own output for a corpus of programs and for all of
// CPython 3.2's standard library (see dis_test.go and
// tools/golden/gen_dis.py).
//
// To get there the package follows CPython's pipeline:
//
//  1. Check: the __future__ imports, the symbol table (package
//     symtable), the checks of the code generator (check.go);
//  2. code generation into basic blocks, construct by construct as
//     compile.c does it (stmt.go, expr.go), with constant tables that
//     merge equal constants of one type (consts.go);
//  3. assembly (assemble.go): the blocks are laid out in CPython's order
//     and encoded in CPython's bytes, with its line table (co_lnotab);
//     co_stacksize is computed on the blocks;
//  4. the peephole optimizer (peephole.go) on those bytes: constant
//     folding, constant tuples and frozensets, jump threading, and the
//     rest of 3.2's rewrites, with their limits;
//  5. translation of the bytes into Taipan's instructions and line table.
//
// Steps 3 to 5 go through CPython's byte encoding because the optimizer's
// decisions depend on it: it gives up on code over 32,700 bytes or whose
// line table has a 255 in it, and where a folded expression's line lands
// follows from byte offsets.
//
// Constant folding computes with the object model's operations (package
// py), so a folded constant is what the operation gives at run time.
//
// # Options
//
// Options.Optimize is the -O level: 1 drops asserts and makes __debug__
// false in conditions, 2 also drops docstrings. Options.Flags carries
// compile()'s future flags into co_flags.
//
// Disassemble prints a code object as dis.dis does, for tests and
// debugging.
package compiler
