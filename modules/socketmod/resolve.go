package socketmod

import (
	"bufio"
	"context"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
)

// Name resolution: the hosts file, the services and protocols files,
// then Go's DNS resolver, with getaddrinfo's error codes.

// The getaddrinfo error codes (EAI_*) and their messages.
const (
	eaiBadFlags = -1
	eaiNoName   = -2
	eaiAgain    = -3
	eaiFail     = -4
	eaiFamily   = -6
	eaiSockType = -7
	eaiService  = -8
)

var gaiMessages = map[int]string{
	eaiBadFlags: "Bad value for ai_flags",
	eaiNoName:   "Name or service not known",
	eaiAgain:    "Temporary failure in name resolution",
	eaiFail:     "Non-recoverable failure in name resolution",
	eaiFamily:   "ai_family not supported",
	eaiSockType: "ai_socktype not supported",
	eaiService:  "Servname not supported for ai_socktype",
}

func gaiError(code int) error {
	return py.NewException(GAIErrorType, py.NewInt(int64(code)), py.NewStr(gaiMessages[code]))
}

func hError() error {
	return py.NewException(HErrorType, py.NewInt(1), py.NewStr("Unknown host"))
}

// hostsLine is a line of the hosts file: an address and its names, the
// canonical one first.
type hostsLine struct {
	addr  netip.Addr
	names []string
}

func readHosts() []hostsLine {
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var lines []hostsLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		a, err := netip.ParseAddr(fields[0])
		if err != nil {
			continue
		}
		lines = append(lines, hostsLine{a.WithZone(""), fields[1:]})
	}
	return lines
}

func familyOf(a netip.Addr) int {
	if a.Is4() {
		return unix.AF_INET
	}
	return unix.AF_INET6
}

