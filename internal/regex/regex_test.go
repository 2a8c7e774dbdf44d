package regex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"testing"
)

// goldenCase is one line of testdata/re_cases.json, made by
// tools/golden/gen_re.py with CPython 3.2.
type goldenCase struct {
	Pattern string          `json:"pattern"`
	Flags   int             `json:"flags"`
	Subject string          `json:"subject"`
	Op      string          `json:"op"`
	Bytes   bool            `json:"bytes"`
	Pos     *int            `json:"pos"`
	EndPos  *int            `json:"endpos"`
	Error   []string        `json:"error"`
	Groups  *int            `json:"groups"`
	Result  json.RawMessage `json:"result"`
}

type goldenMatch struct {
	Spans     [][2]int `json:"spans"`
	LastIndex *int     `json:"lastindex"`
}

var kindNames = map[ErrorKind]string{
	KindError: "error", KindOverflow: "OverflowError", KindAssertion: "AssertionError",
	KindValue: "ValueError", KindIndex: "IndexError",
}

func subjectOf(text string, isBytes bool) *Subject {
	r := []rune(text)
	if isBytes {
		b := make([]byte, len(r))
		for i, c := range r {
			b[i] = byte(c)
		}
		return &Subject{B: b}
	}
	ascii := true
	for _, c := range r {
		if c >= 128 {
			ascii = false
		}
	}
	if ascii {
		return &Subject{B: []byte(text)}
	}
	return &Subject{R: r, Wide: true}
}

func spansOf(p *Prog, st *State) goldenMatch {
	var m goldenMatch
	for g := 0; g <= p.Groups; g++ {
		a, b := st.Span(g)
		m.Spans = append(m.Spans, [2]int{a, b})
	}
	if st.LastIndex >= 0 {
		li := st.LastIndex
		m.LastIndex = &li
	}
	return m
}

func clamp(n, pos, endpos int) (int, int) {
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	return pos, endpos
}

// TestGolden compares the engine with CPython 3.2 on the recorded cases.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/re_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n, failed := 0, 0
	for sc.Scan() {
		var c goldenCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		n++
		if msg := runCase(&c); msg != "" {
			failed++
			if failed <= 40 {
				t.Errorf("%q flags=%d %s %q: %s", c.Pattern, c.Flags, c.Op, c.Subject, msg)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d cases differ", failed, n)
	}
	if n < 500 {
		t.Errorf("only %d cases", n)
	}
}

func runCase(c *goldenCase) string {
	pat := []rune(c.Pattern)
	prog, err := Compile(pat, c.Bytes, c.Flags)
	if c.Error != nil {
		if err == nil {
			return fmt.Sprintf("compiled, want %s(%q)", c.Error[0], c.Error[1])
		}
		e := err.(*Error)
		if kindNames[e.Kind] != c.Error[0] || e.Msg != c.Error[1] {
			return fmt.Sprintf("got %s(%q), want %s(%q)", kindNames[e.Kind], e.Msg, c.Error[0], c.Error[1])
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("error %v, want success", err)
	}
	if c.Op == "compile" {
		if prog.Groups != *c.Groups {
			return fmt.Sprintf("groups %d, want %d", prog.Groups, *c.Groups)
		}
		return ""
	}
	sub := subjectOf(c.Subject, c.Bytes)
	pos, endpos := 0, sub.Len()
	if c.Pos != nil {
		pos = *c.Pos
	}
	if c.EndPos != nil {
		endpos = *c.EndPos
	}
	pos, endpos = clamp(sub.Len(), pos, endpos)
	st := prog.NewState()
	var got interface{}
	switch c.Op {
	case "match", "search":
		if prog.Match(st, sub, pos, endpos, c.Op == "search") {
			m := spansOf(prog, st)
			got = &m
		} else {
			got = (*goldenMatch)(nil)
		}
		var want *goldenMatch
		if err := json.Unmarshal(c.Result, &want); err != nil {
			return err.Error()
		}
		if !reflect.DeepEqual(got, want) {
			return fmt.Sprintf("got %s, want %s", show(got), show(want))
		}
	case "scan":
		var all []goldenMatch
		start := pos
		for start <= endpos && prog.Match(st, sub, start, endpos, true) {
			all = append(all, spansOf(prog, st))
			if st.Ptr == st.Start {
				start = st.Ptr + 1
			} else {
				start = st.Ptr
			}
		}
		var want []goldenMatch
		if err := json.Unmarshal(c.Result, &want); err != nil {
			return err.Error()
		}
		if len(all) == 0 && len(want) == 0 {
			return ""
		}
		if !reflect.DeepEqual(all, want) {
			return fmt.Sprintf("got %s, want %s", show(all), show(want))
		}
	}
	return ""
}

func show(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}
