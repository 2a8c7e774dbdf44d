// Package hashlibmod is CPython 3.2's built-in hash modules _md5, _sha1,
// _sha256 (sha224, sha256) and _sha512 (sha384, sha512), written in Go
// over the standard crypto packages. lib/python/hashlib.py finds them as
// CPython 3.2's hashlib does when it is built without OpenSSL. Each
// registers itself with the builtins package's module table; modules/all
// links them in.
package hashlibmod

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// algorithm is one hash function: its constructor name, the name its
// objects report, its type and how to make its Go state.
type algorithm struct {
	fn    string // the module function (md5, sha224, ...)
	name  string // the object's name attribute (CPython's spelling)
	doc   string
	typ   *py.Type
	newGo func() hash.Hash
}

var (
	algMD5    = &algorithm{fn: "md5", name: "MD5", doc: "Return a new MD5 hash object; optionally initialized with a string.", newGo: md5.New}
	algSHA1   = &algorithm{fn: "sha1", name: "SHA", doc: "Return a new SHA1 hash object; optionally initialized with a string.", newGo: sha1.New}
	algSHA224 = &algorithm{fn: "sha224", name: "SHA224", doc: "Return a new SHA-224 hash object; optionally initialized with a string.", newGo: sha256.New224}
	algSHA256 = &algorithm{fn: "sha256", name: "SHA256", doc: "Return a new SHA-256 hash object; optionally initialized with a string.", newGo: sha256.New}
	algSHA384 = &algorithm{fn: "sha384", name: "SHA384", doc: "Return a new SHA-384 hash object; optionally initialized with a string.", newGo: sha512.New384}
	algSHA512 = &algorithm{fn: "sha512", name: "SHA512", doc: "Return a new SHA-512 hash object; optionally initialized with a string.", newGo: sha512.New}
)

// modules lists each module with its algorithms.
var modules = []struct {
	name string
	algs []*algorithm
}{
	{"_md5", []*algorithm{algMD5}},
	{"_sha1", []*algorithm{algSHA1}},
	{"_sha256", []*algorithm{algSHA224, algSHA256}},
	{"_sha512", []*algorithm{algSHA384, algSHA512}},
}

// Hash is a hash object.
type Hash struct {
	alg *algorithm
	h   hash.Hash
}

// Type returns the algorithm's type.
func (h *Hash) Type() *py.Type { return h.alg.typ }

// bufferOf returns the bytes of data for hashing, with CPython's errors.
func bufferOf(data py.Object) ([]byte, error) {
	if _, ok := data.(*py.Str); ok {
		return nil, py.Errorf(py.TypeError, "Unicode-objects must be encoded before hashing")
	}
	if !py.HasBuffer(data) {
		return nil, py.Errorf(py.TypeError, "object supporting the buffer API required")
	}
	return py.GetBuffer(data, false)
}

func hashUpdate(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var data py.Object
	if err := py.ParseTuple("update", args, kwnames, 1, 1, &data); err != nil {
		return nil, err
	}
	b, err := bufferOf(data)
	if err != nil {
		return nil, err
	}
	self.(*Hash).h.Write(b)
	return py.None, nil
}

func hashDigest(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("digest", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewBytes(string(self.(*Hash).h.Sum(nil))), nil
}

func hashHexDigest(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("hexdigest", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewStr(hex.EncodeToString(self.(*Hash).h.Sum(nil))), nil
}

func hashCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	src := self.(*Hash)
	state, err := src.h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, py.Errorf(py.SystemError, "%v", err)
	}
	dst := src.alg.newGo()
	if err := dst.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return nil, py.Errorf(py.SystemError, "%v", err)
	}
	return &Hash{alg: src.alg, h: dst}, nil
}

func (a *algorithm) construct(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var data py.Object
	if err := py.ParseArgs("new", args, kwnames, []string{"string"}, 0, &data); err != nil {
		return nil, err
	}
	h := &Hash{alg: a, h: a.newGo()}
	if data != nil {
		b, err := bufferOf(data)
		if err != nil {
			return nil, err
		}
		h.h.Write(b)
	}
	return h, nil
}

func init() {
	for _, mod := range modules {
		mod := mod
		for _, a := range mod.algs {
			a := a
			a.typ = &py.Type{Name: a.fn, Module: mod.name}
			a.typ.AddMethods(
				py.MethodDef{Name: "copy", Fn: hashCopy, Doc: "Return a copy of the hash object."},
				py.MethodDef{Name: "digest", Fn: hashDigest, Doc: "Return the digest value as a string of binary data."},
				py.MethodDef{Name: "hexdigest", Fn: hashHexDigest, Doc: "Return the digest value as a string of hexadecimal digits."},
				py.MethodDef{Name: "update", Fn: hashUpdate, Doc: "Update this hash object's state with the provided string."},
			)
			a.typ.AddGetSets(
				py.GetSetDef{Name: "block_size", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
					return py.NewInt(int64(self.(*Hash).h.BlockSize())), nil
				}},
				py.GetSetDef{Name: "name", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
					return py.NewStr(self.(*Hash).alg.name), nil
				}},
				py.GetSetDef{Name: "digest_size", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
					return py.NewInt(int64(self.(*Hash).h.Size())), nil
				}},
			)
		}
		builtins.RegisterModule(mod.name, func(t *py.Thread) (*py.Module, error) {
			m := py.NewModule(mod.name)
			m.Dict.SetStr(py.NewStr("__doc__"), py.None)
			for _, a := range mod.algs {
				m.AddFunction(a.fn, a.construct, a.doc)
			}
			return m, nil
		})
	}
}
