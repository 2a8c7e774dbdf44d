package zlibmod

import (
	"encoding/binary"
	"hash/crc32"
)

// An inflater decodes a zlib, gzip or raw deflate stream fed to it in
// pieces, as zlib's inflate does: it can stop when its output limit is
// reached and go on with the next call, keeps the last 32K of output for
// back references, and reports malformed data with zlib's messages.
//
// Decoding proceeds in steps (a header field, a code length, one
// literal or one length/distance pair). A step that runs out of input is
// undone and retried when more input arrives, so the only state kept
// between calls is the step's position in the stream (mode and
// counters) and the bits not yet used.

// Stream wrappers.
const (
	wrapRaw  = iota // bare deflate data
	wrapZlib        // RFC 1950
	wrapGzip        // RFC 1952
	wrapAuto        // gzip or zlib, by the first two bytes
)

// Decoding modes.
const (
	mHeader = iota
	mBlock
	mStoredLen
	mStored
	mDynHeader
	mCodeLens
	mLens
	mCodes
	mCopy
	mTrailer
	mDone
	mBad
)

const windowSize = 1 << 15

// huffman is a canonical Huffman code: the number of codes of each
// length and the symbols in code order.
type huffman struct {
	count  [16]uint16
	symbol []uint16
	empty  bool // no codes at all
}

// build makes the code for the given lengths. It reports whether the
// code is over-subscribed and whether it is incomplete.
func (h *huffman) build(lengths []uint8) (over, incomplete bool) {
	h.count = [16]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	h.empty = int(h.count[0]) == len(lengths)
	if h.empty {
		return false, true
	}
	left := 1
	for l := 1; l < 16; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return true, false
		}
	}
	var offs [16]uint16
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	if cap(h.symbol) >= len(lengths) {
		h.symbol = h.symbol[:len(lengths)]
	} else {
		h.symbol = make([]uint16, len(lengths))
	}
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	return false, left > 0
}

// buildChecked builds h with the validation zlib applies to a set of
// lengths: over-subscribed sets are refused, and incomplete ones unless
// they hold a single code of length one (never for the code length
// code).
func buildChecked(h *huffman, lengths []uint8, isCodeLens bool) bool {
	over, incomplete := h.build(lengths)
	if over {
		return false
	}
	if h.empty {
		// zlib accepts a set with no codes; reading from it fails (or,
		// for the code length code, reads length 0 from one bit).
		return true
	}
	if incomplete {
		if isCodeLens {
			return false
		}
		n := 0
		maxLen := 0
		for l := 1; l < 16; l++ {
			if h.count[l] != 0 {
				maxLen = l
				n += int(h.count[l])
			}
		}
		if maxLen != 1 && n != 0 {
			return false
		}
	}
	return true
}

var (
	fixedLit, fixedDist huffman
	lenBase             = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra            = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase            = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra           = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	codeLenOrder        = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}
)

func init() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	fixedLit.build(l[:])
	var d [30]uint8
	for i := range d {
		d[i] = 5
	}
	fixedDist.build(d[:])
}

type inflater struct {
	wrap  int
	wbits int // window bits asked for (0: take the header's)
	mode  int
	err   string // the message of a mBad stream
	// errCode is zlib's return code for a mBad stream: Z_DATA_ERROR
	// (-3), or Z_NEED_DICT (2).
	errCode int

	// Bits read but not used, lowest first.
	hold  uint64
	nbits uint

	last     bool // this block is the final one
	dynLit   huffman
	dynDist  huffman
	lit      *huffman
	dist     *huffman
	stored   int // bytes left in a stored block
	nlen     int
	ndist    int
	nclen    int
	idx      int
	lens     [320]uint8
	clens    [19]uint8
	clCode   huffman
	copyLen  int // bytes left of a match
	copyDist int

	isGzip bool
	check  uint32 // running adler32 or crc32 of the output
	total  uint32 // output length mod 2**32 (gzip)

	// hist holds the window: the last output, up to 32K, before what
	// the current call produces.
	hist []byte
	have int64 // total output so far, for "too far back"
}

func newInflater(wrap, wbits int) *inflater {
	z := &inflater{wrap: wrap, wbits: wbits}
	if wrap == wrapRaw {
		z.mode = mBlock
	}
	return z
}

func (z *inflater) clone() *inflater {
	c := *z
	c.hist = append([]byte(nil), z.hist...)
	c.dynLit.symbol = append([]uint16(nil), z.dynLit.symbol...)
	c.dynDist.symbol = append([]uint16(nil), z.dynDist.symbol...)
	c.clCode.symbol = append([]uint16(nil), z.clCode.symbol...)
	if z.lit == &z.dynLit {
		c.lit = &c.dynLit
	}
	if z.dist == &z.dynDist {
		c.dist = &c.dynDist
	}
	return &c
}

