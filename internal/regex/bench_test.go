package regex

import (
	"fmt"
	"testing"
)

// benchLines are log lines like those of the bm_regex benchmark.
var benchLines = func() [][]byte {
	users := []string{"alice", "bob", "carol", "dave", "eve", "mallory"}
	var out [][]byte
	for i := 0; i < 500; i++ {
		u := users[i%len(users)]
		out = append(out, []byte(fmt.Sprintf("2%03d-%02d-%02d %02d:%02d:%02d [INFO] %s@mail.example.org GET /api/v1/items?id=%d&q=%s%d 200 %dms",
			i%25, 1+i%12, 1+i%28, i%24, i%60, (i*7)%60, u, i*37, u, i%10, i%5000)))
	}
	return out
}()

func benchPattern(b *testing.B, pattern string, search, all bool) {
	prog, err := Compile([]rune(pattern), false, 0)
	if err != nil {
		b.Fatal(err)
	}
	st := prog.NewState()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, line := range benchLines {
			sub := &Subject{B: line}
			start := 0
			for start <= len(line) && prog.Match(st, sub, start, len(line), search) {
				if !all {
					break
				}
				if st.Ptr == st.Start {
					start = st.Ptr + 1
				} else {
					start = st.Ptr
				}
			}
		}
	}
}

func BenchmarkKV(b *testing.B) { benchPattern(b, `([a-z]+)=([^&\s]+)`, true, true) }
func BenchmarkLine(b *testing.B) {
	benchPattern(b, `^(?P<date>\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(?P<level>[A-Za-z]+)\] (?P<user>\w+)@(?P<host>[\w.]+) (?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms$`, false, false)
}
func BenchmarkEmail(b *testing.B) { benchPattern(b, `\b[a-z]+@[a-z]+(?:\.[a-z]+)+\b`, true, true) }
func BenchmarkNum(b *testing.B)   { benchPattern(b, `\d+`, true, true) }
func BenchmarkAPI(b *testing.B)   { benchPattern(b, `/api/v(\d)/(\w+)(?:/(\d+))?`, true, false) }
