package impmod

import (
	"io"
	"os"
)

// readHead returns the first bytes of a file, enough for its coding
// declaration.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 1024)
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:n], err
}

func statFile(path string) (os.FileInfo, error) { return os.Stat(path) }
