package socketmod

import (
	"net/netip"
	"os"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
)

// The module's functions.

var functions = []struct {
	name string
	fn   py.BuiltinFunc
	doc  string
}{
	{"gethostname", sockGethostname, "gethostname() -> string\n\nReturn the current host name."},
	{"gethostbyname", sockGethostbyname, "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host."},
	{"gethostbyname_ex", sockGethostbynameEx, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number."},
	{"gethostbyaddr", sockGethostbyaddr, "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number."},
	{"getservbyname", sockGetservbyname, "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match."},
	{"getservbyport", sockGetservbyport, "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match."},
	{"getprotobyname", sockGetprotobyname, "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)"},
	{"socketpair", sockSocketpair, "socketpair([family[, type[, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.\nThe arguments are the same as for socket() except the default family is\nAF_UNIX if defined on the platform; otherwise, the default is AF_INET."},
	{"dup", sockDup, "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor.  This is like os.dup(), but for\nsockets; on some platforms os.dup() won't work for socket file descriptors."},
	{"ntohs", byteOrder16("ntohs"), "ntohs(integer) -> integer\n\nConvert a 16-bit integer from network to host byte order."},
	{"htons", byteOrder16("htons"), "htons(integer) -> integer\n\nConvert a 16-bit integer from host to network byte order."},
	{"ntohl", byteOrder32("ntohl"), "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order."},
	{"htonl", byteOrder32("htonl"), "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order."},
	{"inet_aton", sockInetAton, "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed\nbinary format used in low-level network functions."},
	{"inet_ntoa", sockInetNtoa, "inet_ntoa(packed_ip) -> ip_address_string\n\nConvert an IP address from 32-bit packed binary format to string format"},
	{"inet_pton", sockInetPton, "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions."},
	{"inet_ntop", sockInetNtop, "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format."},
	{"getaddrinfo", sockGetaddrinfo, "getaddrinfo(host, port [, family, socktype, proto, flags])\n    -> list of (family, socktype, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct."},
	{"getnameinfo", sockGetnameinfo, "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr."},
	{"getdefaulttimeout", sockGetdefaulttimeout, "getdefaulttimeout() -> timeout\n\nReturns the default timeout in floating seconds for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None."},
	{"setdefaulttimeout", sockSetdefaulttimeout, "setdefaulttimeout(timeout)\n\nSet the default timeout in floating seconds for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None."},
}

func strArg(fname string, o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "must be str, not %s", o.Type().Name)
	}
	return s.String(), nil
}

func sockGethostname(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("gethostname", args, kwnames); err != nil {
		return nil, err
	}
	name, err := os.Hostname()
	if err != nil {
		return nil, sockError(err)
	}
	return py.Decode(t, name, "utf-8", "surrogateescape")
}

func oneHost(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) (string, error) {
	a, err := py.OneArg(fname, args, kwnames)
	if err != nil {
		return "", err
	}
	return hostArg(t, a)
}