// lookupHost returns the addresses of host for family af (AF_UNSPEC for
// any) and its canonical name, or an EAI_* code. A numeric host is its
// own address (AI_NUMERICHOST in flags allows no other).
func lookupHost(host string, af, flags int) ([]netip.Addr, string, int) {
	if af != unix.AF_UNSPEC && af != unix.AF_INET && af != unix.AF_INET6 {
		return nil, "", eaiFamily
	}
	if b, ok := inetAton(host); ok && !strings.ContainsAny(host, " \t\n") {
		if af == unix.AF_INET6 {
			return nil, "", eaiNoName
		}
		return []netip.Addr{netip.AddrFrom4(b)}, host, 0
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
		if af == unix.AF_INET {
			return nil, "", eaiNoName
		}
		return []netip.Addr{a}, host, 0
	}
	if flags&aiNumericHost != 0 {
		return nil, "", eaiNoName
	}
	var addrs []netip.Addr
	canon := ""
	for _, l := range readHosts() {
		for _, n := range l.names {
			if strings.EqualFold(n, host) {
				if af == unix.AF_UNSPEC || familyOf(l.addr) == af {
					if canon == "" {
						canon = l.names[0]
					}
					addrs = append(addrs, l.addr)
				}
				break
			}
		}
	}
	if len(addrs) > 0 {
		return addrs, canon, 0
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := &net.Resolver{PreferGo: true}
	ips, err := r.LookupNetIP(ctx, "ip", host)
	if err != nil {
		if dnsErr, ok := err.(*net.DNSError); ok && dnsErr.IsTemporary {
			return nil, "", eaiAgain
		}
		return nil, "", eaiNoName
	}
	for _, a := range ips {
		a = a.Unmap()
		if af == unix.AF_UNSPEC || familyOf(a) == af {
			addrs = append(addrs, a)
		}
	}
	if len(addrs) == 0 {
		return nil, "", eaiNoName
	}
	return addrs, host, 0
}

// reverseLookup returns the name of an address with its aliases, from
// the hosts file or DNS.
func reverseLookup(a netip.Addr) (string, []string, bool) {
	for _, l := range readHosts() {
		if l.addr == a || l.addr.Unmap() == a.Unmap() {
			return l.names[0], l.names[1:], true
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r := &net.Resolver{PreferGo: true}
	names, err := r.LookupAddr(ctx, a.String())
	if err != nil || len(names) == 0 {
		return "", nil, false
	}
	return strings.TrimSuffix(names[0], "."), nil, true
}

// A service of /etc/services.
type service struct {
	name    string
	aliases []string
	port    int
	proto   string
}

func readServices() []service {
	f, err := os.Open("/etc/services")
	if err != nil {
		return nil
	}
	defer f.Close()
	var svcs []service
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		pp := strings.SplitN(fields[1], "/", 2)
		if len(pp) != 2 {
			continue
		}
		port, err := strconv.Atoi(pp[0])
		if err != nil {
			continue
		}
		svcs = append(svcs, service{fields[0], fields[2:], port, pp[1]})
	}
	return svcs
}

// lookupService returns the port of a named service for a protocol
// ("" for any).
func lookupService(name, proto string) (int, bool) {
	for _, s := range readServices() {
		if proto != "" && s.proto != proto {
			continue
		}
		if s.name == name {
			return s.port, true
		}
		for _, a := range s.aliases {
			if a == name {
				return s.port, true
			}
		}
	}
	return 0, false
}

// serviceName returns the name of the service at a port.
func serviceName(port int, proto string) (string, bool) {
	for _, s := range readServices() {
		if s.port == port && (proto == "" || s.proto == proto) {
			return s.name, true
		}
	}
	return "", false
}

// lookupProtocol reads /etc/protocols.
func lookupProtocol(name string) (int, bool) {
	f, err := os.Open("/etc/protocols")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		match := fields[0] == name
		for _, a := range fields[2:] {
			match = match || a == name
		}
		if match {
			n, err := strconv.Atoi(fields[1])
			return n, err == nil
		}
	}
	return 0, false
}

// The getaddrinfo flags.
const (
	aiPassive     = 1
	aiCanonName   = 2
	aiNumericHost = 4
	aiNumericServ = 0x400
)

// addrInfo is one result of getaddrinfo.
type addrInfo struct {
	addr      netip.Addr
	port      int
	socktype  int
	proto     int
	canonname string
}

// getAddrInfo does getaddrinfo's work; host nil or port nil means none.
func getAddrInfo(host *string, port *string, family, socktype, proto, flags int) ([]addrInfo, int) {
	if host == nil && port == nil {
		return nil, eaiNoName
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, eaiFamily
	}
	type kind struct{ socktype, proto int }
	var kinds []kind
	switch socktype {
	case 0:
		for _, k := range []kind{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}} {
			if proto == 0 || proto == k.proto {
				kinds = append(kinds, k)
			}
		}
		if len(kinds) == 0 {
			kinds = []kind{{unix.SOCK_RAW, proto}}
		}
	case unix.SOCK_STREAM:
		if proto != 0 && proto != unix.IPPROTO_TCP {
			return nil, eaiSockType
		}
		kinds = []kind{{unix.SOCK_STREAM, unix.IPPROTO_TCP}}
	case unix.SOCK_DGRAM:
		if proto != 0 && proto != unix.IPPROTO_UDP {
			return nil, eaiSockType
		}
		kinds = []kind{{unix.SOCK_DGRAM, unix.IPPROTO_UDP}}
	case unix.SOCK_RAW:
		kinds = []kind{{unix.SOCK_RAW, proto}}
	default:
		return nil, eaiSockType
	}

	// The port for each kind; -1 where the service has none.
	ports := make([]int, len(kinds))
	if port != nil {
		if n, err := strconv.Atoi(*port); err == nil && *port != "" && (*port)[0] != '+' && (*port)[0] != '-' {
			for i := range ports {
				ports[i] = n & 0xffff
			}
		} else if flags&aiNumericServ != 0 {
			return nil, eaiNoName
		} else {
			found := false
			for i, k := range kinds {
				ports[i] = -1
				p := ""
				switch k.socktype {
				case unix.SOCK_STREAM:
					p = "tcp"
				case unix.SOCK_DGRAM:
					p = "udp"
				default:
					if socktype != 0 {
						return nil, eaiService
					}
					continue
				}
				if n, ok := lookupService(*port, p); ok {
					ports[i], found = n, true
				}
			}
			if !found {
				return nil, eaiService
			}
		}
	}

	var addrs []netip.Addr
	canon := ""
	if host == nil {
		v4, v6 := netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()
		list := []netip.Addr{v6, v4}
		if flags&aiPassive != 0 {
			list = []netip.Addr{netip.AddrFrom4([4]byte{}), netip.IPv6Unspecified()}
		}
		for _, a := range list {
			if family == unix.AF_UNSPEC || familyOf(a) == family {
				addrs = append(addrs, a)
			}
		}
	} else {
		var code int
		addrs, canon, code = lookupHost(*host, family, flags)
		if code != 0 {
			return nil, code
		}
	}
	var r []addrInfo
	for _, a := range addrs {
		for i, k := range kinds {
			if ports[i] < 0 {
				continue
			}
			ai := addrInfo{addr: a, port: ports[i], socktype: k.socktype, proto: k.proto}
			if len(r) == 0 && flags&aiCanonName != 0 {
				ai.canonname = canon
			}
			r = append(r, ai)
		}
	}
	return r, 0
}

// sockaddrOf returns the Python address of a getaddrinfo result.
func (ai addrInfo) sockaddr() py.Object {
	if ai.addr.Is4() {
		return py.NewTuple(py.NewStr(ai.addr.String()), py.NewInt(int64(ai.port)))
	}
	return py.NewTuple(py.NewStr(ai.addr.WithZone("").String()), py.NewInt(int64(ai.port)), py.NewInt(0), py.NewInt(0))
}