// run is one call's work: the input, the position in it, the output
// (hist followed by this call's bytes) and the output limit.
type run struct {
	in    []byte
	pos   int
	out   []byte // starts with the window
	start int    // where this call's output begins in out
	limit int    // most bytes this call may produce; <0: no limit
	// checked is where the output not yet counted in the check value
	// begins.
	checked int
}

// need makes n bits available, reporting false when the input runs out.
func (z *inflater) need(r *run, n uint) bool {
	for z.nbits < n {
		if r.pos >= len(r.in) {
			return false
		}
		z.hold |= uint64(r.in[r.pos]) << z.nbits
		r.pos++
		z.nbits += 8
	}
	return true
}

func (z *inflater) bits(n uint) uint32 {
	v := uint32(z.hold & (1<<n - 1))
	z.hold >>= n
	z.nbits -= n
	return v
}

// decode reads one symbol of h; ok is false when the input runs out,
// and sym is -1 for a code not in h.
func (z *inflater) decode(r *run, h *huffman) (sym int, ok bool) {
	if h.empty {
		if !z.need(r, 1) {
			return 0, false
		}
		z.bits(1)
		if h == &z.clCode {
			return 0, true
		}
		return -1, true
	}
	code, first, index := 0, 0, 0
	for l := 1; l < 16; l++ {
		if z.nbits == 0 && !z.need(r, 1) {
			return 0, false
		}
		code |= int(z.bits(1))
		count := int(h.count[l])
		if code-count < first {
			return int(h.symbol[index+(code-first)]), true
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return -1, true
}

func (z *inflater) fail(msg string) {
	z.mode = mBad
	z.err = msg
	z.errCode = -3
}

// emitted is the number of bytes produced so far in this call.
func (r *run) emitted() int { return len(r.out) - r.start }

// room reports whether the call may produce another byte.
func (r *run) room() bool { return r.limit < 0 || r.emitted() < r.limit }

// process runs the decoder until it needs input, fills its output
// limit, ends or fails.
func (z *inflater) process(r *run) {
	for {
		// The checkpoint a step returns to when input runs out.
		pos, hold, nbits := r.pos, z.hold, z.nbits
		switch z.mode {
		case mDone, mBad:
			return
		case mHeader:
			if !z.header(r) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return
			}
		case mBlock:
			if !z.need(r, 3) {
				return
			}
			z.last = z.bits(1) == 1
			switch z.bits(2) {
			case 0:
				z.mode = mStoredLen
			case 1:
				z.lit, z.dist = &fixedLit, &fixedDist
				z.mode = mCodes
			case 2:
				z.mode = mDynHeader
			default:
				z.fail("invalid block type")
			}
		case mStoredLen:
			z.bits(z.nbits % 8)
			if !z.need(r, 32) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return
			}
			n := z.bits(16)
			if n != ^z.bits(16)&0xffff {
				z.fail("invalid stored block lengths")
				continue
			}
			z.stored = int(n)
			z.mode = mStored
		case mStored:
			// Whole bytes may still sit in the bit buffer.
			for z.stored > 0 && z.nbits >= 8 && r.room() {
				r.out = append(r.out, byte(z.bits(8)))
				z.stored--
			}
			n := z.stored
			if avail := len(r.in) - r.pos; n > avail {
				n = avail
			}
			if r.limit >= 0 && n > r.limit-r.emitted() {
				n = r.limit - r.emitted()
			}
			r.out = append(r.out, r.in[r.pos:r.pos+n]...)
			r.pos += n
			z.stored -= n
			if z.stored > 0 {
				return
			}
			z.endBlock()
		case mDynHeader:
			if !z.need(r, 14) {
				return
			}
			z.nlen = int(z.bits(5)) + 257
			z.ndist = int(z.bits(5)) + 1
			z.nclen = int(z.bits(4)) + 4
			if z.nlen > 286 || z.ndist > 30 {
				z.fail("too many length or distance symbols")
				continue
			}
			z.idx = 0
			z.clens = [19]uint8{}
			z.mode = mCodeLens
		case mCodeLens:
			for z.idx < z.nclen {
				if !z.need(r, 3) {
					return
				}
				z.clens[codeLenOrder[z.idx]] = uint8(z.bits(3))
				z.idx++
			}
			if !buildChecked(&z.clCode, z.clens[:], true) {
				z.fail("invalid code lengths set")
				continue
			}
			z.idx = 0
			z.mode = mLens
		case mLens:
			if !z.readLens(r) {
				return
			}
		case mCodes:
			if !r.room() {
				return
			}
			if !z.codes(r) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return
			}
		case mCopy:
			if !z.copyMatch(r) {
				return
			}
		case mTrailer:
			z.updateCheck(r)
			if !z.trailer(r) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return
			}
		}
	}
}

