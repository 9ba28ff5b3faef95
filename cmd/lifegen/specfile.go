package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// maxSpecSize is the most lifegen reads of a spec: 4 MiB, some 40,000
// components, hundreds of times the largest real program. A larger file
// is not a spec (a log, an image, a device), and reading it would cost
// gigabytes in HCL's parser.
const maxSpecSize = 4 << 20

// readSpec reads a spec file. Only regular files are read (or symbolic
// links to them): a named pipe would block, a device such as /dev/zero
// never ends. The mode is checked before opening, the file is opened
// without blocking and checked again once open, so a file swapped in
// between is caught too; and at most maxSpecSize bytes are read whatever
// the file claims to be.
func readSpec(path string) ([]byte, error) {
	if fi, err := os.Stat(path); err != nil {
		var perr *fs.PathError
		if errors.As(err, &perr) {
			perr.Op = "open" // "open x.hcl: no such file or directory", as before
		}
		return nil, err
	} else if err := regularSpec(path, fi.Mode()); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := regularSpec(path, fi.Mode()); err != nil {
		return nil, err
	}
	if fi.Size() > maxSpecSize {
		return nil, errTooLarge(path)
	}
	src, err := io.ReadAll(io.LimitReader(f, maxSpecSize+1))
	if err != nil {
		return nil, err
	}
	if len(src) > maxSpecSize {
		return nil, errTooLarge(path)
	}
	return src, nil
}

func errTooLarge(path string) error {
	return fmt.Errorf("%s is larger than 4 MiB, the most lifegen reads of a spec", quoteName(path))
}

// regularSpec returns an error unless mode is a regular file's.
func regularSpec(path string, mode fs.FileMode) error {
	if mode.IsRegular() {
		return nil
	}
	return fmt.Errorf("%s is %s, not a regular file; a spec must be a regular file", quoteName(path), modeName(mode))
}

// modeName names the kind of file of a mode that is not a regular file.
func modeName(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a directory"
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
