// Package proc runs the whole-process steps of workloads W3 and W5 (a
// generator, `go build`) and measures them: wall time, and the peak
// resident memory of the largest process of the tree (what GNU time -v
// calls "Maximum resident set size": the kernel keeps the largest among a
// process and the children it waited for).
package proc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Result is what one run measured.
type Result struct {
	Wall time.Duration
	// PeakRSS is the largest resident set of the process and of every
	// descendant it waited for, in bytes.
	PeakRSS int64
}

// ErrCapped is returned when a run did not finish within its cap.
var ErrCapped = errors.New("did not finish within the cap")

// Env is the environment of every measured process: this one's, with no
// workspace and without VCS stamping (which would run git on every build
// of a program inside a checkout).
func Env() []string {
	return append(os.Environ(), "GOWORK=off", strings.TrimSpace("GOFLAGS="+os.Getenv("GOFLAGS")+" -buildvcs=false"))
}

// Run runs name with args in dir and measures it. When limit > 0 and the
// run takes longer, its whole process group is killed and Run returns
// ErrCapped. A failed run returns an error with what it printed.
func Run(dir string, limit time.Duration, name string, args ...string) (Result, error) {
	ctx := context.Background()
	if limit > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = Env()
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// The go command starts the compiler and the linker as children: on
	// the cap, kill the whole group, not only the go command.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 10 * time.Second
	t0 := time.Now()
	err := cmd.Run()
	r := Result{Wall: time.Since(t0)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.PeakRSS = ru.Maxrss * 1024 // kilobytes on Linux
		}
	}
	switch {
	case ctx.Err() != nil:
		return r, fmt.Errorf("%s %s: %w (%v)", name, strings.Join(args, " "), ErrCapped, limit)
	case err != nil:
		return r, fmt.Errorf("%s %s in %s: %w\n%s", name, strings.Join(args, " "), dir, err, out.Bytes())
	}
	return r, nil
}