func sockGethostbyname(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	host, err := oneHost(t, "gethostbyname", args, kwnames)
	if err != nil {
		return nil, err
	}
	a, err := setIPAddr(t, host, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	return py.NewStr(a.String()), nil
}

// hostEntry returns gethostbyname_ex's and gethostbyaddr's triple.
func hostEntry(name string, aliases []string, addrs []netip.Addr) py.Object {
	al := py.NewList()
	for _, a := range aliases {
		al.Append(py.NewStr(a))
	}
	ad := py.NewList()
	for _, a := range addrs {
		ad.Append(py.NewStr(a.String()))
	}
	return py.NewTuple(py.NewStr(name), al, ad)
}

func sockGethostbynameEx(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	host, err := oneHost(t, "gethostbyname_ex", args, kwnames)
	if err != nil {
		return nil, err
	}
	if _, err := setIPAddr(t, host, unix.AF_INET); err != nil {
		return nil, err
	}
	if a, ok := parseDottedQuad(host); ok {
		return hostEntry(host, nil, []netip.Addr{a}), nil
	}
	// The first hosts line naming host gives the name and aliases.
	for _, l := range readHosts() {
		for _, n := range l.names {
			if n == host && l.addr.Is4() {
				addrs, _, _ := lookupHost(host, unix.AF_INET, 0)
				var aliases []string
				for _, m := range l.names[1:] {
					aliases = append(aliases, m)
				}
				return hostEntry(l.names[0], aliases, addrs), nil
			}
		}
	}
	addrs, canon, code := lookupHost(host, unix.AF_INET, 0)
	if code != 0 {
		return nil, hError()
	}
	return hostEntry(canon, nil, addrs), nil
}

func sockGethostbyaddr(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	host, err := oneHost(t, "gethostbyaddr", args, kwnames)
	if err != nil {
		return nil, err
	}
	a, err := setIPAddr(t, host, unix.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	name, aliases, ok := reverseLookup(a)
	if !ok {
		return nil, hError()
	}
	return hostEntry(name, aliases, []netip.Addr{a}), nil
}

func sockGetservbyname(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nameObj, protoObj py.Object
	if err := py.ParseTuple("getservbyname", args, kwnames, 1, 2, &nameObj, &protoObj); err != nil {
		return nil, err
	}
	name, err := strArg("getservbyname", nameObj)
	if err != nil {
		return nil, err
	}
	proto := ""
	if protoObj != nil {
		if proto, err = strArg("getservbyname", protoObj); err != nil {
			return nil, err
		}
	}
	port, ok := lookupService(name, proto)
	if !ok {
		return nil, py.NewException(ErrorType, py.NewStr("service/proto not found"))
	}
	return py.NewInt(int64(port)), nil
}

func sockGetservbyport(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var portObj, protoObj py.Object
	if err := py.ParseTuple("getservbyport", args, kwnames, 1, 2, &portObj, &protoObj); err != nil {
		return nil, err
	}
	port, err := intArg(t, portObj)
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 0xffff {
		return nil, py.Errorf(py.OverflowError, "getservbyport: port must be 0-65535.")
	}
	proto := ""
	if protoObj != nil {
		if proto, err = strArg("getservbyport", protoObj); err != nil {
			return nil, err
		}
	}
	name, ok := serviceName(port, proto)
	if !ok {
		return nil, py.NewException(ErrorType, py.NewStr("port/proto not found"))
	}
	return py.NewStr(name), nil
}

func sockGetprotobyname(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("getprotobyname", args, kwnames)
	if err != nil {
		return nil, err
	}
	name, err := strArg("getprotobyname", a)
	if err != nil {
		return nil, err
	}
	n, ok := lookupProtocol(name)
	if !ok {
		return nil, py.NewException(ErrorType, py.NewStr("protocol not found"))
	}
	return py.NewInt(int64(n)), nil
}

// newSocket makes a _socket.socket over fd.
func newSocket(t *py.Thread, fd, family, typ, proto int) (*Socket, error) {
	o, err := socketNew(t, SocketType, nil, nil)
	if err != nil {
		return nil, err
	}
	s := o.(*Socket)
	s.fd.fd, s.family, s.typ, s.proto = fd, family, typ, proto
	s.timeout = defaultTimeout(t)
	if s.timeout >= 0 {
		s.setBlocking(false)
	}
	return s, nil
}

func sockSocketpair(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var famObj, typObj, protoObj py.Object
	if err := py.ParseTuple("socketpair", args, kwnames, 0, 3, &famObj, &typObj, &protoObj); err != nil {
		return nil, err
	}
	family, typ, proto := unix.AF_UNIX, unix.SOCK_STREAM, 0
	var err error
	for _, p := range []struct {
		o   py.Object
		dst *int
	}{{famObj, &family}, {typObj, &typ}, {protoObj, &proto}} {
		if p.o != nil {
			if *p.dst, err = intArg(t, p.o); err != nil {
				return nil, err
			}
		}
	}
	fds, err := unix.Socketpair(family, typ, proto)
	if err != nil {
		return nil, sockError(err)
	}
	a, err := newSocket(t, fds[0], family, typ, proto)
	if err != nil {
		return nil, err
	}
	b, err := newSocket(t, fds[1], family, typ, proto)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(a, b), nil
}

func sockDup(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("dup", args, kwnames)
	if err != nil {
		return nil, err
	}
	fd, err := intArg(t, a)
	if err != nil {
		return nil, err
	}
	nfd, err := unix.Dup(fd)
	if err != nil {
		return nil, sockError(err)
	}
	return py.NewInt(int64(nfd)), nil
}

func byteOrder16(fname string) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		a, err := py.OneArg(fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		n, err := intArg(t, a)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.OverflowError, "can't convert negative number to unsigned long")
		}
		x := uint16(n)
		return py.NewInt(int64(x>>8 | x<<8)), nil
	}
}

