package regex

import (
	"bytes"
	"unsafe"
)

// Resume points: what a frame does when the frame it started returns.
const (
	jNone uint8 = iota
	jBranch
	jRepeatOneLit
	jRepeatOne
	jMinRepeatOne
	jRepeat
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jAssert
	jAssertNot
)

// frame is one activation of the matcher on a piece of the program: the
// explicit stack of frames replaces recursion, so deep backtracking
// never grows the Go stack.
type frame struct {
	pc        int
	ptr       int
	count     int
	lastmark  int
	lastindex int
	rep       int // repeat context (index into State.reps), -1 none
	chr       int
	jump      uint8
}

// repeatCtx is the state of a general repeat in progress.
type repeatCtx struct {
	count   int
	pc      int // the REPEAT's operands
	lastPtr int
	prev    int
}

// State is a matcher's working state, reusable across matches of one
// program; the marks of a successful match are read from it.
type State struct {
	Marks     []int // 2 per group; -1 unset
	LastMark  int
	LastIndex int
	Start     int // start of the match
	Ptr       int // end of the match
	Pos       int // the pos and endpos the match was asked for
	EndPos    int

	frames    []frame
	reps      []repeatCtx
	repeat    int
	markStack []int
	dataStack []int
}

// Reset clears marks before a new search.
func (st *State) reset() {
	st.LastMark = -1
	st.LastIndex = -1
	st.repeat = -1
	// a finished run leaves its stacks empty; clear them only if not
	if len(st.reps)|len(st.frames)|len(st.markStack)|len(st.dataStack) != 0 {
		st.reps = st.reps[:0]
		st.frames = st.frames[:0]
		st.markStack = st.markStack[:0]
		st.dataStack = st.dataStack[:0]
	}
}

// Span returns the span of group g (0 is the whole match), or -1, -1.
func (st *State) Span(g int) (int, int) {
	if g == 0 {
		return st.Start, st.Ptr
	}
	j := (g - 1) * 2
	if j+1 <= st.LastMark && st.Marks[j] >= 0 && st.Marks[j+1] >= 0 {
		return st.Marks[j], st.Marks[j+1]
	}
	return -1, -1
}

type char interface{ ~byte | ~rune }

// matcher runs a program over a subject of characters C.
type matcher[C char] struct {
	*State
	prog *Prog
	s    []C
	end  int
}

func (m *matcher[C]) lower(c rune) rune {
	if m.prog.lowerMode == 0 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if c < 128 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	return lowerFor(FlagUnicode, c)
}

// isWord reports whether c is a word character for the boundary code at
// (Unicode's for the UNI codes, ASCII's otherwise; -1 is no character).
func (m *matcher[C]) isWord(at int, c rune) bool {
	if uint32(c) < 128 {
		return asciiWordTable[c]
	}
	if c < 0 {
		return false
	}
	return (at == atUniBoundary || at == atUniNonBoundary) && uniWord(c)
}

// asciiWordTable marks the ASCII word characters.
var asciiWordTable = func() (t [128]bool) {
	for c := range t {
		t[c] = asciiWord(rune(c))
	}
	return
}()

// charAt returns the character at i, or -1 outside the subject (a
// position past the end can be asked about after an empty match at the
// end).
func (m *matcher[C]) charAt(i int) rune {
	if i < 0 || i >= len(m.s) {
		return -1
	}
	return rune(m.s[i])
}

func (m *matcher[C]) at(ptr int, code int) bool {
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || m.charAt(ptr-1) == '\n'
	case atEnd:
		return ptr+1 == m.end && m.charAt(ptr) == '\n' || ptr == m.end
	case atEndLine:
		return ptr == m.end || m.charAt(ptr) == '\n'
	case atEndString:
		return ptr == m.end
	case atBoundary, atNonBoundary, atLocBoundary, atLocNonBoundary, atUniBoundary, atUniNonBoundary:
		if m.end == 0 {
			return false
		}
		that := ptr > 0 && m.isWord(code, m.charAt(ptr-1))
		this := ptr < m.end && m.isWord(code, m.charAt(ptr))
		if code == atBoundary || code == atLocBoundary || code == atUniBoundary {
			return this != that
		}
		return this == that
	}
	return false
}

