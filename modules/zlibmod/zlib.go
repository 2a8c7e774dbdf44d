// Package zlibmod is the zlib module of CPython 3.2: compress and
// decompress in one call or through Compress and Decompress objects,
// and the Adler-32 and CRC-32 checksums. It registers itself with the
// builtins package's module table; modules/all links it in.
//
// Decompression is Taipan's own inflater (inflate.go), which follows
// zlib's rules and messages: streams fed in pieces, output limits with
// unconsumed_tail, unused_data after the end of a stream, zlib, gzip and
// raw streams by wbits. Compression uses Go's compress/flate: its output
// is valid deflate data that zlib and CPython read back, but it is not
// byte for byte the output of the C zlib at the same level.
package zlibmod

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"hash/crc32"
	"io"
	"math/big"
	"strconv"

	gzip "compress/gzip"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("zlib", newModule)
	ErrorType.Base = py.ExceptionType
	ErrorType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType)
}

// The module's constants (zlib.h's).
const (
	maxWBits       = 15
	deflated       = 8
	defMemLevel    = 8
	zNoFlush       = 0
	zSyncFlush     = 2
	zFullFlush     = 3
	zFinish        = 4
	zDefaultLevel  = -1
	zFiltered      = 1
	zHuffmanOnly   = 2
	zDefaultStrat  = 0
	defaultBufSize = 16384
	zlibVersion    = "1.2.13"
)

// ErrorType is zlib.error.
var ErrorType = &py.Type{Name: "error", Module: "zlib", Flags: py.FlagBaseType | py.FlagHasDict}

// The object types.
var (
	CompressType   = &py.Type{Name: "Compress", Module: "zlib"}
	DecompressType = &py.Type{Name: "Decompress", Module: "zlib"}
)

// zlibError formats zlib's "Error <code> <context>: <message>".
func zlibError(code int, context, msg string) error {
	s := "Error " + strconv.Itoa(code) + " " + context
	if msg != "" {
		s += ": " + msg
	}
	return py.NewException(ErrorType, py.NewStr(s))
}

func streamError(context string) error { return zlibError(-2, context, "inconsistent stream state") }

// uintMask is the "I" conversion: an int's low 32 bits.
func uintMask(t *py.Thread, o py.Object) (uint32, error) {
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	i, ok := o.(*py.Int)
	if !ok {
		typ := o.Type()
		if typ.Int == nil {
			return 0, py.Errorf(py.TypeError, "an integer is required")
		}
		r, err := typ.Int(t, o)
		if err != nil {
			return 0, err
		}
		if i, ok = r.(*py.Int); !ok {
			return 0, py.Errorf(py.TypeError, "nb_int should return int object")
		}
	}
	if v, small := i.Int64(); small {
		return uint32(v), nil
	}
	return uint32(new(big.Int).And(i.Big(), big.NewInt(0xffffffff)).Uint64()), nil
}

// intArg converts an optional "i" argument.
func intArg(t *py.Thread, o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return py.ArgInt(t, o)
}

func checksum(name string, update func(uint32, []byte) uint32, start uint32) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var do, vo py.Object
		if err := py.ParseTuple(name, args, kwnames, 1, 2, &do, &vo); err != nil {
			return nil, err
		}
		data, err := py.GetBuffer(do, false)
		if err != nil {
			return nil, err
		}
		v := start
		if vo != nil {
			if v, err = uintMask(t, vo); err != nil {
				return nil, err
			}
		}
		return py.NewInt(int64(update(v, data))), nil
	}
}

// ---- compression ----

// compressor is a deflate stream being written, with what is needed to
// copy it: Go's writers cannot be cloned, so a copy replays the input
// and flushes the stream has seen into a new writer.
type compressor struct {
	level, wbits, strategy int
	buf                    bytes.Buffer
	w                      interface {
		io.Writer
		Flush() error
		Close() error
	}
	history  []historyOp
	histSize int  // bytes of input in history
	noCopy   bool // history was dropped: too large to keep
	produced int  // bytes of output handed out so far
	finished bool
}