func byteOrder32(fname string) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		a, err := py.OneArg(fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		if _, ok := a.(*py.Int); !ok {
			return nil, py.Errorf(py.TypeError, "expected int/long, %s found", a.Type().Name)
		}
		n, err := py.ArgLong(t, a)
		if err != nil {
			return nil, py.Errorf(py.OverflowError, "long int larger than 32 bits")
		}
		if n < 0 {
			return nil, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
		}
		if n > 0xffffffff {
			return nil, py.Errorf(py.OverflowError, "long int larger than 32 bits")
		}
		x := uint32(n)
		return py.NewInt(int64(x>>24 | x>>8&0xff00 | x<<8&0xff0000 | x<<24)), nil
	}
}

func sockInetAton(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("inet_aton", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := strArg("inet_aton", a)
	if err != nil {
		return nil, err
	}
	b, ok := inetAton(s)
	if !ok {
		return nil, py.NewException(ErrorType, py.NewStr("illegal IP address string passed to inet_aton"))
	}
	return py.NewBytes(string(b[:])), nil
}

func sockInetNtoa(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("inet_ntoa", args, kwnames)
	if err != nil {
		return nil, err
	}
	b, err := dataArg(a)
	if err != nil {
		return nil, err
	}
	if len(b) != 4 {
		return nil, py.NewException(ErrorType, py.NewStr("packed IP wrong length for inet_ntoa"))
	}
	return py.NewStr(netip.AddrFrom4([4]byte{b[0], b[1], b[2], b[3]}).String()), nil
}

func sockInetPton(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var afObj, ipObj py.Object
	if err := py.ParseTuple("inet_pton", args, kwnames, 2, 2, &afObj, &ipObj); err != nil {
		return nil, err
	}
	af, err := intArg(t, afObj)
	if err != nil {
		return nil, err
	}
	s, err := strArg("inet_pton", ipObj)
	if err != nil {
		return nil, err
	}
	bad := py.NewException(ErrorType, py.NewStr("illegal IP address string passed to inet_pton"))
	switch af {
	case unix.AF_INET:
		a, ok := parseDottedQuad(s)
		if !ok {
			return nil, bad
		}
		b := a.As4()
		return py.NewBytes(string(b[:])), nil
	case unix.AF_INET6:
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is6() || a.Zone() != "" {
			return nil, bad
		}
		b := a.As16()
		return py.NewBytes(string(b[:])), nil
	}
	return nil, sockError(unix.EAFNOSUPPORT)
}

func sockInetNtop(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var afObj, packedObj py.Object
	if err := py.ParseTuple("inet_ntop", args, kwnames, 2, 2, &afObj, &packedObj); err != nil {
		return nil, err
	}
	af, err := intArg(t, afObj)
	if err != nil {
		return nil, err
	}
	b, err := dataArg(packedObj)
	if err != nil {
		return nil, err
	}
	switch af {
	case unix.AF_INET:
		if len(b) != 4 {
			return nil, py.Errorf(py.ValueError, "invalid length of packed IP address string")
		}
		return py.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return nil, py.Errorf(py.ValueError, "invalid length of packed IP address string")
		}
		return py.NewStr(netip.AddrFrom16([16]byte(b)).String()), nil
	}
	return nil, py.Errorf(py.ValueError, "unknown address family %d", af)
}