// count returns how many times (up to max) the one-character item at pc
// matches from ptr.
func (m *matcher[C]) count(pc int, ptr int, max int) int {
	code := m.prog.code
	s := m.s
	end := m.end
	if max < end-ptr && max != MaxRepeat {
		end = ptr + max
	}
	start := ptr
	switch op(code[pc]) {
	case opIn:
		cs := m.prog.sets[code[pc+1]]
		for ptr < end && cs.has(rune(s[ptr])) {
			ptr++
		}
	case opInIgnore:
		cs := m.prog.sets[code[pc+1]]
		for ptr < end && cs.has(m.lower(rune(s[ptr]))) {
			ptr++
		}
	case opAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case opAnyAll:
		if ptr < end {
			ptr = end
		}
	case opLiteral:
		c := code[pc+1]
		for ptr < end && int(s[ptr]) == c {
			ptr++
		}
	case opLiteralIgnore:
		c := rune(code[pc+1])
		for ptr < end && m.lower(rune(s[ptr])) == c {
			ptr++
		}
	case opNotLiteral:
		c := code[pc+1]
		for ptr < end && int(s[ptr]) != c {
			ptr++
		}
	case opNotLiteralIgnore:
		c := rune(code[pc+1])
		for ptr < end && m.lower(rune(s[ptr])) != c {
			ptr++
		}
	}
	if ptr < start {
		return 0
	}
	return ptr - start
}

func (m *matcher[C]) markPush(lastmark int) {
	if lastmark > 0 {
		m.markStack = append(m.markStack, m.Marks[:lastmark+1]...)
	}
}

func (m *matcher[C]) markPop(lastmark int, discard bool) {
	if lastmark > 0 {
		n := len(m.markStack) - (lastmark + 1)
		copy(m.Marks[:lastmark+1], m.markStack[n:])
		if discard {
			m.markStack = m.markStack[:n]
		}
	}
}

func (m *matcher[C]) markDiscard(lastmark int) {
	if lastmark > 0 {
		m.markStack = m.markStack[:len(m.markStack)-(lastmark+1)]
	}
}

