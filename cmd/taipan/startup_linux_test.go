package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPty opens a new pseudo-terminal: its controlling side and the
// terminal a program is given.
func openPty() (master, tty *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		master.Close()
		return nil, nil, e
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		master.Close()
		return nil, nil, e
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, tty, nil
}

// On a terminal, PYTHONSTARTUP runs before the first prompt when there
// is no program, and not with -c (as CPython 3.2, checked through a
// pseudo-terminal in the same way).
func TestStartupOnTerminal(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "st.py"), []byte("print('STARTUP RAN')\nS = 41\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args        []string
		want, avoid string
	}{
		{nil, "STARTUP RAN", ""},
		{[]string{"-i", "-c", "print('cmd')"}, "cmd", "STARTUP RAN"},
	} {
		master, tty, err := openPty()
		if err != nil {
			t.Skipf("no pseudo-terminal: %v", err)
		}
		cmd := exec.Command(os.Args[0], tt.args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "TAIPAN_TEST_MAIN=1", "PYTHONSTARTUP=st.py")
		cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		tty.Close()
		var out bytes.Buffer
		done := make(chan struct{})
		go func() {
			buf := make([]byte, 4096)
			for {
				n, err := master.Read(buf)
				out.Write(buf[:n])
				if err != nil {
					close(done)
					return
				}
			}
		}()
		time.Sleep(300 * time.Millisecond)
		master.Write([]byte("print(S + 1)\r"))
		time.Sleep(300 * time.Millisecond)
		master.Write([]byte{4}) // Ctrl-D: the end of input
		werr := make(chan error, 1)
		go func() { werr <- cmd.Wait() }()
		select {
		case err := <-werr:
			if err != nil {
				t.Errorf("%v: %v", tt.args, err)
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: no exit; output %q", tt.args, out.String())
		}
		master.Close()
		<-done
		got := out.String()
		if !strings.Contains(got, tt.want) || (tt.avoid != "" && strings.Contains(got, tt.avoid)) {
			t.Errorf("%v: output %q", tt.args, got)
		}
		if tt.avoid == "" && !strings.Contains(got, "42") {
			t.Errorf("%v: the startup file's names are not at the prompt: %q", tt.args, got)
		}
	}
}
