//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadSpecNamedPipeDoesNotBlock(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "lifecycle.hcl")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan error, 1)
	go func() { _, err := readSpec(pipe); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "is a named pipe, not a regular file") {
			t.Errorf("readSpec(named pipe) = %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("readSpec blocks on a named pipe")
	}
}