func sockGetaddrinfo(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var hostObj, portObj, famObj, typObj, protoObj, flagsObj py.Object
	if err := py.ParseArgs("getaddrinfo", args, kwnames, []string{"host", "port", "family", "type", "proto", "flags"}, 2,
		&hostObj, &portObj, &famObj, &typObj, &protoObj, &flagsObj); err != nil {
		return nil, err
	}
	var host, port *string
	if hostObj != py.None {
		h, err := hostArg(t, hostObj)
		if err != nil {
			if _, isStr := hostObj.(*py.Str); !isStr {
				return nil, py.Errorf(py.TypeError, "getaddrinfo() argument 1 must be string or None")
			}
			return nil, err
		}
		host = &h
	}
	switch v := portObj.(type) {
	case *py.Int:
		n, err := py.ArgLong(t, v)
		if err != nil {
			return nil, err
		}
		s := strconv.FormatInt(n, 10)
		port = &s
	case *py.Str:
		b, err := py.Encode(t, v, "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		s := b.String()
		port = &s
	case *py.Bytes:
		s := v.String()
		port = &s
	default:
		if portObj != py.None {
			return nil, py.NewException(ErrorType, py.NewStr("Int or String expected"))
		}
	}
	ints := [4]int{}
	for i, o := range []py.Object{famObj, typObj, protoObj, flagsObj} {
		if o != nil {
			n, err := intArg(t, o)
			if err != nil {
				return nil, err
			}
			ints[i] = n
		}
	}
	res, code := getAddrInfo(host, port, ints[0], ints[1], ints[2], ints[3])
	if code != 0 {
		return nil, gaiError(code)
	}
	l := py.NewList()
	for _, ai := range res {
		l.Append(py.NewTuple(py.NewInt(int64(familyOf(ai.addr))), py.NewInt(int64(ai.socktype)),
			py.NewInt(int64(ai.proto)), py.NewStr(ai.canonname), ai.sockaddr()))
	}
	return l, nil
}

// The getnameinfo flags.
const (
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)

func sockGetnameinfo(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var saObj, flagsObj py.Object
	if err := py.ParseTuple("getnameinfo", args, kwnames, 2, 2, &saObj, &flagsObj); err != nil {
		return nil, err
	}
	tup, ok := saObj.(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeError, "getnameinfo() argument 1 must be a tuple")
	}
	if len(tup.Items) < 2 || len(tup.Items) > 4 {
		return nil, py.Errorf(py.TypeError, "getnameinfo() argument 1 must be a tuple")
	}
	flags, err := intArg(t, flagsObj)
	if err != nil {
		return nil, err
	}
	if len(tup.Items) > 2 {
		flowinfo, err := uintArg(t, tup.Items[2])
		if err != nil {
			return nil, err
		}
		if flowinfo > 0xfffff {
			return nil, py.Errorf(py.OverflowError, "getsockaddrarg: flowinfo must be 0-1048575.")
		}
	}
	host, err := strArg("getnameinfo", tup.Items[0])
	if err != nil {
		return nil, err
	}
	port, err := intArg(t, tup.Items[1])
	if err != nil {
		return nil, err
	}
	addrs, _, code := lookupHost(host, unix.AF_UNSPEC, aiNumericHost)
	if code != 0 {
		return nil, gaiError(code)
	}
	a := addrs[0]
	if a.Is4() && len(tup.Items) != 2 {
		return nil, py.NewException(ErrorType, py.NewStr("IPv4 sockaddr must be 2 tuple"))
	}
	hostName := a.String()
	if flags&niNumericHost == 0 {
		if name, _, ok := reverseLookup(a); ok {
			hostName = name
		} else if flags&niNameReqd != 0 {
			return nil, gaiError(eaiNoName)
		}
	} else if flags&niNameReqd != 0 {
		return nil, gaiError(eaiNoName)
	}
	serv := strconv.Itoa(port & 0xffff)
	if flags&niNumericServ == 0 {
		proto := "tcp"
		if flags&niDgram != 0 {
			proto = "udp"
		}
		if name, ok := serviceName(port&0xffff, proto); ok {
			serv = name
		}
	}
	return py.NewTuple(py.NewStr(hostName), py.NewStr(serv)), nil
}

func sockGetdefaulttimeout(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getdefaulttimeout", args, kwnames); err != nil {
		return nil, err
	}
	v := defaultTimeout(t)
	if v < 0 {
		return py.None, nil
	}
	return py.NewFloat(v), nil
}

func sockSetdefaulttimeout(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("setdefaulttimeout", args, kwnames)
	if err != nil {
		return nil, err
	}
	v, err := timeoutArg(t, a)
	if err != nil {
		return nil, err
	}
	defaultTimeouts.Store(t.Interp, v)
	return py.None, nil
}
