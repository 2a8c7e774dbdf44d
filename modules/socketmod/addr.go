package socketmod

import (
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
)

// Socket addresses: Python's forms (a (host, port) tuple, a path) to the
// system's and back.

func itoa(n int) string { return strconv.Itoa(n) }

// getSockaddr converts a Python address for socket s (getsockaddrarg).
func getSockaddr(t *py.Thread, s *Socket, a py.Object, fname string) (*sockaddr, error) {
	switch s.family {
	case unix.AF_UNIX:
		var path string
		switch v := a.(type) {
		case *py.Str:
			b, err := py.Encode(t, v, "utf-8", "surrogateescape")
			if err != nil {
				return nil, err
			}
			path = b.String()
		default:
			b, ok := readBuffer(a)
			if !ok {
				return nil, py.Errorf(py.TypeError, "getsockaddrarg: AF_UNIX address must be str or bytes, not %s", a.Type().Name)
			}
			path = string(b)
		}
		if len(path) > 108 {
			return nil, py.NewException(ErrorType, py.NewStr("AF_UNIX path too long"))
		}
		return unixAddr(path), nil
	case unix.AF_INET:
		tup, ok := a.(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeError, "getsockaddrarg: AF_INET address must be tuple, not %s", a.Type().Name)
		}
		if len(tup.Items) != 2 {
			return nil, py.Errorf(py.TypeError, "getsockaddrarg() takes exactly 2 arguments (%d given)", len(tup.Items))
		}
		host, err := hostArg(t, tup.Items[0])
		if err != nil {
			return nil, err
		}
		port, err := portArg(t, tup.Items[1])
		if err != nil {
			return nil, err
		}
		addr, err := setIPAddr(t, host, unix.AF_INET)
		if err != nil {
			return nil, err
		}
		return inet4Addr(addr, port), nil
	case unix.AF_INET6:
		tup, ok := a.(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeError, "getsockaddrarg: AF_INET6 address must be tuple, not %s", a.Type().Name)
		}
		if len(tup.Items) < 2 || len(tup.Items) > 4 {
			return nil, py.Errorf(py.TypeError, "getsockaddrarg() takes at least 2 arguments (%d given)", len(tup.Items))
		}
		host, err := hostArg(t, tup.Items[0])
		if err != nil {
			return nil, err
		}
		port, err := portArg(t, tup.Items[1])
		if err != nil {
			return nil, err
		}
		var flowinfo, scope uint32
		for i, dst := range []*uint32{&flowinfo, &scope} {
			if len(tup.Items) > 2+i {
				n, err := uintArg(t, tup.Items[2+i])
				if err != nil {
					return nil, err
				}
				*dst = n
			}
		}
		if flowinfo > 0xfffff {
			return nil, py.Errorf(py.OverflowError, "getsockaddrarg: flowinfo must be 0-1048575.")
		}
		addr, err := setIPAddr(t, host, unix.AF_INET6)
		if err != nil {
			return nil, err
		}
		if addr.Is4() {
			addr = netip.AddrFrom16(addr.As16())
		}
		return inet6Addr(addr, port, flowinfo, scope), nil
	}
	return nil, py.NewException(ErrorType, py.NewStr("getsockaddrarg: bad family"))
}

// uintArg converts an unsigned int argument ("I": no range check
// beyond the C unsigned long's, the value truncated).
func uintArg(t *py.Thread, o py.Object) (uint32, error) {
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	if _, ok := o.(*py.Int); !ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	n, err := py.ArgLong(t, o)
	if err != nil {
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return uint32(n), nil
}

// hostArg converts a host name argument: a str (IDNA-encoded) or bytes.
func hostArg(t *py.Thread, o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Str:
		s := v.String()
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				b, err := py.Encode(t, v, "idna", "strict")
				if err != nil {
					return "", err
				}
				return b.String(), nil
			}
		}
		return s, nil
	case *py.Bytes:
		return v.String(), nil
	case *py.ByteArray:
		return string(v.Bytes()), nil
	}
	return "", py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
}

// portArg converts a port number (0 to 65535).
func portArg(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(*py.Int); !ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	n, err := py.ArgLong(t, o)
	if err != nil || n < 0 || n > 65535 {
		return 0, py.Errorf(py.OverflowError, "getsockaddrarg: port must be 0-65535.")
	}
	return int(n), nil
}

// setIPAddr resolves a host for family af (AF_INET, AF_INET6 or
// AF_UNSPEC) as 3.2's setipaddr does: an empty host is the wildcard address,
// '<broadcast>' the broadcast one, anything else the first address
// getaddrinfo gives.
func setIPAddr(t *py.Thread, host string, af int) (netip.Addr, error) {
	if host == "" {
		if af == unix.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.AddrFrom4([4]byte{}), nil
	}
	if host == "<broadcast>" || host == "255.255.255.255" {
		if af != unix.AF_INET && af != unix.AF_UNSPEC {
			return netip.Addr{}, py.NewException(ErrorType, py.NewStr("address family mismatched"))
		}
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if af == unix.AF_INET || af == unix.AF_UNSPEC {
		if a, ok := parseDottedQuad(host); ok {
			return a, nil
		}
	}
	addrs, _, code := lookupHost(host, af, 0)
	if code != 0 {
		return netip.Addr{}, gaiError(code)
	}
	return addrs[0], nil
}

// parseDottedQuad parses a strict a.b.c.d address.
func parseDottedQuad(s string) (netip.Addr, bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return netip.Addr{}, false
	}
	var b [4]byte
	for i, p := range parts {
		if p == "" || len(p) > 3 {
			return netip.Addr{}, false
		}
		n := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return netip.Addr{}, false
			}
			n = n*10 + int(c-'0')
		}
		if n > 255 {
			return netip.Addr{}, false
		}
		b[i] = byte(n)
	}
	return netip.AddrFrom4(b), true
}

// inetAton parses an IPv4 address as the C library's inet_aton does:
// one to four numbers (decimal, octal with a leading 0, hexadecimal with
// 0x), the last filling the remaining bytes; whitespace ends the text.
func inetAton(s string) ([4]byte, bool) {
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		s = s[:i]
	}
	var out [4]byte
	if s == "" {
		return out, false
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		if p == "" {
			return out, false
		}
		base := 10
		digits := p
		switch {
		case len(p) > 1 && (p[:2] == "0x" || p[:2] == "0X"):
			base, digits = 16, p[2:]
			if digits == "" {
				// "0x" alone reads as 0 in the C library.
				digits = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, digits = 8, p[1:]
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	for _, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
	}
	if last >= 1<<(8*uint(5-len(vals))) {
		return out, false
	}
	var n uint32
	for i, v := range vals[:len(vals)-1] {
		n |= uint32(v) << (24 - 8*uint(i))
	}
	n |= uint32(last)
	out[0], out[1], out[2], out[3] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return out, true
}

// getsockoptBytes reads an option into a buffer of buflen bytes.
func getsockoptBytes(fd, level, opt, buflen int) ([]byte, error) {
	buf := make([]byte, buflen)
	l := uint32(buflen)
	_, _, e := syscall.Syscall6(syscall.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)), 0)
	if e != 0 {
		return nil, e
	}
	return buf[:l], nil
}
