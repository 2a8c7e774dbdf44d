package vm

import (
	"unsafe"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// whyCode says why the loop stopped running instructions in order
// (CPython's enum why_code, with its values).
type whyCode uint8

const (
	whyNot       whyCode = 0x01 // no error
	whyException whyCode = 0x02 // an exception occurred
	whyReraise   whyCode = 0x04 // an exception re-raised by END_FINALLY or raise
	whyReturn    whyCode = 0x08 // return
	whyBreak     whyCode = 0x10 // break
	whyContinue  whyCode = 0x20 // continue
	whyYield     whyCode = 0x40 // yield
	whySilenced  whyCode = 0x80 // an exception silenced by a with statement's __exit__
)

// whyMarker is what a finally block finds on the stack when it was
// entered by return, break, continue, or a with statement that silenced
// an exception (CPython pushes the why code as an int).
type whyMarker struct{ why whyCode }

var whyMarkerType = &py.Type{Name: "why"}

func (*whyMarker) Type() *py.Type { return whyMarkerType }

var (
	markReturn   = &whyMarker{whyReturn}
	markBreak    = &whyMarker{whyBreak}
	markContinue = &whyMarker{whyContinue}
	markSilenced = &whyMarker{whySilenced}
)

func marker(why whyCode) *whyMarker {
	switch why {
	case whyReturn:
		return markReturn
	case whyBreak:
		return markBreak
	case whyContinue:
		return markContinue
	}
	return markSilenced
}

// eval runs frame f until it returns, yields or raises: the Eval of the
// interpreter. A generator's frame that yields returns the value with
// f.Yielded set.
func (ev *evaluator) eval(t *py.Thread, f *py.Frame) (result py.Object, err error) {
	// t.Enter, written out: past sys.getrecursionlimit(), and whatever
	// it says past maxDepth, before the Go stack reaches its limit (each
	// Python call takes a few KB of it).
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit || t.Depth > maxDepth {
		t.Depth--
		return nil, py.Errorf(py.RuntimeError, "maximum recursion depth exceeded")
	}
	if t.Tracing != nil && (f.Tr == nil || !f.Tr.Entered) {
		// A trace or profile function is set (see trace.go).
		t.Leave()
		return ev.evalTraced(t, f)
	}
	code := f.Code
	cc, ok := code.Cache.(*codeCache)
	if !ok {
		cc = ev.cacheOf(code)
	}
	if len(f.Stack) < code.FrameStackSize() {
		// Made before the code was first run and rewritten.
		f.FitStack()
	}
	instrs := cc.instrs
	consts := code.Consts
	names := code.Names
	fast := f.Fast
	stack := f.Stack
	sp := f.SP
	pc := f.Lasti + 1
	t.Frame = f
	f.SetRunning(true)
	f.Yielded = false

	var (
		leaveWhy = whyNot
		leaveVal py.Object
		exc0     *py.BaseException
	)
	isGen := code.Flags&py.CoGenerator != 0
	if isGen {
		if f.Throw != nil {
			exc0 = f.Throw
			f.Throw = nil
			leaveWhy = whyException
		} else if f.SavedExc != nil {
			// The generator was in an except clause when it yielded:
			// bring its exception back, putting the caller's aside.
			t.ExcInfo, f.SavedExc = f.SavedExc, t.ExcInfo
		} else {
			f.SavedExc = t.ExcInfo
		}
	}
	if leaveWhy == whyNot && ev.interrupted.Load() {
		if exc0 = ev.pendingInterrupt(t); exc0 != nil {
			leaveWhy = whyException
		}
	}
	if leaveWhy == whyException {
		// A throw into a generator, or an interrupt: handle it as if the
		// instruction at Lasti raised it.
		if f.Lasti < 0 {
			f.Lasti = 0
		}
		py.AddTraceback(exc0, f)
		if t.Tracing != nil {
			exc0 = ev.traceException(t, f, exc0)
		}
		f.SP = sp
		pc, leaveWhy, leaveVal = ev.unwind(t, f, leaveWhy, leaveVal, exc0)
		sp = f.SP
		exc0 = nil
	}

	if leaveWhy != whyNot {
		goto done
	}
loop:
	for {
		// The state of an instruction that leaves the normal flow; it is
		// declared here, not outside the loop, so that nothing but the
		// frame's own registers (pc, sp, ...) is live from one
		// instruction to the next.
		var (
			why    = whyNot
			retval py.Object
			exc    *py.BaseException
			err    error
		)
		instr := instrs[pc]
		pc++
	decode:
		op := opcode.Opcode(instr)
		arg := int(instr >> 8)
	dispatch:
		switch op {
		case opcode.NOP:
			continue

		case opcode.EXTENDED_ARG:
			// quicken gave the next instruction the whole argument.
			continue

		case opcode.LOAD_FAST:
			v := fast[arg]
			if v == nil {
				f.Lasti = pc - 1
				err = unboundLocal(code, arg)
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.LOAD_CONST:
			stack[sp] = consts[arg]
			sp++
			continue

		case opLoadFastFast:
			v := fast[arg]
			if v == nil {
				f.Lasti = pc - 1
				err = unboundLocal(code, arg)
				break
			}
			arg = int(instrs[pc] >> 8)
			w := fast[arg]
			if w == nil {
				f.Lasti = pc
				err = unboundLocal(code, arg)
				break
			}
			pc++
			stack[sp] = v
			stack[sp+1] = w
			sp += 2
			continue

		case opLoadFastConst:
			v := fast[arg]
			if v == nil {
				f.Lasti = pc - 1
				err = unboundLocal(code, arg)
				break
			}
			stack[sp] = v
			stack[sp+1] = consts[instrs[pc]>>8]
			pc++
			sp += 2
			continue

		case opStoreFastLoadFast:
			sp--
			fast[arg] = stack[sp]
			arg = int(instrs[pc] >> 8)
			v := fast[arg]
			if v == nil {
				f.Lasti = pc
				err = unboundLocal(code, arg)
				break
			}
			pc++
			stack[sp] = v
			sp++
			continue

		case opLoadFastAttr:
			v := fast[arg]
			if v == nil {
				f.Lasti = pc - 1
				err = unboundLocal(code, arg)
				break
			}
			f.Lasti = pc
			arg = int(instrs[pc] >> 8)
			pc++
			stack[sp] = v
			sp++
			if w, ok := cc.loads[arg].LoadFast(v, names[arg]); ok {
				stack[sp-1] = w
				continue
			}
			if v, err = cc.loads[arg].GetAttr(t, v, names[arg]); err != nil {
				break
			}
			stack[sp-1] = v
			continue

		case opLoadFastStoreAttr:
			obj := fast[arg]
			if obj == nil {
				f.Lasti = pc - 1
				err = unboundLocal(code, arg)
				break
			}
			f.Lasti = pc
			arg = int(instrs[pc] >> 8)
			pc++
			sp--
			v := stack[sp]
			stack[sp] = nil
			if cc.stores[arg].StoreFast(obj, names[arg], v) {
				continue
			}
			if err = cc.stores[arg].SetAttr(t, obj, names[arg], v); err != nil {
				break
			}
			continue

		case opDupTopLoadAttr:
			obj := stack[sp-1]
			stack[sp] = obj
			sp++
			f.Lasti = pc
			arg = int(instrs[pc] >> 8)
			pc++
			v, ok := cc.loads[arg].LoadFast(obj, names[arg])
			if !ok {
				if v, err = cc.loads[arg].GetAttr(t, obj, names[arg]); err != nil {
					break
				}
			}
			stack[sp-1] = v
			continue

		case opRotTwoStoreAttr:
			f.Lasti = pc
			arg = int(instrs[pc] >> 8)
			pc++
			v, obj := stack[sp-1], stack[sp-2]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			if cc.stores[arg].StoreFast(obj, names[arg], v) {
				continue
			}
			if err = cc.stores[arg].SetAttr(t, obj, names[arg], v); err != nil {
				break
			}
			continue

		case opCompareJumpIfFalse, opCompareJumpIfTrue:
			a, b := stack[sp-2], stack[sp-1]
			var r bool
			switch {
			case arg == opcode.CmpIs:
				r = same(a, b)
			case arg == opcode.CmpIsNot:
				r = !same(a, b)
			default:
				if x, ok := a.(*py.Int); ok && arg <= opcode.CmpGE && x.Type() == py.IntType {
					if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
						xv, ok1 := x.Int64()
						yv, ok2 := y.Int64()
						if ok1 && ok2 {
							switch arg {
							case opcode.CmpLT:
								r = xv < yv
							case opcode.CmpLE:
								r = xv <= yv
							case opcode.CmpEQ:
								r = xv == yv
							case opcode.CmpNE:
								r = xv != yv
							case opcode.CmpGT:
								r = xv > yv
							default:
								r = xv >= yv
							}
							break
						}
					}
				} else if x, ok := a.(*py.Str); ok && (arg == opcode.CmpEQ || arg == opcode.CmpNE) && x.Type() == py.StrType {
					// Two exact strs compare by their text.
					if y, ok := b.(*py.Str); ok && y.Type() == py.StrType {
						r = (x.String() == y.String()) == (arg == opcode.CmpEQ)
						break
					}
				}
				f.Lasti = pc - 1
				var v py.Object
				if v, err = compareOp(t, arg, a, b); err != nil {
					break dispatch
				}
				if bv, ok := v.(*py.Int); ok && bv == py.True {
					r = true
				} else if !ok || bv != py.False {
					f.Lasti = pc
					if r, err = py.IsTrue(t, v); err != nil {
						sp -= 2
						stack[sp], stack[sp+1] = nil, nil
						break dispatch
					}
				}
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			target := int(instrs[pc] >> 8)
			pc++
			if r == (op == opCompareJumpIfTrue) {
				pc = target
			}
			continue

		case opcode.STORE_FAST:
			sp--
			fast[arg] = stack[sp]
			continue

		case opStoreFastJump:
			sp--
			fast[arg] = stack[sp]
			j := pc // the JUMP_ABSOLUTE
			pc = int(instrs[j] >> 8)
			if ev.interrupted.Load() {
				f.Lasti = j
				if e := ev.pendingInterrupt(t); e != nil {
					err = e
					break
				}
			}
			continue

		case opcode.POP_TOP:
			sp--
			stack[sp] = nil
			continue

		case opcode.ROT_TWO:
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
			continue

		case opcode.ROT_THREE:
			stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
			continue

		case opcode.DUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
			continue

		case opcode.DUP_TOP_TWO:
			stack[sp] = stack[sp-2]
			stack[sp+1] = stack[sp-1]
			sp += 2
			continue

		case opDupTwoSubscr:
			// c, k -> c, k, c[k] (the BINARY_SUBSCR at pc).
			f.Lasti = pc
			pc++
			c, key := stack[sp-2], stack[sp-1]
			if i, ok := key.(*py.Int); ok && i.Type() == py.IntType {
				if l, ok := c.(*py.List); ok && l.Type() == py.ListType {
					if n, ok := i.Int64(); ok {
						if n < 0 {
							n += int64(len(l.Items))
						}
						if n >= 0 && n < int64(len(l.Items)) {
							stack[sp] = l.Items[n]
							sp++
							continue
						}
					}
				}
			}
			var v py.Object
			if v, err = py.GetItem(t, c, key); err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue

		case opRotThreeStoreSubscr:
			// c, k, v -> (c[k] = v) (the STORE_SUBSCR at pc). The list
			// fast path is STORE_SUBSCR's (and BINARY_SUBSCR's) written
			// out again: Go inlines nothing that size into eval, and a
			// call here would cost more than the path itself.
			f.Lasti = pc
			pc++
			c, key, v := stack[sp-3], stack[sp-2], stack[sp-1]
			if l, ok := c.(*py.List); ok && l.Type() == py.ListType {
				if i, ok := key.(*py.Int); ok && i.Type() == py.IntType {
					if n, ok := i.Int64(); ok {
						if n < 0 {
							n += int64(len(l.Items))
						}
						if n >= 0 && n < int64(len(l.Items)) {
							l.Items[n] = v
							sp -= 3
							stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
							continue
						}
					}
				}
			}
			if err = py.SetItem(t, c, key, v); err != nil {
				break
			}
			sp -= 3
			stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
			continue

		case opcode.UNARY_POSITIVE, opcode.UNARY_NEGATIVE, opcode.UNARY_INVERT:
			f.Lasti = pc - 1
			var v py.Object
			if v, err = unaryOp(t, op, stack[sp-1]); err != nil {
				break
			}
			stack[sp-1] = v
			continue

		case opcode.UNARY_NOT:
			f.Lasti = pc - 1
			v := stack[sp-1]
			if bv, ok := v.(*py.Int); ok && (bv == py.True || bv == py.False) {
				stack[sp-1] = py.NewBool(bv == py.False)
				continue
			}
			var b bool
			if b, err = py.IsTrue(t, v); err != nil {
				break
			}
			stack[sp-1] = py.NewBool(!b)
			continue

		case opcode.BINARY_ADD, opcode.INPLACE_ADD:
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
					sp--
					stack[sp] = nil
					if xv, ok := x.Int64(); ok {
						if yv, ok := y.Int64(); ok {
							if r := xv + yv; (r^xv)&(r^yv) >= 0 {
								stack[sp-1] = t.NewInt(r)
								continue
							}
						}
					}
					stack[sp-1] = py.IntAdd(x, y)
					continue
				}
			} else if x, ok := a.(*py.Float); ok && x.Type() == py.FloatType {
				// Two exact floats, the common case, without a call.
				if y, ok := b.(*py.Float); ok && y.Type() == py.FloatType {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x.Float64() + y.Float64())
					continue
				}
				if x, y, ok := asFloats(a, b); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x + y)
					continue
				}
			} else if x, y, ok := asFloats(a, b); ok {
				sp--
				stack[sp] = nil
				stack[sp-1] = t.NewFloat(x + y)
				continue
			}
			f.Lasti = pc - 1
			var v py.Object
			if op == opcode.BINARY_ADD {
				v, err = py.OpAdd.Apply(t, a, b)
			} else {
				v, err = py.OpIAdd.Apply(t, a, b)
			}
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_SUBTRACT, opcode.INPLACE_SUBTRACT:
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
					sp--
					stack[sp] = nil
					if xv, ok := x.Int64(); ok {
						if yv, ok := y.Int64(); ok {
							if r := xv - yv; (xv^yv)&(r^xv) >= 0 {
								stack[sp-1] = t.NewInt(r)
								continue
							}
						}
					}
					stack[sp-1] = py.IntSub(x, y)
					continue
				}
			} else if x, ok := a.(*py.Float); ok && x.Type() == py.FloatType {
				// Two exact floats, the common case, without a call.
				if y, ok := b.(*py.Float); ok && y.Type() == py.FloatType {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x.Float64() - y.Float64())
					continue
				}
				if x, y, ok := asFloats(a, b); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x - y)
					continue
				}
			} else if x, y, ok := asFloats(a, b); ok {
				sp--
				stack[sp] = nil
				stack[sp-1] = t.NewFloat(x - y)
				continue
			}
			f.Lasti = pc - 1
			var v py.Object
			if op == opcode.BINARY_SUBTRACT {
				v, err = py.OpSub.Apply(t, a, b)
			} else {
				v, err = py.OpISub.Apply(t, a, b)
			}
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_MULTIPLY, opcode.INPLACE_MULTIPLY:
			f.Lasti = pc - 1
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.IntMul(x, y)
					continue
				}
			} else if x, ok := a.(*py.Float); ok && x.Type() == py.FloatType {
				// Two exact floats, the common case, without a call.
				if y, ok := b.(*py.Float); ok && y.Type() == py.FloatType {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x.Float64() * y.Float64())
					continue
				}
				if x, y, ok := asFloats(a, b); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = t.NewFloat(x * y)
					continue
				}
			} else if x, y, ok := asFloats(a, b); ok {
				sp--
				stack[sp] = nil
				stack[sp-1] = t.NewFloat(x * y)
				continue
			}
			var v py.Object
			if op == opcode.BINARY_MULTIPLY {
				v, err = py.OpMul.Apply(t, a, b)
			} else {
				v, err = py.OpIMul.Apply(t, a, b)
			}
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_TRUE_DIVIDE, opcode.INPLACE_TRUE_DIVIDE:
			f.Lasti = pc - 1
			a, b := stack[sp-2], stack[sp-1]
			if x, y, ok := asFloats(a, b); ok && y != 0 {
				sp--
				stack[sp] = nil
				stack[sp-1] = t.NewFloat(x / y)
				continue
			}
			var v py.Object
			if v, err = binaryOp(t, op, a, b); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_FLOOR_DIVIDE, opcode.INPLACE_FLOOR_DIVIDE,
			opcode.BINARY_MODULO, opcode.INPLACE_MODULO:
			f.Lasti = pc - 1
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
					xv, ok1 := x.Int64()
					yv, ok2 := y.Int64()
					if ok1 && ok2 && xv >= 0 && yv > 0 {
						sp--
						stack[sp] = nil
						if op == opcode.BINARY_FLOOR_DIVIDE || op == opcode.INPLACE_FLOOR_DIVIDE {
							stack[sp-1] = t.NewInt(xv / yv)
						} else {
							stack[sp-1] = t.NewInt(xv % yv)
						}
						continue
					}
				}
			}
			var v py.Object
			if v, err = binaryOp(t, op, a, b); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_AND, opcode.INPLACE_AND,
			opcode.BINARY_XOR, opcode.INPLACE_XOR,
			opcode.BINARY_OR, opcode.INPLACE_OR:
			f.Lasti = pc - 1
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
					xv, ok1 := x.Int64()
					yv, ok2 := y.Int64()
					if ok1 && ok2 {
						var r int64
						switch op {
						case opcode.BINARY_AND, opcode.INPLACE_AND:
							r = xv & yv
						case opcode.BINARY_XOR, opcode.INPLACE_XOR:
							r = xv ^ yv
						default:
							r = xv | yv
						}
						sp--
						stack[sp] = nil
						stack[sp-1] = t.NewInt(r)
						continue
					}
				}
			}
			var v py.Object
			if v, err = binaryOp(t, op, a, b); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_POWER, opcode.INPLACE_POWER:
			f.Lasti = pc - 1
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(*py.Float); ok && x.Type() == py.FloatType {
				if y, ok := b.(*py.Float); ok && y.Type() == py.FloatType {
					if r, cplx, err1 := py.FloatPow(x.Float64(), y.Float64()); err1 == nil && !cplx {
						sp--
						stack[sp] = nil
						stack[sp-1] = t.NewFloat(r)
						continue
					}
				}
			}
			var v py.Object
			if v, err = binaryOp(t, op, a, b); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.BINARY_LSHIFT, opcode.INPLACE_LSHIFT,
			opcode.BINARY_RSHIFT, opcode.INPLACE_RSHIFT:
			f.Lasti = pc - 1
			if x, ok := stack[sp-2].(*py.Int); ok && x.Type() == py.IntType {
				if y, ok := stack[sp-1].(*py.Int); ok && y.Type() == py.IntType {
					xv, ok1 := x.Int64()
					n, ok2 := y.Int64()
					if ok1 && ok2 && n >= 0 && n < 63 {
						if op == opcode.BINARY_RSHIFT || op == opcode.INPLACE_RSHIFT {
							sp--
							stack[sp] = nil
							stack[sp-1] = t.NewInt(xv >> n)
							continue
						}
						if r := xv << n; r>>n == xv {
							sp--
							stack[sp] = nil
							stack[sp-1] = t.NewInt(r)
							continue
						}
					}
				}
			}
			var v py.Object
			if v, err = binaryOp(t, op, stack[sp-2], stack[sp-1]); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opFastConstSubscr, opConstSubscr:
			// x[k] for a constant k, x a local (three instructions) or
			// on the stack (two); pc goes past the BINARY_SUBSCR.
			var key py.Object
			if op == opFastConstSubscr {
				c := fast[arg]
				if c == nil {
					f.Lasti = pc - 1
					err = unboundLocal(code, arg)
					break
				}
				key = consts[instrs[pc]>>8]
				pc += 2
				stack[sp] = c
				sp++
			} else {
				key = consts[arg]
				pc++
			}
			c := stack[sp-1]
			if i, ok := key.(*py.Int); ok && i.Type() == py.IntType {
				if n, ok := i.Int64(); ok {
					switch c := c.(type) {
					case *py.List:
						if c.Type() == py.ListType {
							if n < 0 {
								n += int64(len(c.Items))
							}
							if n >= 0 && n < int64(len(c.Items)) {
								stack[sp-1] = c.Items[n]
								continue
							}
						}
					case *py.Tuple:
						if c.Type() == py.TupleType {
							if n < 0 {
								n += int64(len(c.Items))
							}
							if n >= 0 && n < int64(len(c.Items)) {
								stack[sp-1] = c.Items[n]
								continue
							}
						}
					}
				}
			}
			f.Lasti = pc - 1
			var v py.Object
			if v, err = py.GetItem(t, c, key); err != nil {
				break
			}
			stack[sp-1] = v
			continue

		case opcode.BINARY_SUBSCR:
			f.Lasti = pc - 1
			a, key := stack[sp-2], stack[sp-1]
			if i, ok := key.(*py.Int); ok && i.Type() == py.IntType {
				if n, ok := i.Int64(); ok {
					switch c := a.(type) {
					case *py.List:
						if c.Type() == py.ListType {
							if n < 0 {
								n += int64(len(c.Items))
							}
							if n >= 0 && n < int64(len(c.Items)) {
								sp--
								stack[sp] = nil
								stack[sp-1] = c.Items[n]
								continue
							}
						}
					case *py.Tuple:
						if c.Type() == py.TupleType {
							if n < 0 {
								n += int64(len(c.Items))
							}
							if n >= 0 && n < int64(len(c.Items)) {
								sp--
								stack[sp] = nil
								stack[sp-1] = c.Items[n]
								continue
							}
						}
					}
				}
			}
			var v py.Object
			if v, err = py.GetItem(t, a, key); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.STORE_SUBSCR:
			f.Lasti = pc - 1
			key, c, v := stack[sp-1], stack[sp-2], stack[sp-3]
			if l, ok := c.(*py.List); ok && l.Type() == py.ListType {
				if i, ok := key.(*py.Int); ok && i.Type() == py.IntType {
					if n, ok := i.Int64(); ok {
						if n < 0 {
							n += int64(len(l.Items))
						}
						if n >= 0 && n < int64(len(l.Items)) {
							l.Items[n] = v
							sp -= 3
							stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
							continue
						}
					}
				}
			}
			if err = py.SetItem(t, c, key, v); err != nil {
				break
			}
			sp -= 3
			stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
			continue

		case opSliceSubscr, opSliceStoreSubscr, opSliceDeleteSubscr:
			// BUILD_SLICE and the subscript that uses it, at pc.
			f.Lasti = pc
			pc++
			var step py.Object = py.None
			if arg == 3 {
				sp--
				step = stack[sp]
				stack[sp] = nil
			}
			sp -= 2
			start, stop := stack[sp], stack[sp+1]
			stack[sp], stack[sp+1] = nil, nil
			switch op {
			case opSliceSubscr:
				var v py.Object
				if v, err = py.GetSlice(t, stack[sp-1], start, stop, step); err != nil {
					break dispatch
				}
				stack[sp-1] = v
			case opSliceStoreSubscr:
				if err = py.SetSlice(t, stack[sp-1], start, stop, step, stack[sp-2]); err != nil {
					break dispatch
				}
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
			default:
				if err = py.SetSlice(t, stack[sp-1], start, stop, step, nil); err != nil {
					break dispatch
				}
				sp--
				stack[sp] = nil
			}
			continue

		case opcode.DELETE_SUBSCR:
			f.Lasti = pc - 1
			if err = py.SetItem(t, stack[sp-2], stack[sp-1], nil); err != nil {
				break
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			continue

		case opcode.LIST_APPEND:
			f.Lasti = pc - 1
			sp--
			v := stack[sp]
			stack[sp] = nil
			l := stack[sp-arg].(*py.List)
			l.Items = append(l.Items, v)
			continue

		case opcode.SET_ADD:
			f.Lasti = pc - 1
			sp--
			v := stack[sp]
			stack[sp] = nil
			if err = setAdd(t, stack[sp-arg], v); err != nil {
				break
			}
			continue

		case opcode.MAP_ADD:
			f.Lasti = pc - 1
			key, v := stack[sp-1], stack[sp-2]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			if err = stack[sp-arg].(*py.Dict).SetItem(t, key, v); err != nil {
				break
			}
			continue

		case opcode.PRINT_EXPR:
			f.Lasti = pc - 1
			sp--
			v := stack[sp]
			stack[sp] = nil
			if err = ev.printExpr(t, v); err != nil {
				break
			}
			continue

		case opcode.RAISE_VARARGS:
			f.Lasti = pc - 1
			var exc1, cause py.Object
			switch arg {
			case 2:
				sp--
				cause = stack[sp]
				fallthrough
			case 1:
				sp--
				exc1 = stack[sp]
			}
			exc, why = ev.doRaise(t, exc1, cause)
			// doRaise did the implicit chaining itself.
			break

		case opcode.STORE_LOCALS:
			f.Lasti = pc - 1
			sp--
			f.Locals = stack[sp]
			stack[sp] = nil
			continue

		case opcode.RETURN_VALUE:
			f.Lasti = pc - 1
			sp--
			retval = stack[sp]
			stack[sp] = nil
			why = whyReturn
			if f.NBlocks == 0 {
				// Nothing to unwind: leave the frame at once.
				leaveWhy, leaveVal = why, retval
				break loop
			}
			break

		case opcode.YIELD_VALUE:
			f.Lasti = pc - 1
			sp--
			retval = stack[sp]
			stack[sp] = nil
			why = whyYield
			break

		case opcode.POP_EXCEPT:
			f.Lasti = pc - 1
			b := &f.Blocks[f.NBlocks-1]
			if b.Kind != py.BlockExceptHandler {
				err = py.Errorf(py.SystemError, "popped block is not an except handler")
				break
			}
			f.NBlocks--
			sp = unwindExceptHandler(t, stack, sp, int(b.Level))
			continue

		case opcode.POP_BLOCK:
			f.NBlocks--
			level := int(f.Blocks[f.NBlocks].Level)
			for sp > level {
				sp--
				stack[sp] = nil
			}
			continue

		case opcode.END_FINALLY:
			f.Lasti = pc - 1
			sp--
			v := stack[sp]
			stack[sp] = nil
			switch x := v.(type) {
			case *py.NoneObject:
				continue
			case *whyMarker:
				why = x.why
				if why == whyReturn || why == whyContinue {
					sp--
					retval = stack[sp]
					stack[sp] = nil
				}
				if why == whySilenced {
					// An exception silenced by a with statement: pop the
					// EXCEPT_HANDLER block set up when it was caught.
					f.NBlocks--
					sp = unwindExceptHandler(t, stack, sp, int(f.Blocks[f.NBlocks].Level))
					why = whyNot
					continue
				}
				break dispatch
			case *py.Type:
				// The (traceback, value, type) of an exception to re-raise.
				sp--
				val := stack[sp]
				sp--
				tb := stack[sp]
				stack[sp], stack[sp+1] = nil, nil
				e, ok := val.(*py.BaseException)
				if !ok {
					err = py.Errorf(py.SystemError, "'finally' pops bad exception")
					break dispatch
				}
				if tb == py.None {
					tb = nil
				}
				e.Traceback = tb
				exc, why = e, whyReraise
				break dispatch
			}
			err = py.Errorf(py.SystemError, "'finally' pops bad exception")

		case opcode.LOAD_BUILD_CLASS:
			f.Lasti = pc - 1
			v := f.Builtins.GetStr(strBuildClass)
			if v == nil {
				err = py.Errorf(py.ImportError, "__build_class__ not found")
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.STORE_NAME:
			f.Lasti = pc - 1
			name := names[arg]
			sp--
			v := stack[sp]
			stack[sp] = nil
			switch l := f.Locals.(type) {
			case nil:
				err = py.Errorf(py.SystemError, "no locals found when storing %s", reprName(name))
			case *py.Dict:
				if l.Type() == py.DictType {
					l.SetStr(name, v)
					continue
				}
				err = py.SetItem(t, l, name, v)
			default:
				err = py.SetItem(t, l, name, v)
			}
			if err != nil {
				break
			}
			continue

		case opcode.DELETE_NAME:
			f.Lasti = pc - 1
			name := names[arg]
			if f.Locals == nil {
				err = py.Errorf(py.SystemError, "no locals when deleting %s", reprName(name))
				break
			}
			if err = py.SetItem(t, f.Locals, name, nil); err != nil {
				err = py.Errorf(py.NameError, "name '%s' is not defined", name)
				break
			}
			continue

		case opcode.UNPACK_SEQUENCE:
			f.Lasti = pc - 1
			v := stack[sp-1]
			var items []py.Object
			switch s := v.(type) {
			case *py.Tuple:
				if s.Type() == py.TupleType {
					items = s.Items
				}
			case *py.List:
				if s.Type() == py.ListType {
					items = s.Items
				}
			}
			if items != nil && len(items) == arg {
				sp--
				for i := arg - 1; i >= 0; i-- {
					stack[sp] = items[i]
					sp++
				}
				continue
			}
			sp--
			if err = py.UnpackIterable(t, v, stack[sp:sp+arg]); err != nil {
				clear(stack[sp : sp+arg])
				break
			}
			reverse(stack[sp : sp+arg])
			sp += arg
			continue

		case opcode.UNPACK_EX:
			f.Lasti = pc - 1
			var n int
			if n, err = unpackEx(t, stack, sp, arg); err != nil {
				sp--
				stack[sp] = nil
				break
			}
			sp += n - 1
			continue

		case opcode.STORE_ATTR:
			f.Lasti = pc - 1
			obj, v := stack[sp-1], stack[sp-2]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			if cc.stores[arg].StoreFast(obj, names[arg], v) {
				continue
			}
			if err = cc.stores[arg].SetAttr(t, obj, names[arg], v); err != nil {
				break
			}
			continue

		case opcode.DELETE_ATTR:
			f.Lasti = pc - 1
			sp--
			obj := stack[sp]
			stack[sp] = nil
			if err = py.SetAttr(t, obj, names[arg], nil); err != nil {
				break
			}
			continue

		case opcode.STORE_GLOBAL:
			// The position LOAD_GLOBAL or an earlier STORE_GLOBAL found
			// the name at, if its key is still there.
			sp--
			v := stack[sp]
			stack[sp] = nil
			e, g := &cc.globals[arg], f.Globals
			if e.globals == g && e.gidx >= 0 && g.ReplaceAt(e.gidx, names[arg], v) {
				continue
			}
			f.Lasti = pc - 1
			*e = globalCache{globals: g, gidx: g.SetStrIndex(names[arg], v)}
			continue

		case opcode.DELETE_GLOBAL:
			f.Lasti = pc - 1
			if !f.Globals.DelStr(names[arg]) {
				err = py.Errorf(py.NameError, "global name '%s' is not defined", names[arg])
				break
			}
			continue

		case opcode.LOAD_NAME:
			f.Lasti = pc - 1
			var v py.Object
			if v, err = loadName(t, f, names[arg]); err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.LOAD_GLOBAL:
			e := &cc.globals[arg]
			g, name := f.Globals, names[arg]
			if e.globals == g {
				if e.gidx >= 0 {
					if k, v := g.EntryAt(e.gidx); same(k, name) {
						stack[sp] = v
						sp++
						continue
					}
				} else if e.builtins == f.Builtins && (e.gver == g.Version() || g.StrIndex(name) < 0) {
					if k, v := e.builtins.EntryAt(e.bidx); same(k, name) {
						e.gver = g.Version()
						stack[sp] = v
						sp++
						continue
					}
				}
			}
			f.Lasti = pc - 1
			var v py.Object
			if v, err = loadGlobal(e, g, f.Builtins, name); err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.DELETE_FAST:
			f.Lasti = pc - 1
			if fast[arg] == nil {
				err = unboundLocal(code, arg)
				break
			}
			fast[arg] = nil
			continue

		case opcode.LOAD_CLOSURE:
			stack[sp] = fast[cc.cellBase+arg]
			sp++
			continue

		case opcode.LOAD_DEREF:
			f.Lasti = pc - 1
			v := fast[cc.cellBase+arg].(*py.Cell).Value
			if v == nil {
				err = unboundDeref(code, arg)
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.STORE_DEREF:
			f.Lasti = pc - 1
			sp--
			fast[cc.cellBase+arg].(*py.Cell).Value = stack[sp]
			stack[sp] = nil
			continue

		case opcode.DELETE_DEREF:
			f.Lasti = pc - 1
			c := fast[cc.cellBase+arg].(*py.Cell)
			if c.Value == nil {
				err = unboundDeref(code, arg)
				break
			}
			c.Value = nil
			continue

		case opcode.BUILD_TUPLE:
			items := make([]py.Object, arg)
			sp -= arg
			copy(items, stack[sp:sp+arg])
			clear(stack[sp : sp+arg])
			stack[sp] = py.NewTuple(items...)
			sp++
			continue

		case opcode.BUILD_LIST:
			items := make([]py.Object, arg)
			sp -= arg
			copy(items, stack[sp:sp+arg])
			clear(stack[sp : sp+arg])
			stack[sp] = py.NewList(items...)
			sp++
			continue

		case opcode.BUILD_SET:
			f.Lasti = pc - 1
			var s py.Object
			sp -= arg
			s, err = buildSet(t, stack[sp:sp+arg])
			clear(stack[sp : sp+arg])
			if err != nil {
				break
			}
			stack[sp] = s
			sp++
			continue

		case opcode.BUILD_MAP:
			f.Lasti = pc - 1
			stack[sp] = py.NewDictSize(arg)
			sp++
			continue

		case opcode.STORE_MAP:
			f.Lasti = pc - 1
			key, v, d := stack[sp-1], stack[sp-2], stack[sp-3]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			if err = d.(*py.Dict).SetItem(t, key, v); err != nil {
				break
			}
			continue

		case opcode.LOAD_ATTR:
			f.Lasti = pc - 1
			v, ok := cc.loads[arg].LoadFast(stack[sp-1], names[arg])
			if !ok {
				if v, err = cc.loads[arg].GetAttr(t, stack[sp-1], names[arg]); err != nil {
					break
				}
			}
			stack[sp-1] = v
			continue

		case opcode.COMPARE_OP:
			a, b := stack[sp-2], stack[sp-1]
			if arg <= opcode.CmpGE {
				if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
					if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
						xv, ok1 := x.Int64()
						yv, ok2 := y.Int64()
						if ok1 && ok2 {
							sp--
							stack[sp] = nil
							var r bool
							switch arg {
							case opcode.CmpLT:
								r = xv < yv
							case opcode.CmpLE:
								r = xv <= yv
							case opcode.CmpEQ:
								r = xv == yv
							case opcode.CmpNE:
								r = xv != yv
							case opcode.CmpGT:
								r = xv > yv
							default:
								r = xv >= yv
							}
							stack[sp-1] = py.NewBool(r)
							continue
						}
					}
				} else if x, y, ok := asFloats(a, b); ok {
					sp--
					stack[sp] = nil
					stack[sp-1] = py.NewBool(compareFloat64(x, y, arg))
					continue
				}
			}
			f.Lasti = pc - 1
			var v py.Object
			if v, err = compareOp(t, arg, a, b); err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.IMPORT_NAME:
			f.Lasti = pc - 1
			var v py.Object
			if v, err = importName(t, f, names[arg], stack[sp-1], stack[sp-2]); err != nil {
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			continue

		case opcode.IMPORT_STAR:
			f.Lasti = pc - 1
			sp--
			mod := stack[sp]
			stack[sp] = nil
			if err = importStar(t, f, mod); err != nil {
				break
			}
			continue

		case opcode.IMPORT_FROM:
			f.Lasti = pc - 1
			var v py.Object
			if v, err = importFrom(t, stack[sp-1], names[arg]); err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.JUMP_FORWARD:
			pc = arg
			continue

		case opcode.POP_JUMP_IF_FALSE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			if bv, ok := v.(*py.Int); ok && (bv == py.True || bv == py.False) {
				if bv == py.False {
					pc = arg
				}
				continue
			} else if _, ok := v.(*py.NoneObject); ok {
				pc = arg
				continue
			}
			f.Lasti = pc - 1
			var b bool
			if b, err = py.IsTrue(t, v); err != nil {
				break
			}
			if !b {
				pc = arg
			}
			continue

		case opcode.POP_JUMP_IF_TRUE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			if bv, ok := v.(*py.Int); ok && (bv == py.True || bv == py.False) {
				if bv == py.True {
					pc = arg
				}
				continue
			} else if _, ok := v.(*py.NoneObject); ok {
				continue
			}
			f.Lasti = pc - 1
			var b bool
			if b, err = py.IsTrue(t, v); err != nil {
				break
			}
			if b {
				pc = arg
			}
			continue

		case opcode.JUMP_IF_FALSE_OR_POP:
			v := stack[sp-1]
			var b bool
			switch v {
			case py.True:
				b = true
			case py.False, py.None:
			default:
				f.Lasti = pc - 1
				if b, err = py.IsTrue(t, v); err != nil {
					break dispatch
				}
			}
			if b {
				sp--
				stack[sp] = nil
			} else {
				pc = arg
			}
			continue

		case opcode.JUMP_IF_TRUE_OR_POP:
			v := stack[sp-1]
			var b bool
			switch v {
			case py.True:
				b = true
			case py.False, py.None:
			default:
				f.Lasti = pc - 1
				if b, err = py.IsTrue(t, v); err != nil {
					break dispatch
				}
			}
			if b {
				pc = arg
			} else {
				sp--
				stack[sp] = nil
			}
			continue

		case opcode.JUMP_ABSOLUTE:
			if ev.interrupted.Load() {
				f.Lasti = pc - 1
				pc = arg
				if e := ev.pendingInterrupt(t); e != nil {
					err = e
					break
				}
				continue
			}
			pc = arg
			continue

		case opcode.GET_ITER:
			f.Lasti = pc - 1
			var it py.Object
			if it, err = py.Iter(t, stack[sp-1]); err != nil {
				sp--
				stack[sp] = nil
				break
			}
			stack[sp-1] = it
			continue

		case opcode.FOR_ITER, opJumpForIter, opStoreFastJumpForIter:
			if op != opcode.FOR_ITER {
				// A loop's back edge, which goes on with the FOR_ITER
				// it jumps to.
				j := pc - 1 // the JUMP_ABSOLUTE
				if op == opStoreFastJumpForIter {
					sp--
					fast[arg] = stack[sp]
					j = pc
				}
				target := int(instrs[j] >> 8)
				if ev.interrupted.Load() {
					f.Lasti = j
					pc = target
					if e := ev.pendingInterrupt(t); e != nil {
						err = e
						break
					}
				}
				pc = target + 1
				arg = int(instrs[target] >> 8)
			}
			f.Lasti = pc - 1
			it := stack[sp-1]
			var v py.Object
			if g, ok := it.(*py.Generator); ok {
				// The generator's Next slot without the indirect call:
				// a StopIteration escaping its body ends the loop.
				if v, err = g.Next(t); err != nil {
					if e, ok := err.(*py.BaseException); ok && e.Type().IsSubtype(py.StopIteration) {
						t.StopIteration = e
						err = nil
					}
				}
			} else if next := it.Type().Next; next != nil {
				v, err = next(t, it)
			} else {
				// Its class lost __next__ during the loop (CPython's
				// _PyObject_NextNotImplemented).
				err = py.Errorf(py.TypeError, "'%s' object is not iterable", it.Type().Name)
			}
			if v != nil {
				stack[sp] = v
				sp++
				continue
			}
			if err != nil {
				if !py.ErrorMatches(err, py.StopIteration) {
					break
				}
				err = nil
			}
			sp--
			stack[sp] = nil
			pc = arg
			continue

		case opcode.BREAK_LOOP:
			f.Lasti = pc - 1
			why = whyBreak
			break

		case opcode.CONTINUE_LOOP:
			f.Lasti = pc - 1
			retval = py.NewInt(int64(arg))
			why = whyContinue
			break

		case opcode.SETUP_LOOP, opcode.SETUP_EXCEPT, opcode.SETUP_FINALLY:
			f.PushBlock(uint16(op), arg, sp)
			continue

		case opcode.SETUP_WITH:
			f.Lasti = pc - 1
			if sp, err = ev.setupWith(t, f, stack, sp, arg); err != nil {
				break
			}
			continue

		case opcode.WITH_CLEANUP:
			f.Lasti = pc - 1
			if sp, err = ev.withCleanup(t, f, stack, sp); err != nil {
				break
			}
			continue

		case opcode.CALL_FUNCTION:
			f.Lasti = pc - 1
			base := sp - (arg & 0xff) - 2*((arg>>8)&0xff) - 1
			var v py.Object
			if fn, ok := stack[base].(*py.Function); ok && arg < 0x100 {
				// Positional arguments only: straight to the function.
				v, err = ev.callFunction(t, fn, stack[base+1:sp], nil)
			} else {
				v, err = ev.callAt(t, cc, pc-1, stack, base, base+1, sp, arg)
			}
			py.ClearObjects(stack[base+1 : sp])
			sp = base + 1
			if err != nil {
				sp--
				stack[sp] = nil
				break
			}
			stack[base] = v
			continue

		case opcode.LOAD_METHOD:
			f.Lasti = pc - 1
			obj := stack[sp-1]
			var m py.Object
			var isMethod bool
			if m, isMethod, err = cc.methods[arg].GetMethod(t, obj, names[arg]); err != nil {
				break
			}
			stack[sp-1] = m
			if isMethod {
				stack[sp] = obj
			} else {
				stack[sp] = nil
			}
			sp++
			continue

		case opcode.CALL_METHOD:
			f.Lasti = pc - 1
			base := sp - (arg & 0xff) - 2*((arg>>8)&0xff) - 2
			var v py.Object
			if fn, ok := stack[base].(*py.Function); ok && arg < 0x100 && stack[base+1] != nil {
				// A method of a Python class, positional arguments only:
				// self and the arguments are already in place.
				v, err = ev.callFunction(t, fn, stack[base+1:sp], nil)
			} else if stack[base+1] != nil {
				v, err = ev.callAt(t, cc, pc-1, stack, base, base+1, sp, arg+1)
			} else {
				v, err = ev.callAt(t, cc, pc-1, stack, base, base+2, sp, arg)
			}
			py.ClearObjects(stack[base+1 : sp])
			sp = base + 1
			if err != nil {
				sp--
				stack[sp] = nil
				break
			}
			stack[base] = v
			continue

		case opcode.CALL_FUNCTION_VAR, opcode.CALL_FUNCTION_KW, opcode.CALL_FUNCTION_VAR_KW:
			f.Lasti = pc - 1
			var v py.Object
			var base int
			v, base, err = ev.callFunctionExt(t, f, op, arg, stack, sp)
			py.ClearObjects(stack[base:sp])
			sp = base
			if err != nil {
				break
			}
			stack[sp] = v
			sp++
			continue

		case opcode.MAKE_FUNCTION, opcode.MAKE_CLOSURE:
			f.Lasti = pc - 1
			var fn *py.Function
			fn, sp = makeFunction(f, op, arg, stack, sp)
			stack[sp] = fn
			sp++
			continue

		case opcode.BUILD_SLICE:
			f.Lasti = pc - 1
			var step py.Object
			if arg == 3 {
				sp--
				step = stack[sp]
				stack[sp] = nil
			}
			sp--
			stop := stack[sp]
			stack[sp] = nil
			stack[sp-1] = py.NewSlice(stack[sp-1], stop, step)
			continue

		case opTrace:
			// An instruction of code being traced (see trace.go): the
			// first visit reports events, the second runs the
			// instruction (so that no call precedes the dispatch).
			if f.TraceStep {
				f.TraceStep = false
				instr = cc.trace.plain[pc-1]
				goto decode
			}
			f.Lasti = pc - 1
			if t.Tracing != nil {
				// A line trace function may move the frame to another
				// line (f_lineno), so pc and sp come back.
				if pc, sp, err = ev.traceInstr(t, f, cc, stack, sp); err != nil {
					break
				}
			}
			f.TraceStep = cc.trace.on
			pc--
			continue

		default:
			f.Lasti = pc - 1
			err = py.Errorf(py.SystemError, "unknown opcode")
		}

		// An operation failed (err), or the frame is leaving by a raise,
		// return, break, continue or yield (why).
		if err != nil {
			exc = ev.raised(t, err)
			why = whyException
		}
		if why == whyYield {
			leaveWhy, leaveVal = why, retval
			break loop
		}
		if why == whyException {
			py.AddTraceback(exc, f)
			if t.Tracing != nil {
				exc = ev.traceException(t, f, exc)
			}
		}
		if why == whyReraise {
			why = whyException
		}
		f.SP = sp
		pc, why, retval = ev.unwind(t, f, why, retval, exc)
		sp = f.SP
		if why != whyNot {
			leaveWhy, leaveVal = why, retval
			break
		}
	}