// maxHistory is the most input a compressor keeps for copy(); a longer
// stream cannot be copied.
const maxHistory = 32 << 20

type historyOp struct {
	data  []byte
	flush int // zNoFlush for data
}

func goLevel(level, strategy int) int {
	if strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if level == zDefaultLevel {
		return flate.DefaultCompression
	}
	return level
}

func newCompressor(level, wbits, strategy int) (*compressor, error) {
	c := &compressor{level: level, wbits: wbits, strategy: strategy}
	gl := goLevel(level, strategy)
	var err error
	switch {
	case wbits < 0:
		c.w, err = flate.NewWriter(&c.buf, gl)
	case wbits > 15:
		var g *gzip.Writer
		g, err = gzip.NewWriterLevel(&c.buf, gl)
		if err == nil {
			// zlib writes no name, time or extra field, and OS 3.
			g.OS = 3
			c.w = g
		}
	default:
		c.w, err = zlib.NewWriterLevel(&c.buf, gl)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// take returns the output written since the last take.
func (c *compressor) take() []byte {
	out := append([]byte(nil), c.buf.Bytes()...)
	c.buf.Reset()
	c.produced += len(out)
	return out
}

func (c *compressor) write(data []byte) []byte {
	c.w.Write(data)
	if !c.noCopy {
		c.histSize += len(data)
		if c.histSize > maxHistory {
			c.noCopy, c.history = true, nil
		} else {
			c.history = append(c.history, historyOp{data: append([]byte(nil), data...)})
		}
	}
	return c.take()
}

func (c *compressor) flush(mode int) []byte {
	if mode == zFinish {
		c.w.Close()
		c.finished = true
	} else {
		c.w.Flush()
	}
	if !c.noCopy {
		c.history = append(c.history, historyOp{flush: mode})
	}
	return c.take()
}

func (c *compressor) clone() (*compressor, error) {
	if c.noCopy {
		return nil, py.Errorf(py.MemoryError, "Can't allocate memory for compression object")
	}
	n, err := newCompressor(c.level, c.wbits, c.strategy)
	if err != nil {
		return nil, err
	}
	for _, op := range c.history {
		if op.flush == zNoFlush {
			n.w.Write(op.data)
		} else {
			n.w.Flush()
		}
	}
	n.history = append([]historyOp(nil), c.history...)
	n.histSize = c.histSize
	// Drop what the original has already handed out.
	n.buf.Next(c.produced)
	n.produced = c.produced
	return n, nil
}

// validDeflateParams is deflateInit2's check of its arguments.
func validDeflateParams(level, method, wbits, memLevel, strategy int) bool {
	if level < -1 || level > 9 || method != deflated || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return false
	}
	switch {
	case wbits < 0:
		return wbits <= -9 && wbits >= -15
	case wbits > 15:
		return wbits >= 25 && wbits <= 31
	}
	return wbits >= 8
}

func zlibCompress(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, lo py.Object
	if err := py.ParseTuple("compress", args, kwnames, 1, 2, &do, &lo); err != nil {
		return nil, err
	}
	data, err := py.GetBuffer(do, false)
	if err != nil {
		return nil, err
	}
	level, err := intArg(t, lo, zDefaultLevel)
	if err != nil {
		return nil, err
	}
	if level < -1 || level > 9 {
		return nil, py.NewException(ErrorType, py.NewStr("Bad compression level"))
	}
	c, err := newCompressor(level, maxWBits, zDefaultStrat)
	if err != nil {
		return nil, zlibError(-2, "while compressing data", err.Error())
	}
	c.w.Write(data)
	c.w.Close()
	return py.NewBytes(c.buf.String()), nil
}

// Compress is a compression object.
type Compress struct {
	c *compressor // nil once finished
}

// Type returns zlib.Compress.
func (c *Compress) Type() *py.Type { return CompressType }

func zlibCompressObj(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o [5]py.Object
	if err := py.ParseTuple("compressobj", args, kwnames, 0, 5, &o[0], &o[1], &o[2], &o[3], &o[4]); err != nil {
		return nil, err
	}
	defs := [5]int{zDefaultLevel, deflated, maxWBits, defMemLevel, zDefaultStrat}
	var v [5]int
	for i := range v {
		x, err := intArg(t, o[i], defs[i])
		if err != nil {
			return nil, err
		}
		v[i] = x
	}
	wbits := v[2]
	if wbits == 8 {
		// zlib makes a window of 8 bits one of 9.
		wbits = 9
	}
	if !validDeflateParams(v[0], v[1], wbits, v[3], v[4]) {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	c, err := newCompressor(v[0], wbits, v[4])
	if err != nil {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	return &Compress{c: c}, nil
}

func compressCompress(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do py.Object
	if err := py.ParseTuple("compress", args, kwnames, 1, 1, &do); err != nil {
		return nil, err
	}
	data, err := py.GetBuffer(do, false)
	if err != nil {
		return nil, err
	}
	c := self.(*Compress)
	if c.c == nil {
		return nil, streamError("while compressing")
	}
	return py.NewBytes(string(c.c.write(data))), nil
}

func compressFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var mo py.Object
	if err := py.ParseTuple("flush", args, kwnames, 0, 1, &mo); err != nil {
		return nil, err
	}
	mode, err := intArg(t, mo, zFinish)
	if err != nil {
		return nil, err
	}
	if mode == zNoFlush {
		return py.NewBytes(""), nil
	}
	c := self.(*Compress)
	if c.c == nil {
		return nil, streamError("while flushing")
	}
	if mode < 0 || mode > 5 {
		return nil, streamError("while flushing")
	}
	out := c.c.flush(mode)
	if mode == zFinish {
		c.c = nil
	}
	return py.NewBytes(string(out)), nil
}

func compressCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	c := self.(*Compress)
	if c.c == nil {
		return nil, py.Errorf(py.ValueError, "Inconsistent stream state")
	}
	n, err := c.c.clone()
	if err != nil {
		return nil, err
	}
	return &Compress{c: n}, nil
}

// ---- decompression ----

// inflateParams decodes wbits as inflateInit2 does; ok is false for a
// value it refuses.
func inflateParams(wbits int) (wrap, bits int, ok bool) {
	switch {
	case wbits < 0:
		wrap, bits = wrapRaw, -wbits
		if bits < 8 || bits > 15 {
			return 0, 0, false
		}
		return wrap, bits, true
	case wbits < 16:
		wrap, bits = wrapZlib, wbits
	case wbits < 32:
		wrap, bits = wrapGzip, wbits-16
	case wbits < 48:
		wrap, bits = wrapAuto, wbits-32
	default:
		return 0, 0, false
	}
	if bits != 0 && (bits < 8 || bits > 15) {
		return 0, 0, false
	}
	return wrap, bits, true
}

func zlibDecompress(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, wo, bo py.Object
	if err := py.ParseTuple("decompress", args, kwnames, 1, 3, &do, &wo, &bo); err != nil {
		return nil, err
	}
	data, err := py.GetBuffer(do, false)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(t, wo, maxWBits)
	if err != nil {
		return nil, err
	}
	if bo != nil {
		if _, err := py.ArgIndex(t, bo); err != nil {
			return nil, err
		}
	}
	wrap, bits, ok := inflateParams(wbits)
	if !ok {
		return nil, streamError("while preparing to decompress data")
	}
	z := newInflater(wrap, bits)
	out, _ := z.inflate(data, -1)
	switch z.mode {
	case mDone:
		return py.NewBytes(string(out)), nil
	case mBad:
		return nil, zlibError(z.errCode, "while decompressing data", z.err)
	}
	return nil, zlibError(-5, "while decompressing data", "incomplete or truncated stream")
}

// Decompress is a decompression object.
type Decompress struct {
	z              *inflater // nil once flush() has ended the stream
	pending        []byte    // input taken but not yet decoded
	unusedData     *py.Bytes
	unconsumedTail *py.Bytes
}

// Type returns zlib.Decompress.
func (d *Decompress) Type() *py.Type { return DecompressType }

var emptyBytes = py.NewBytes("")

func zlibDecompressObj(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var wo py.Object
	if err := py.ParseTuple("decompressobj", args, kwnames, 0, 1, &wo); err != nil {
		return nil, err
	}
	wbits, err := intArg(t, wo, maxWBits)
	if err != nil {
		return nil, err
	}
	wrap, bits, ok := inflateParams(wbits)
	if !ok {
		return nil, py.Errorf(py.ValueError, "Invalid initialization option")
	}
	return &Decompress{z: newInflater(wrap, bits), unusedData: emptyBytes, unconsumedTail: emptyBytes}, nil
}

// feed decodes the pending input plus data with an output limit, and
// files what is left over as zlib does: after the end of the stream in
// unused_data, when the limit stopped it in unconsumed_tail.
func (d *Decompress) feed(data []byte, limit int) []byte {
	in := append(d.pending, data...)
	d.pending = nil
	out, used := d.z.inflate(in, limit)
	rest := in[used:]
	switch {
	case d.z.mode == mDone:
		if len(rest) > 0 {
			d.unusedData = py.NewBytes(d.unusedData.String() + string(rest))
		}
		rest = nil
	case d.z.mode == mBad:
	case limit >= 0 && len(out) >= limit && len(rest) > 0:
		d.unconsumedTail = py.NewBytes(string(rest))
		return out
	default:
		// Everything was taken; a partial step stays inside.
		d.pending = append([]byte(nil), rest...)
		rest = nil
	}
	if len(rest) > 0 || len(d.unconsumedTail.String()) > 0 {
		d.unconsumedTail = py.NewBytes(string(rest))
	}
	return out
}

func decompressDecompress(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var do, mo py.Object
	if err := py.ParseTuple("decompress", args, kwnames, 1, 2, &do, &mo); err != nil {
		return nil, err
	}
	data, err := py.GetBuffer(do, false)
	if err != nil {
		return nil, err
	}
	maxLen, err := intArg(t, mo, 0)
	if err != nil {
		return nil, err
	}
	if maxLen < 0 {
		return nil, py.Errorf(py.ValueError, "max_length must be greater than zero")
	}
	d := self.(*Decompress)
	if d.z == nil {
		return nil, streamError("while decompressing")
	}
	limit := -1
	if maxLen > 0 {
		limit = maxLen
	}
	out := d.feed(data, limit)
	if d.z.mode == mBad {
		return nil, zlibError(d.z.errCode, "while decompressing", d.z.err)
	}
	return py.NewBytes(string(out)), nil
}

func decompressFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var lo py.Object
	if err := py.ParseTuple("flush", args, kwnames, 0, 1, &lo); err != nil {
		return nil, err
	}
	length, err := intArg(t, lo, defaultBufSize)
	if err != nil {
		return nil, err
	}
	if length <= 0 {
		return nil, py.Errorf(py.ValueError, "length must be greater than zero")
	}
	d := self.(*Decompress)
	if d.z == nil {
		return nil, streamError("while flushing")
	}
	tail := []byte(d.unconsumedTail.String())
	out := d.feed(tail, -1)
	if d.z.mode == mDone {
		d.z = nil
	}
	return py.NewBytes(string(out)), nil
}

func decompressCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	d := self.(*Decompress)
	if d.z == nil {
		return nil, py.Errorf(py.ValueError, "Inconsistent stream state")
	}
	return &Decompress{
		z:              d.z.clone(),
		pending:        append([]byte(nil), d.pending...),
		unusedData:     d.unusedData,
		unconsumedTail: d.unconsumedTail,
	}, nil
}

func init() {
	CompressType.AddMethods(
		py.MethodDef{Name: "compress", Fn: compressCompress, Doc: "compress(data) -- Return a string containing data compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers."},
		py.MethodDef{Name: "flush", Fn: compressFlush, Doc: "flush( [mode] ) -- Return a string containing any remaining compressed data.\n\nmode can be one of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH; the\ndefault value used when mode is not specified is Z_FINISH.\nIf mode == Z_FINISH, the compressor object can no longer be used after\ncalling the flush() method.  Otherwise, more data can still be compressed."},
		py.MethodDef{Name: "copy", Fn: compressCopy, Doc: "copy() -- Return a copy of the compression object."},
	)
	DecompressType.AddMethods(
		py.MethodDef{Name: "decompress", Fn: decompressDecompress, Doc: "decompress(data, max_length) -- Return a string containing the decompressed\nversion of the data.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.\nIf the max_length parameter is specified then the return value will be\nno longer than max_length.  Unconsumed input data will be stored in\nthe unconsumed_tail attribute."},
		py.MethodDef{Name: "flush", Fn: decompressFlush, Doc: "flush( [length] ) -- Return a string containing any remaining\ndecompressed data. length, if given, is the initial size of the\noutput buffer.\n\nThe decompressor object can no longer be used after this call."},
		py.MethodDef{Name: "copy", Fn: decompressCopy, Doc: "copy() -- Return a copy of the decompression object."},
	)
	DecompressType.AddGetSets(
		py.GetSetDef{Name: "unused_data", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return self.(*Decompress).unusedData, nil
		}},
		py.GetSetDef{Name: "unconsumed_tail", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return self.(*Decompress).unconsumedTail, nil
		}},
	)
}

