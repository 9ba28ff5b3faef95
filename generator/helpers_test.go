package generator

import (
	"fmt"
	"time"

	"github.com/dave/jennifer/jen"
)

func parseDuration(s string) (time.Duration, error) { return time.ParseDuration(s) }

// renderCode renders one jennifer expression.
func renderCode(c jen.Code) string { return fmt.Sprintf("%#v", jen.Null().Add(c)) }
