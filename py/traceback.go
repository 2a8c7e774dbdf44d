package py

import (
	"fmt"
	"github.com/taipan-py/taipan/parser"
	"os"
	"strings"
	"unicode/utf8"
)

// Traceback is one entry of an exception's traceback: a frame the
// exception passed through and the line it was at (CPython's traceback
// object). Entries are linked from the outermost frame (the first one
// printed) to the innermost.
type Traceback struct {
	Frame  *Frame
	Lasti  int
	Lineno int
	Next   *Traceback
}

// TracebackType is the type of tracebacks.
var TracebackType = &Type{Name: "traceback"}

// Type returns traceback.
func (tb *Traceback) Type() *Type { return TracebackType }

// AddTraceback records that exc passed through frame f at its current
// instruction: a new entry in front of exc's traceback (CPython's
// PyTraceBack_Here). The frame escapes, since the traceback refers to it.
func AddTraceback(exc *BaseException, f *Frame) {
	f.Escape()
	next, _ := exc.Traceback.(*Traceback)
	exc.Traceback = &Traceback{Frame: f, Lasti: f.Lasti, Lineno: f.Line(), Next: next}
}

func init() {
	TracebackType.AddGetSets(
		GetSetDef{Name: "tb_frame", Get: func(t *Thread, self Object) (Object, error) { return self.(*Traceback).Frame, nil }},
		GetSetDef{Name: "tb_lasti", Get: func(t *Thread, self Object) (Object, error) { return NewInt(int64(self.(*Traceback).Lasti)), nil }},
		GetSetDef{Name: "tb_lineno", Get: func(t *Thread, self Object) (Object, error) { return NewInt(int64(self.(*Traceback).Lineno)), nil }},
		GetSetDef{Name: "tb_next", Get: func(t *Thread, self Object) (Object, error) {
			if n := self.(*Traceback).Next; n != nil {
				return n, nil
			}
			return None, nil
		}},
	)
}

// tracebackLimit is CPython's default for sys.tracebacklimit.
const tracebackLimit = 1000

// FormatException returns what CPython 3.2 prints for an uncaught
// exception (PyErr_Display): the exceptions it was chained from first,
// each followed by the sentence that links it to the next, then the
// exception's own traceback and last line.
func FormatException(t *Thread, exc *BaseException) string {
	var b strings.Builder
	seen := map[*BaseException]bool{}
	formatChain(t, &b, exc, seen)
	return b.String()
}

func formatChain(t *Thread, b *strings.Builder, exc *BaseException, seen map[*BaseException]bool) {
	seen[exc] = true
	if exc.Cause != nil {
		if !seen[exc.Cause] {
			formatChain(t, b, exc.Cause, seen)
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if exc.Context != nil {
		if !seen[exc.Context] {
			formatChain(t, b, exc.Context, seen)
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	formatOne(t, b, exc)
}

// formatOne is CPython's print_exception: the traceback, then the
// exception's last line (FormatExceptionOnly). When the traceback could
// not be printed to its end, only a newline follows, as in CPython.
func formatOne(t *Thread, b *strings.Builder, exc *BaseException) {
	if tb, isTB := exc.Traceback.(*Traceback); isTB && tb != nil {
		if !FormatTraceback(t, b, tb) {
			b.WriteString("\n")
			return
		}
	}
	b.WriteString(FormatExceptionOnly(t, exc))
}

// FormatTraceback writes "Traceback (most recent call last):" and one
// entry per frame with its source line, as PyTraceBack_Print does. It
// reports false when a source line could not be read past the end of its
// file, where CPython stops printing.
func FormatTraceback(t *Thread, b *strings.Builder, tb *Traceback) bool {
	limit := tracebackLimit
	if t != nil && t.Interp != nil && t.Interp.Sys != nil {
		if v, ok := t.Interp.Sys.Dict.GetStr(NewStr("tracebacklimit")).(*Int); ok {
			if v.b == nil && v.v > 0 {
				limit = int(v.v)
			}
		}
	}
	b.WriteString("Traceback (most recent call last):\n")
	depth := 0
	for x := tb; x != nil; x = x.Next {
		depth++
	}
	files := map[string][]string{}
	for ; tb != nil; tb = tb.Next {
		if depth <= limit {
			code := tb.Frame.Code
			fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
			if !writeSourceLine(t, b, files, code.Filename, tb.Lineno) {
				return false
			}
		}
		depth--
	}
	return true
}

// writeSourceLine writes line lineno of the file, its indentation
// removed, indented by four spaces (CPython's _Py_DisplaySourceLine). A
// file that cannot be opened is looked for by its base name in the
// folders of sys.path, as CPython does; when it is not found, nothing is
// written. A line past its end, or text that does not decode, reports
// false.
func writeSourceLine(t *Thread, b *strings.Builder, files map[string][]string, filename string, lineno int) bool {
	lines, ok := files[filename]
	if !ok {
		src, err := os.ReadFile(filename)
		if err != nil {
			src, err = hookedSource(t, filename)
		}
		if err != nil {
			src, err = findSourceFile(t, filename)
		}
		if err == nil {
			// The file's coding declaration decides how its lines read.
			if text, ok := parser.DecodeForDisplay(filename, src); ok {
				src = []byte(text)
			}
			lines = splitSourceLines(src)
		}
		files[filename] = lines
		if err != nil {
			return true
		}
	}
	if lines == nil {
		return true
	}
	if lineno < 1 || lineno > len(lines) {
		return false
	}
	line := lines[lineno-1]
	if !utf8.ValidString(line) {
		return false
	}
	line = strings.TrimLeft(line, " \t\f")
	b.WriteString("    ")
	b.WriteString(line)
	b.WriteString("\n")
	return true
}

// splitSourceLines splits source text into lines with universal
// newlines (\n, \r\n, \r), without their ends; a UTF-8 BOM is dropped.
func splitSourceLines(src []byte) []string {
	s := string(src)
	s = strings.TrimPrefix(s, "\ufeff")
	var lines []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
	if lines == nil {
		lines = []string{}
	}
	return lines
}

// findSourceFile reads the file named like filename's last part in the
// first folder of sys.path that has it (CPython's _Py_FindSourceFile).
func findSourceFile(t *Thread, filename string) ([]byte, error) {
	tail := filename
	if i := strings.LastIndexByte(tail, '/'); i >= 0 {
		tail = tail[i+1:]
	}
	err := os.ErrNotExist
	if t == nil || t.Interp == nil || t.Interp.Sys == nil {
		return nil, err
	}
	path, ok := t.Interp.Sys.Dict.GetStr(NewStr("path")).(*List)
	if !ok {
		return nil, err
	}
	for _, p := range path.Items {
		dir, ok := p.(*Str)
		if !ok {
			continue
		}
		name := dir.s
		if name != "" && !strings.HasSuffix(name, "/") {
			name += "/"
		}
		if src, err := os.ReadFile(name + tail); err == nil {
			return src, nil
		}
	}
	return nil, err
}

// sourceHooks read the text of files that are not on disk: the modules
// of the library embedded in the binary, of zip archives.
var sourceHooks []func(t *Thread, filename string) ([]byte, bool)

// AddSourceHook adds a reader of source text that tracebacks try when a
// file cannot be read from disk. Call it from an init function.
func AddSourceHook(hook func(t *Thread, filename string) ([]byte, bool)) {
	sourceHooks = append(sourceHooks, hook)
}

func hookedSource(t *Thread, filename string) ([]byte, error) {
	for _, h := range sourceHooks {
		if src, ok := h(t, filename); ok {
			return src, nil
		}
	}
	return nil, os.ErrNotExist
}