// readLens reads the literal/length and distance code lengths of a
// dynamic block; false when the input runs out.
func (z *inflater) readLens(r *run) bool {
	total := z.nlen + z.ndist
	for z.idx < total {
		pos, hold, nbits := r.pos, z.hold, z.nbits
		sym, ok := z.decode(r, &z.clCode)
		if !ok {
			r.pos, z.hold, z.nbits = pos, hold, nbits
			return false
		}
		if sym < 0 {
			z.fail("invalid code lengths set")
			return true
		}
		if sym < 16 {
			z.lens[z.idx] = uint8(sym)
			z.idx++
			continue
		}
		var rep int
		var val uint8
		switch sym {
		case 16:
			if !z.need(r, 2) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return false
			}
			if z.idx == 0 {
				z.fail("invalid bit length repeat")
				return true
			}
			val = z.lens[z.idx-1]
			rep = 3 + int(z.bits(2))
		case 17:
			if !z.need(r, 3) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return false
			}
			rep = 3 + int(z.bits(3))
		default:
			if !z.need(r, 7) {
				r.pos, z.hold, z.nbits = pos, hold, nbits
				return false
			}
			rep = 11 + int(z.bits(7))
		}
		if z.idx+rep > total {
			z.fail("invalid bit length repeat")
			return true
		}
		for ; rep > 0; rep-- {
			z.lens[z.idx] = val
			z.idx++
		}
	}
	if z.lens[256] == 0 {
		z.fail("invalid code -- missing end-of-block")
		return true
	}
	if !buildChecked(&z.dynLit, z.lens[:z.nlen], false) {
		z.fail("invalid literal/lengths set")
		return true
	}
	if !buildChecked(&z.dynDist, z.lens[z.nlen:total], false) {
		z.fail("invalid distances set")
		return true
	}
	z.lit, z.dist = &z.dynLit, &z.dynDist
	z.mode = mCodes
	return true
}

// codes decodes one literal, end of block or length/distance pair;
// false when the input runs out.
func (z *inflater) codes(r *run) bool {
	sym, ok := z.decode(r, z.lit)
	if !ok {
		return false
	}
	switch {
	case sym < 0:
		z.fail("invalid literal/length code")
	case sym < 256:
		r.out = append(r.out, byte(sym))
	case sym == 256:
		z.endBlock()
	default:
		sym -= 257
		if sym >= 29 {
			z.fail("invalid literal/length code")
			return true
		}
		if !z.need(r, uint(lenExtra[sym])) {
			return false
		}
		length := int(lenBase[sym]) + int(z.bits(uint(lenExtra[sym])))
		dsym, ok := z.decode(r, z.dist)
		if !ok {
			return false
		}
		if dsym < 0 || dsym >= 30 {
			z.fail("invalid distance code")
			return true
		}
		if !z.need(r, uint(distExtra[dsym])) {
			return false
		}
		dist := int(distBase[dsym]) + int(z.bits(uint(distExtra[dsym])))
		if int64(dist) > z.have+int64(r.emitted()) || dist > z.windowBytes() {
			z.fail("invalid distance too far back")
			return true
		}
		z.copyLen, z.copyDist = length, dist
		z.mode = mCopy
	}
	return true
}

// windowBytes is the largest distance the stream's window allows.
func (z *inflater) windowBytes() int {
	if z.wbits >= 8 && z.wbits <= 15 {
		return 1 << uint(z.wbits)
	}
	return windowSize
}

// copyMatch copies the current match as far as the output limit allows;
// false when the limit stops it.
func (z *inflater) copyMatch(r *run) bool {
	for z.copyLen > 0 {
		if !r.room() {
			return false
		}
		r.out = append(r.out, r.out[len(r.out)-z.copyDist])
		z.copyLen--
	}
	z.mode = mCodes
	return true
}

func (z *inflater) endBlock() {
	if z.last {
		z.mode = mTrailer
		if z.wrap == wrapRaw {
			z.mode = mDone
		}
	} else {
		z.mode = mBlock
	}
}

// byteAt reads one whole byte for the header and trailer.
func (z *inflater) byteAt(r *run) (byte, bool) {
	if !z.need(r, 8) {
		return 0, false
	}
	return byte(z.bits(8)), true
}