// run matches the program from pc at m.Ptr; on success m.Ptr is the end
// of the match.
func (m *matcher[C]) run(pc0 int) bool {
	code := m.prog.code
	s := m.s
	end := m.end
	var (
		ctx    *frame
		ret    bool
		jump   uint8
		target int
		i      int
	)
	// The frame stack lives in a local slice while the matcher runs (its
	// storage is kept in the state for the next run).
	// Frames are filled field by field: building one as a composite
	// value and copying it costs a store-forwarding stall per push.
	frames := m.frames[:0]
	if cap(frames) == 0 {
		frames = make([]frame, 0, 32)
	}
	frames = frames[:1]
	ctx = &frames[0]
	ctx.pc, ctx.jump, ctx.rep = pc0, jNone, -1

entrance:
	ctx.ptr = m.Ptr
	for {
		switch op(code[ctx.pc]) {
		case opMark:
			i = code[ctx.pc+1]
			if i&1 != 0 {
				m.LastIndex = i/2 + 1
			}
			if i > m.LastMark {
				for j := m.LastMark + 1; j < i; j++ {
					m.Marks[j] = -1
				}
				m.LastMark = i
			}
			m.Marks[i] = ctx.ptr
			ctx.pc += 2
		case opLiteral:
			if ctx.ptr >= end || int(s[ctx.ptr]) != code[ctx.pc+1] {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opNotLiteral:
			if ctx.ptr >= end || int(s[ctx.ptr]) == code[ctx.pc+1] {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opSuccess:
			m.Ptr = ctx.ptr
			goto success
		case opAt:
			if !m.at(ctx.ptr, code[ctx.pc+1]) {
				goto failure
			}
			ctx.pc += 2
		case opAny:
			if ctx.ptr >= end || s[ctx.ptr] == '\n' {
				goto failure
			}
			ctx.pc++
			ctx.ptr++
		case opAnyAll:
			if ctx.ptr >= end {
				goto failure
			}
			ctx.pc++
			ctx.ptr++
		case opIn:
			if ctx.ptr >= end || !m.prog.sets[code[ctx.pc+1]].has(rune(s[ctx.ptr])) {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opLiteralIgnore:
			if ctx.ptr >= end || m.lower(rune(s[ctx.ptr])) != m.lower(rune(code[ctx.pc+1])) {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opNotLiteralIgnore:
			if ctx.ptr >= end || m.lower(rune(s[ctx.ptr])) == m.lower(rune(code[ctx.pc+1])) {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opInIgnore:
			if ctx.ptr >= end || !m.prog.sets[code[ctx.pc+1]].has(m.lower(rune(s[ctx.ptr]))) {
				goto failure
			}
			ctx.pc += 2
			ctx.ptr++
		case opJump:
			ctx.pc += 1 + code[ctx.pc+1]
		case opBranch:
			// <BRANCH> <skip> code <JUMP> ... <0>
			ctx.lastmark, ctx.lastindex = m.LastMark, m.LastIndex
			ctx.rep = m.repeat
			if ctx.rep >= 0 {
				m.markPush(ctx.lastmark)
			}
			ctx.pc++
			goto branchTry
		case opRepeatOne:
			// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if ctx.ptr+code[ctx.pc+2] > end {
				goto failure
			}
			ctx.count = m.count(ctx.pc+4, ctx.ptr, code[ctx.pc+3])
			ctx.ptr += ctx.count
			if ctx.count < code[ctx.pc+2] {
				goto failure
			}
			ctx.pc++ // at skip
			if op(code[ctx.pc+code[ctx.pc]]) == opSuccess {
				m.Ptr = ctx.ptr
				goto success
			}
			ctx.lastmark, ctx.lastindex = m.LastMark, m.LastIndex
			// A tail that starts with a literal (after group marks, which
			// consume nothing) can only match where that literal is.
			i = ctx.pc + code[ctx.pc]
			for op(code[i]) == opMark {
				i += 2
			}
			if op(code[i]) == opLiteral {
				ctx.chr = code[i+1]
				goto repeatOneLit
			}
			goto repeatOneTry
		case opMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
			if ctx.ptr+code[ctx.pc+2] > end {
				goto failure
			}
			ctx.pc++
			if code[ctx.pc+1] == 0 {
				ctx.count = 0
			} else {
				n := m.count(ctx.pc+3, ctx.ptr, code[ctx.pc+1])
				if n < code[ctx.pc+1] {
					goto failure
				}
				ctx.count = n
				ctx.ptr += n
			}
			if op(code[ctx.pc+code[ctx.pc]]) == opSuccess {
				m.Ptr = ctx.ptr
				goto success
			}
			ctx.lastmark, ctx.lastindex = m.LastMark, m.LastIndex
			// a tail that starts with a literal (after marks) is tried
			// only where that literal is
			ctx.chr = -1
			i = ctx.pc + code[ctx.pc]
			for op(code[i]) == opMark {
				i += 2
			}
			if op(code[i]) == opLiteral {
				ctx.chr = code[i+1]
			}
			goto minRepeatOneTry
		case opRepeat:
			// <REPEAT> <skip> <min> <max> item <UNTIL> tail
			m.reps = append(m.reps, repeatCtx{count: -1, pc: ctx.pc + 1, lastPtr: -1, prev: m.repeat})
			ctx.rep = len(m.reps) - 1
			m.repeat = ctx.rep
			m.Ptr = ctx.ptr
			jump, target = jRepeat, ctx.pc+1+code[ctx.pc+1]
			goto doJump
		case opMaxUntil:
			ctx.rep = m.repeat
			m.Ptr = ctx.ptr
			{
				rp := &m.reps[ctx.rep]
				ctx.count = rp.count + 1
				if ctx.count < code[rp.pc+1] {
					rp.count = ctx.count
					jump, target = jMaxUntil1, rp.pc+3
					goto doJump
				}
				if (ctx.count < code[rp.pc+2] || code[rp.pc+2] == MaxRepeat) && m.Ptr != rp.lastPtr {
					rp.count = ctx.count
					ctx.lastmark, ctx.lastindex = m.LastMark, m.LastIndex
					m.markPush(ctx.lastmark)
					m.dataStack = append(m.dataStack, rp.lastPtr)
					rp.lastPtr = m.Ptr
					jump, target = jMaxUntil2, rp.pc+3
					goto doJump
				}
			}
			goto maxUntilTail
		case opMinUntil:
			ctx.rep = m.repeat
			m.Ptr = ctx.ptr
			{
				rp := &m.reps[ctx.rep]
				ctx.count = rp.count + 1
				if ctx.count < code[rp.pc+1] {
					rp.count = ctx.count
					jump, target = jMinUntil1, rp.pc+3
					goto doJump
				}
				ctx.lastmark, ctx.lastindex = m.LastMark, m.LastIndex
				m.repeat = rp.prev
				jump, target = jMinUntil2, ctx.pc+1
				goto doJump
			}
		case opGroupref, opGrouprefIgnore:
			i = code[ctx.pc+1]
			{
				g := i + i
				if g >= m.LastMark {
					goto failure
				}
				p, e := m.Marks[g], m.Marks[g+1]
				if p < 0 || e < 0 || e < p {
					goto failure
				}
				if op(code[ctx.pc]) == opGroupref {
					for ; p < e; p++ {
						if ctx.ptr >= end || s[ctx.ptr] != s[p] {
							goto failure
						}
						ctx.ptr++
					}
				} else {
					for ; p < e; p++ {
						if ctx.ptr >= end || m.lower(rune(s[ctx.ptr])) != m.lower(rune(s[p])) {
							goto failure
						}
						ctx.ptr++
					}
				}
			}
			ctx.pc += 2
		case opGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
			i = code[ctx.pc+1]
			{
				g := i + i
				if g >= m.LastMark || m.Marks[g] < 0 || m.Marks[g+1] < 0 || m.Marks[g+1] < m.Marks[g] {
					ctx.pc += 1 + code[ctx.pc+2]
					break
				}
			}
			ctx.pc += 3
		case opAssert:
			// <ASSERT> <skip> <back> pattern
			{
				back := code[ctx.pc+2]
				if ctx.ptr-back < 0 {
					goto failure
				}
				m.Ptr = ctx.ptr - back
			}
			jump, target = jAssert, ctx.pc+3
			goto doJump
		case opAssertNot:
			{
				back := code[ctx.pc+2]
				if ctx.ptr-back >= 0 {
					m.Ptr = ctx.ptr - back
					jump, target = jAssertNot, ctx.pc+3
					goto doJump
				}
			}
			ctx.pc += 1 + code[ctx.pc+1]
		case opFailure:
			goto failure
		default:
			goto failure
		}
	}

branchTry:
	for ; code[ctx.pc] != 0; ctx.pc += code[ctx.pc] {
		switch op(code[ctx.pc+1]) {
		case opLiteral:
			if ctx.ptr >= end || int(s[ctx.ptr]) != code[ctx.pc+2] {
				continue
			}
		case opIn:
			if ctx.ptr >= end || !m.prog.sets[code[ctx.pc+2]].has(rune(s[ctx.ptr])) {
				continue
			}
		}
		m.Ptr = ctx.ptr
		jump, target = jBranch, ctx.pc+1
		goto doJump
	}
	if ctx.rep >= 0 {
		m.markDiscard(ctx.lastmark)
	}
	goto failure

repeatOneLit:
	// the tail starts with a literal: try only where it can match
	for {
		for ctx.count >= code[ctx.pc+1] && (ctx.ptr >= end || int(s[ctx.ptr]) != ctx.chr) {
			ctx.ptr--
			ctx.count--
		}
		if ctx.count < code[ctx.pc+1] {
			goto failure
		}
		m.Ptr = ctx.ptr
		jump, target = jRepeatOneLit, ctx.pc+code[ctx.pc]
		goto doJump
	}

repeatOneTry:
	if ctx.count >= code[ctx.pc+1] {
		m.Ptr = ctx.ptr
		jump, target = jRepeatOne, ctx.pc+code[ctx.pc]
		goto doJump
	}
	goto failure

minRepeatOneTry:
	if code[ctx.pc+2] == MaxRepeat || ctx.count <= code[ctx.pc+2] {
		if ctx.chr >= 0 && (ctx.ptr >= end || int(s[ctx.ptr]) != ctx.chr) {
			// the tail cannot match here: take one more item
			m.Ptr = ctx.ptr
			if m.count(ctx.pc+3, ctx.ptr, 1) == 0 {
				goto failure
			}
			ctx.ptr++
			ctx.count++
			goto minRepeatOneTry
		}
		m.Ptr = ctx.ptr
		jump, target = jMinRepeatOne, ctx.pc+code[ctx.pc]
		goto doJump
	}
	goto failure

maxUntilTail:
	// cannot match more repeated items here; make sure the tail matches
	m.repeat = m.reps[ctx.rep].prev
	jump, target = jMaxUntil3, ctx.pc+1
	goto doJump

doJump:
	if len(frames) == cap(frames) {
		frames = append(frames, frame{})
	} else {
		frames = frames[:len(frames)+1]
	}
	ctx = &frames[len(frames)-1]
	ctx.pc, ctx.jump, ctx.rep = target, jump, -1
	goto entrance

failure:
	ret = false
	goto exit

success:
	ret = true

exit:
	jump = ctx.jump
	frames = frames[:len(frames)-1]
	if len(frames) == 0 {
		m.frames = frames
		return ret
	}
	ctx = &frames[len(frames)-1]
	switch jump {
	case jBranch:
		if ret {
			if ctx.rep >= 0 {
				m.markDiscard(ctx.lastmark)
			}
			goto success
		}
		if ctx.rep >= 0 {
			m.markPop(ctx.lastmark, false)
		}
		m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
		ctx.pc += code[ctx.pc]
		goto branchTry
	case jRepeatOneLit:
		if ret {
			goto success
		}
		m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
		ctx.ptr--
		ctx.count--
		goto repeatOneLit
	case jRepeatOne:
		if ret {
			goto success
		}
		ctx.ptr--
		ctx.count--
		m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
		goto repeatOneTry
	case jMinRepeatOne:
		if ret {
			goto success
		}
		m.Ptr = ctx.ptr
		if m.count(ctx.pc+3, ctx.ptr, 1) == 0 {
			goto failure
		}
		ctx.ptr++
		ctx.count++
		m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
		goto minRepeatOneTry
	case jRepeat:
		m.repeat = m.reps[ctx.rep].prev
		m.reps = m.reps[:ctx.rep]
		if ret {
			goto success
		}
		goto failure
	case jMaxUntil1:
		if ret {
			goto success
		}
		m.reps[ctx.rep].count = ctx.count - 1
		m.Ptr = ctx.ptr
		goto failure
	case jMaxUntil2:
		{
			rp := &m.reps[ctx.rep]
			rp.lastPtr = m.dataStack[len(m.dataStack)-1]
			m.dataStack = m.dataStack[:len(m.dataStack)-1]
			if ret {
				m.markDiscard(ctx.lastmark)
				goto success
			}
			m.markPop(ctx.lastmark, true)
			m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
			rp.count = ctx.count - 1
			m.Ptr = ctx.ptr
		}
		goto maxUntilTail
	case jMaxUntil3:
		if ret {
			goto success
		}
		m.repeat = ctx.rep
		m.Ptr = ctx.ptr
		goto failure
	case jMinUntil1:
		if ret {
			goto success
		}
		m.reps[ctx.rep].count = ctx.count - 1
		m.Ptr = ctx.ptr
		goto failure
	case jMinUntil2:
		if ret {
			goto success
		}
		m.repeat = ctx.rep
		m.Ptr = ctx.ptr
		m.LastMark, m.LastIndex = ctx.lastmark, ctx.lastindex
		{
			rp := &m.reps[ctx.rep]
			if ctx.count >= code[rp.pc+2] && code[rp.pc+2] != MaxRepeat || m.Ptr == rp.lastPtr {
				goto failure
			}
			rp.count = ctx.count
			m.dataStack = append(m.dataStack, rp.lastPtr)
			rp.lastPtr = m.Ptr
			jump, target = jMinUntil3, rp.pc+3
		}
		goto doJump
	case jMinUntil3:
		{
			rp := &m.reps[ctx.rep]
			rp.lastPtr = m.dataStack[len(m.dataStack)-1]
			m.dataStack = m.dataStack[:len(m.dataStack)-1]
			if ret {
				goto success
			}
			rp.count = ctx.count - 1
			m.Ptr = ctx.ptr
		}
		goto failure
	case jAssert:
		if !ret {
			goto failure
		}
		ctx.pc += 1 + code[ctx.pc+1]
		goto entranceContinue
	case jAssertNot:
		if ret {
			goto failure
		}
		ctx.pc += 1 + code[ctx.pc+1]
		goto entranceContinue
	}
	return ret

entranceContinue:
	// resume the op loop of the current frame without resetting its ptr
	m.Ptr = ctx.ptr
	goto entrance
}

// Subject is the text a program runs over: bytes (a bytes pattern, or a
// str whose characters are all below 256... only ASCII str is passed this
// way) or code points.
type Subject struct {
	B    []byte
	R    []rune
	Wide bool
}

// Len returns the number of characters.
func (sub *Subject) Len() int {
	if sub.Wide {
		return len(sub.R)
	}
	return len(sub.B)
}

// BytesOf views a Go string's bytes without copying (the matcher only
// reads them).
func BytesOf(s string) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// NewState returns a state for prog.
func (p *Prog) NewState() *State {
	st := &State{Marks: make([]int, 2*p.Groups)}
	st.reset()
	return st
}

// Match tries the program at st.Start only (search false) or at each
// position from st.Start on (search true), up to end. It reports whether
// a match was found; its span and groups are then in st.
func (p *Prog) Match(st *State, sub *Subject, start, end int, search bool) bool {
	st.reset()
	st.Start, st.Ptr = start, start
	if sub.Wide {
		m := matcher[rune]{State: st, prog: p, s: sub.R, end: end}
		return m.exec(start, search)
	}
	m := matcher[byte]{State: st, prog: p, s: sub.B, end: end}
	return m.exec(start, search)
}

func (m *matcher[C]) try(pos int) bool {
	m.Start = pos
	m.Ptr = pos
	if m.prog.minLen > 0 && m.end-pos < m.prog.minLen {
		return false
	}
	return m.run(0)
}

func (m *matcher[C]) exec(start int, search bool) bool {
	p := m.prog
	if !search {
		return m.try(start)
	}
	ptr := start
	// no match can start where fewer than minLen characters remain
	end := m.end - p.minLen
	if end < ptr {
		return false
	}
	switch p.anchor {
	case 1:
		return ptr == 0 && m.try(0)
	case 2:
		for ptr <= end {
			if (ptr == 0 || m.s[ptr-1] == '\n') && m.try(ptr) {
				return true
			}
			// on to the next line
			ptr++
			for ptr <= end && m.s[ptr-1] != '\n' {
				ptr++
			}
		}
		return false
	}
	if len(p.prefix) > 0 {
		if b, ok := any(m.s).([]byte); ok && p.prefix8 != nil {
			for ptr <= end {
				k := bytes.Index(b[ptr:m.end], p.prefix8)
				if k < 0 || ptr+k > end {
					return false
				}
				ptr += k
				if p.literal {
					m.Start, m.Ptr = ptr, ptr+len(p.prefix)
					return true
				}
				if m.try(ptr) {
					return true
				}
				ptr++
			}
			return false
		}
		first := C(p.prefix[0])
		if rune(first) != p.prefix[0] {
			return false
		}
		n := len(p.prefix)
		for ; ptr <= end; ptr++ {
			if m.s[ptr] != first {
				continue
			}
			if ptr+n > m.end {
				return false
			}
			ok := true
			for k := 1; k < n; k++ {
				if rune(m.s[ptr+k]) != p.prefix[k] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if p.literal {
				m.Start, m.Ptr = ptr, ptr+n
				return true
			}
			if m.try(ptr) {
				return true
			}
		}
		return false
	}
	if p.firstLit >= 0 {
		if b, ok := any(m.s).([]byte); ok {
			if p.firstLit >= 256 {
				return false
			}
			c := byte(p.firstLit)
			for ptr <= end {
				k := bytes.IndexByte(b[ptr:end+1], c)
				if k < 0 {
					return false
				}
				ptr += k
				if m.try(ptr) {
					return true
				}
				ptr++
			}
			return false
		}
		for ; ptr <= end; ptr++ {
			if int(m.s[ptr]) == p.firstLit && m.try(ptr) {
				return true
			}
		}
		return false
	}
	if cs := p.firstSet; cs != nil {
		for ; ptr <= end; ptr++ {
			if ptr < m.end && cs.has(rune(m.s[ptr])) && m.try(ptr) {
				return true
			}
		}
		return false
	}
	for ; ptr <= end; ptr++ {
		if m.try(ptr) {
			return true
		}
	}
	return false
}