done:

	// Leaving the frame: leaveWhy is whyReturn, whyYield or whyException (the
	// exception in t's pending slot of unwind).
	if leaveWhy == whyYield {
		f.SP = sp
		f.Yielded = true
	} else {
		py.ClearObjects(stack[:sp])
		f.SP = 0
	}
	if f.Code.Flags&py.CoGenerator != 0 && (leaveWhy == whyReturn || leaveWhy == whyYield) {
		// Put the generator's exception state aside and restore the
		// caller's (CPython's fast_yield).
		inHandler := false
		for i := 0; i < f.NBlocks; i++ {
			if f.Blocks[i].Kind == py.BlockExceptHandler {
				inHandler = true
				break
			}
		}
		if inHandler {
			t.ExcInfo, f.SavedExc = f.SavedExc, t.ExcInfo
		} else {
			t.ExcInfo, f.SavedExc = f.SavedExc, nil
		}
	}
	f.SetRunning(false)
	t.Frame = f.Back
	t.Leave()
	if leaveWhy == whyException {
		return nil, leaveVal.(*py.BaseException)
	}
	return leaveVal, nil
}

var strBuildClass = py.NewStr("__build_class__")

// maxDepth bounds the nesting of Python calls whatever the recursion
// limit, so that the Go stack (1 GB at most) never overflows.
const maxDepth = 100000