// header reads the zlib or gzip header; false when the input runs out.
func (z *inflater) header(r *run) bool {
	b0, ok := z.byteAt(r)
	if !ok {
		return false
	}
	b1, ok := z.byteAt(r)
	if !ok {
		return false
	}
	gzip := z.wrap == wrapGzip || z.wrap == wrapAuto && b0 == 0x1f && b1 == 0x8b
	if !gzip {
		if (uint(b0)<<8|uint(b1))%31 != 0 {
			z.fail("incorrect header check")
			return true
		}
		if b0&0x0f != 8 {
			z.fail("unknown compression method")
			return true
		}
		w := int(b0>>4) + 8
		if z.wbits == 0 {
			z.wbits = w
		}
		if w > 15 || w > z.wbits {
			z.fail("invalid window size")
			return true
		}
		if b1&0x20 != 0 {
			// A preset dictionary: zlib reads its id, then returns
			// Z_NEED_DICT, with no message.
			for i := 0; i < 4; i++ {
				if _, ok := z.byteAt(r); !ok {
					return false
				}
			}
			z.fail("")
			z.errCode = 2
			return true
		}
		z.check = 1
		z.mode = mBlock
		return true
	}
	if b0 != 0x1f || b1 != 0x8b {
		z.fail("incorrect header check")
		return true
	}
	var hdr [8]byte
	for i := range hdr {
		if hdr[i], ok = z.byteAt(r); !ok {
			return false
		}
	}
	if hdr[0] != 8 {
		z.fail("unknown compression method")
		return true
	}
	flags := hdr[1]
	if flags&0xe0 != 0 {
		z.fail("unknown header flags set")
		return true
	}
	crc := crc32.Update(0, crc32.IEEETable, []byte{b0, b1})
	crc = crc32.Update(crc, crc32.IEEETable, hdr[:])
	readN := func(n int) bool {
		for ; n > 0; n-- {
			b, ok := z.byteAt(r)
			if !ok {
				return false
			}
			crc = crc32.Update(crc, crc32.IEEETable, []byte{b})
		}
		return true
	}
	if flags&4 != 0 {
		lo, ok1 := z.byteAt(r)
		hi, ok2 := z.byteAt(r)
		if !ok1 || !ok2 {
			return false
		}
		crc = crc32.Update(crc, crc32.IEEETable, []byte{lo, hi})
		if !readN(int(lo) | int(hi)<<8) {
			return false
		}
	}
	for _, f := range []byte{8, 16} { // name, comment: NUL-terminated
		if flags&f == 0 {
			continue
		}
		for {
			b, ok := z.byteAt(r)
			if !ok {
				return false
			}
			crc = crc32.Update(crc, crc32.IEEETable, []byte{b})
			if b == 0 {
				break
			}
		}
	}
	if flags&2 != 0 {
		lo, ok1 := z.byteAt(r)
		hi, ok2 := z.byteAt(r)
		if !ok1 || !ok2 {
			return false
		}
		if uint16(lo)|uint16(hi)<<8 != uint16(crc) {
			z.fail("header crc mismatch")
			return true
		}
	}
	z.isGzip = true
	z.check = 0
	z.mode = mBlock
	return true
}

// trailer reads and verifies the check value; false when the input runs
// out.
func (z *inflater) trailer(r *run) bool {
	z.bits(z.nbits % 8)
	var b [8]byte
	n := 4
	if z.isGzip {
		n = 8
	}
	for i := 0; i < n; i++ {
		v, ok := z.byteAt(r)
		if !ok {
			return false
		}
		b[i] = v
	}
	if z.isGzip {
		if binary.LittleEndian.Uint32(b[:4]) != z.check {
			z.fail("incorrect data check")
			return true
		}
		if binary.LittleEndian.Uint32(b[4:]) != z.total {
			z.fail("incorrect length check")
			return true
		}
	} else if binary.BigEndian.Uint32(b[:4]) != z.check {
		z.fail("incorrect data check")
		return true
	}
	z.mode = mDone
	return true
}

// inflate decodes in, producing at most limit bytes (limit < 0: no
// limit). It returns the output and how much of in it used.
func (z *inflater) inflate(in []byte, limit int) (out []byte, used int) {
	r := &run{in: in, out: z.hist, start: len(z.hist), checked: len(z.hist), limit: limit}
	z.process(r)
	z.updateCheck(r)
	out = append([]byte(nil), r.out[r.start:]...)
	z.have += int64(len(out))
	// Keep the window for the next call.
	all := r.out
	if len(all) > windowSize {
		all = all[len(all)-windowSize:]
	}
	z.hist = append(make([]byte, 0, windowSize), all...)
	return out, r.pos
}

// updateCheck brings the running check value up to date with the
// output made so far.
func (z *inflater) updateCheck(r *run) {
	b := r.out[r.checked:]
	r.checked = len(r.out)
	if z.isGzip {
		z.check = crc32.Update(z.check, crc32.IEEETable, b)
		z.total += uint32(len(b))
	} else if z.wrap != wrapRaw {
		z.check = adler32Update(z.check, b)
	}
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := len(p)
		if n > 5552 {
			n = 5552
		}
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}
