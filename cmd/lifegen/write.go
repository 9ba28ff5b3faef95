package main

import (
	"bytes"
	"os"
	"path/filepath"
)

// writeIfChanged writes data to path atomically (see writeFileAtomic)
// unless path already holds exactly data, so that an up-to-date file keeps
// its modification time. It reports whether it wrote.
func writeIfChanged(path string, data []byte, perm os.FileMode) (bool, error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	return true, writeFileAtomic(path, data, perm)
}

// writeFileAtomic replaces path with data so that readers see either the
// old file or the whole new one, never a partial write: it writes a
// temporary file in the same directory, syncs and closes it, sets perm and
// renames it over path. On any error the temporary file is removed and
// path is untouched.
func writeFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return rename(tmp.Name(), path)
}

// rename is os.Rename; tests replace it to fail between the write of the
// temporary file and the rename.
var rename = os.Rename

// fileMode returns the permission bits of an existing file, or def when
// it cannot be stat'ed.
func fileMode(path string, def os.FileMode) os.FileMode {
	if fi, err := os.Stat(path); err == nil {
		return fi.Mode().Perm()
	}
	return def
}
