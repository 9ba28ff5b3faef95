package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/mod/module"
)

// checkGoFileName returns why name, the base name of a generated file,
// cannot be a Go source file of a package, or nil. The rules are the go
// command's:
//   - the name ends in ".go";
//   - it starts with a letter or a digit: go build ignores files whose
//     names start with "_" or ".", and refuses those that start with other
//     ASCII punctuation ("-x_gen.go" would read as a flag);
//   - it is valid UTF-8 and uses only the characters a file of a module
//     may have (module.CheckFilePath: letters, digits, spaces and
//     !#$%&()+,-.=@[]^_{}~; no control characters, no " * / : < > ? \ ` ' |),
//     and is not a name Windows reserves (CON, NUL, COM1, ...), or the
//     go command cannot download or vendor the module that holds it.
func checkGoFileName(name string) error {
	if !strings.HasSuffix(name, ".go") {
		return errors.New("a Go file's name ends in .go")
	}
	if err := checkPrintable(name); err != nil {
		return err
	}
	switch r, _ := utf8.DecodeRuneInString(name); {
	case r == '_' || r == '.':
		return fmt.Errorf("the go command ignores files whose names start with %q", r)
	case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		return fmt.Errorf("the go command refuses Go files whose names start with %q", r)
	}
	if err := module.CheckFilePath(name); err != nil {
		var perr *module.InvalidPathError
		if errors.As(err, &perr) {
			err = perr.Err
		}
		return fmt.Errorf("the go command does not accept it in a module: %v", err)
	}
	return nil
}

// checkPrintable returns an error if name is not valid UTF-8 or holds a
// control character: such a name cannot be shown on one line, in a
// message or in the header comment of a generated file.
func checkPrintable(name string) error {
	if !utf8.ValidString(name) {
		return errors.New("it is not valid UTF-8")
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return fmt.Errorf("it contains the control character %s", strconv.QuoteRune(r))
		}
	}
	return nil
}

// quoteName returns name as it is when it prints on one line, else
// quoted as a Go string, for messages.
func quoteName(name string) string {
	if checkPrintable(name) != nil {
		return strconv.Quote(name)
	}
	return name
}