// same reports whether a and b are the same object (Python's is). Every
// Object is a pointer, so comparing the interfaces' words is enough; this
// avoids the runtime call that == on interfaces makes.
func same(a, b py.Object) bool {
	type iface struct{ tab, data unsafe.Pointer }
	return *(*iface)(unsafe.Pointer(&a)) == *(*iface)(unsafe.Pointer(&b))
}

// asFloats returns the values of a and b for the evaluator's float fast
// paths: when one is an exact float and the other an exact float or an
// exact int that a float holds exactly (CPython's float operations
// convert such an int the same way).
func asFloats(a, b py.Object) (x, y float64, ok bool) {
	switch u := a.(type) {
	case *py.Float:
		if u.Type() != py.FloatType {
			return 0, 0, false
		}
		x = u.Float64()
		switch v := b.(type) {
		case *py.Float:
			return x, v.Float64(), v.Type() == py.FloatType
		case *py.Int:
			n, small := v.Int64()
			return x, float64(n), small && v.Type() == py.IntType && n >= -1<<53 && n <= 1<<53
		}
	case *py.Int:
		v, ok := b.(*py.Float)
		if !ok || v.Type() != py.FloatType || u.Type() != py.IntType {
			return 0, 0, false
		}
		n, small := u.Int64()
		return float64(n), v.Float64(), small && n >= -1<<53 && n <= 1<<53
	}
	return 0, 0, false
}

func reverse(s []py.Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
