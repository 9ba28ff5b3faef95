package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output of failing cmp commands in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"lifegen": main})
}

// TestScripts runs testdata/script/*.txtar, one per behaviour of the
// command line, against the real binary. Beyond the standard commands,
// scripts have:
//
//	exits CODE PROG [ARGS...]   run PROG and require exit status CODE
//	nest FILE N OPEN [MIDDLE CLOSE]
//	                            replace the word NEST in FILE with OPEN
//	                            repeated N times, MIDDLE, and CLOSE repeated
//	                            N times: inputs too large to keep in a script
//	[root]                      the condition "running as root", under which
//	                            permission tests cannot fail and are skipped
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                "testdata/script",
		UpdateScripts:      *update,
		RequireUniqueNames: true,
		Cmds:               map[string]func(*testscript.TestScript, bool, []string){"exits": cmdExits, "nest": cmdNest},
		Condition:          condition,
		Setup:              goEnv,
	})
}

// goEnv gives scripts what the go command needs to list packages: the
// test's build and module caches (a script's HOME does not exist), and no
// network.
func goEnv(env *testscript.Env) error {
	for _, name := range []string{"GOCACHE", "GOMODCACHE"} {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			return fmt.Errorf("go env %s: %v", name, err)
		}
		env.Setenv(name, strings.TrimSpace(string(out)))
	}
	env.Setenv("GOPROXY", "off")
	env.Setenv("GOFLAGS", "-mod=mod")
	return nil
}

func condition(cond string) (bool, error) {
	if cond == "root" {
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}

// cmdExits runs a program like exec and checks its exact exit status;
// stdout and stderr can be matched afterwards as usual.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROG [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("%v", err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// cmdNest replaces NEST in a file with an opening text repeated N times,
// then a middle text and a closing text repeated as often.
func cmdNest(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 && len(args) != 5 {
		ts.Fatalf("usage: nest FILE N OPEN [MIDDLE CLOSE]")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	nest := strings.Repeat(args[2], n)
	if len(args) == 5 {
		nest += args[3] + strings.Repeat(args[4], n)
	}
	path := ts.MkAbs(args[0])
	src, err := os.ReadFile(path)
	ts.Check(err)
	ts.Check(os.WriteFile(path, bytes.Replace(src, []byte("NEST"), []byte(nest), 1), 0o644))
}
