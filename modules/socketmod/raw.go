package socketmod

import (
	"encoding/binary"
	"net/netip"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
)

// sockaddr is a system socket address in its raw form, as the calls
// take and give it: x/sys/unix's Sockaddr types cannot hold an abstract
// AF_UNIX name with NUL bytes in it, nor an IPv6 flow label.
type sockaddr struct {
	raw unix.RawSockaddrAny
	len uint32 // 0: no address
}

func (sa *sockaddr) ptr() unsafe.Pointer { return unsafe.Pointer(&sa.raw) }

func inet4Addr(a netip.Addr, port int) *sockaddr {
	sa := &sockaddr{len: unix.SizeofSockaddrInet4}
	p := (*unix.RawSockaddrInet4)(sa.ptr())
	p.Family = unix.AF_INET
	binary.BigEndian.PutUint16((*[2]byte)(unsafe.Pointer(&p.Port))[:], uint16(port))
	p.Addr = a.As4()
	return sa
}

func inet6Addr(a netip.Addr, port int, flowinfo, scope uint32) *sockaddr {
	sa := &sockaddr{len: unix.SizeofSockaddrInet6}
	p := (*unix.RawSockaddrInet6)(sa.ptr())
	p.Family = unix.AF_INET6
	binary.BigEndian.PutUint16((*[2]byte)(unsafe.Pointer(&p.Port))[:], uint16(port))
	binary.BigEndian.PutUint32((*[4]byte)(unsafe.Pointer(&p.Flowinfo))[:], flowinfo)
	p.Addr = a.As16()
	p.Scope_id = scope
	return sa
}

// unixAddr makes an AF_UNIX address: a path (NUL-terminated), or an
// abstract name (first byte NUL, taken whole).
func unixAddr(path string) *sockaddr {
	sa := &sockaddr{}
	p := (*unix.RawSockaddrUnix)(sa.ptr())
	p.Family = unix.AF_UNIX
	for i := 0; i < len(path); i++ {
		p.Path[i] = int8(path[i])
	}
	sa.len = uint32(unsafe.Offsetof(p.Path)) + uint32(len(path))
	if len(path) > 0 && path[0] != 0 && len(path) < len(p.Path) {
		sa.len++ // the terminating NUL
	}
	return sa
}

// makeSockaddr returns the Python form of a system address: (host, port)
// for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, the path
// for AF_UNIX (bytes for an abstract name or an unnamed socket), None for
// no address.
func makeSockaddr(t *py.Thread, sa *sockaddr) (py.Object, error) {
	if sa == nil || sa.len == 0 {
		return py.None, nil
	}
	switch sa.raw.Addr.Family {
	case unix.AF_INET:
		p := (*unix.RawSockaddrInet4)(sa.ptr())
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&p.Port))[:])
		return py.NewTuple(py.NewStr(netip.AddrFrom4(p.Addr).String()), py.NewInt(int64(port))), nil
	case unix.AF_INET6:
		p := (*unix.RawSockaddrInet6)(sa.ptr())
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&p.Port))[:])
		flow := binary.BigEndian.Uint32((*[4]byte)(unsafe.Pointer(&p.Flowinfo))[:])
		return py.NewTuple(py.NewStr(netip.AddrFrom16(p.Addr).String()), py.NewInt(int64(port)),
			py.NewInt(int64(flow)), py.NewInt(int64(p.Scope_id))), nil
	case unix.AF_UNIX:
		p := (*unix.RawSockaddrUnix)(sa.ptr())
		n := int(sa.len) - int(unsafe.Offsetof(p.Path))
		if n < 0 {
			n = 0
		}
		if n > len(p.Path) {
			n = len(p.Path)
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(p.Path[i])
		}
		if n == 0 || b[0] == 0 {
			// Linux's abstract namespace (or no name): the bytes as they are.
			return py.NewBytes(string(b)), nil
		}
		for i, c := range b {
			if c == 0 {
				b = b[:i]
				break
			}
		}
		return py.Decode(t, string(b), "utf-8", "surrogateescape")
	}
	return py.NewTuple(py.NewInt(int64(sa.raw.Addr.Family)), py.NewBytes("")), nil
}

func errnoOf(e syscall.Errno) error {
	if e != 0 {
		return e
	}
	return nil
}

func sysBind(fd int, sa *sockaddr) error {
	_, _, e := syscall.Syscall(syscall.SYS_BIND, uintptr(fd), uintptr(sa.ptr()), uintptr(sa.len))
	return errnoOf(e)
}

func sysConnect(fd int, sa *sockaddr) error {
	_, _, e := syscall.Syscall(syscall.SYS_CONNECT, uintptr(fd), uintptr(sa.ptr()), uintptr(sa.len))
	return errnoOf(e)
}

func sysAccept(fd int) (int, *sockaddr, error) {
	sa := &sockaddr{len: unix.SizeofSockaddrAny}
	nfd, _, e := syscall.Syscall6(syscall.SYS_ACCEPT4, uintptr(fd), uintptr(sa.ptr()), uintptr(unsafe.Pointer(&sa.len)), 0, 0, 0)
	if e != 0 {
		return -1, nil, e
	}
	return int(nfd), sa, nil
}

// sysName runs getsockname or getpeername.
func sysName(trap uintptr, fd int) (*sockaddr, error) {
	sa := &sockaddr{len: unix.SizeofSockaddrAny}
	_, _, e := syscall.Syscall(trap, uintptr(fd), uintptr(sa.ptr()), uintptr(unsafe.Pointer(&sa.len)))
	if e != 0 {
		return nil, e
	}
	return sa, nil
}

func bufPtr(b []byte) unsafe.Pointer {
	if len(b) == 0 {
		return unsafe.Pointer(&zero)
	}
	return unsafe.Pointer(&b[0])
}

var zero byte

func sysRecvfrom(fd int, buf []byte, flags int, from *sockaddr) (int, error) {
	var ap, lp uintptr
	if from != nil {
		from.len = unix.SizeofSockaddrAny
		ap, lp = uintptr(from.ptr()), uintptr(unsafe.Pointer(&from.len))
	}
	n, _, e := syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), uintptr(bufPtr(buf)), uintptr(len(buf)), uintptr(flags), ap, lp)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func sysSendto(fd int, data []byte, flags int, to *sockaddr) (int, error) {
	var ap, l uintptr
	if to != nil {
		ap, l = uintptr(to.ptr()), uintptr(to.len)
	}
	n, _, e := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), uintptr(bufPtr(data)), uintptr(len(data)), uintptr(flags), ap, l)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}