const moduleDoc = `The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(string[, level]) -- Compress string, with compression level in 0-9.
compressobj([level]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits]) -- Return a decompressor object.

'wbits' is window buffer size.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush().`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("zlib")
	set := func(name string, v py.Object) { m.Dict.SetStr(py.NewStr(name), v) }
	set("__doc__", py.NewStr(moduleDoc))
	set("error", ErrorType)
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"MAX_WBITS", maxWBits}, {"DEFLATED", deflated}, {"DEF_MEM_LEVEL", defMemLevel},
		{"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", zDefaultLevel},
		{"Z_FILTERED", zFiltered}, {"Z_HUFFMAN_ONLY", zHuffmanOnly}, {"Z_DEFAULT_STRATEGY", zDefaultStrat},
		{"Z_FINISH", zFinish}, {"Z_NO_FLUSH", zNoFlush}, {"Z_SYNC_FLUSH", zSyncFlush}, {"Z_FULL_FLUSH", zFullFlush},
	} {
		set(c.name, py.NewInt(c.v))
	}
	set("ZLIB_VERSION", py.NewStr(zlibVersion))
	set("__version__", py.NewStr("1.0"))
	m.AddFunction("adler32", checksum("adler32", adler32Update, 1), "adler32(string[, start]) -- Compute an Adler-32 checksum of string.\n\nAn optional starting value can be specified.  The returned checksum is\nan integer.")
	m.AddFunction("crc32", checksum("crc32", func(c uint32, b []byte) uint32 { return crc32.Update(c, crc32.IEEETable, b) }, 0), "crc32(string[, start]) -- Compute a CRC-32 checksum of string.\n\nAn optional starting value can be specified.  The returned checksum is\nan integer.")
	m.AddFunction("compress", zlibCompress, "compress(string[, level]) -- Returned compressed string.\n\nOptional arg level is the compression level, in 0-9.")
	m.AddFunction("compressobj", zlibCompressObj, "compressobj([level]) -- Return a compressor object.\n\nOptional arg level is the compression level, in 0-9.")
	m.AddFunction("decompress", zlibDecompress, "decompress(string[, wbits[, bufsize]]) -- Return decompressed string.\n\nOptional arg wbits is the window buffer size.  Optional arg bufsize is\nthe initial output buffer size.")
	m.AddFunction("decompressobj", zlibDecompressObj, "decompressobj([wbits]) -- Return a decompressor object.\n\nOptional arg wbits is the window buffer size.")
	return m, nil
}
