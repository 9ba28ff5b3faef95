package spec

import (
	"time"

	"github.com/hashicorp/hcl/v2"
)

// decodeService decodes a service block with its health and restart
// blocks.
func (p *parser) decodeService(b *hcl.Block) {
	c := p.content(b.Body, serviceSchema)
	attrs := c.Attributes
	s := &Service{Node: p.newNode(KindService, b)}
	p.declare(&s.Node, b.LabelRanges[0])
	s.Type = p.typeAttr(attrs)
	s.Start = p.funcAttr(attrs, "start")
	s.Run, s.RunRange = p.methodAttr(attrs, "run")
	s.Stop, s.StopRange = p.methodAttr(attrs, "stop")
	s.DependsOn = p.dependsOn(attrs, &s.Node)
	s.After = p.after(attrs, &s.Node, s.DependsOn)
	s.StartTimeout, _, _ = p.duration(attrs, "start_timeout", DefaultStartTimeout, positiveOrNone)
	var stopRange hcl.Range
	var stopSet bool
	s.StopTimeout, stopRange, stopSet = p.duration(attrs, "stop_timeout", DefaultStopTimeout, positive)
	if stopSet && s.StopTimeout > p.spec.ShutdownTimeout {
		p.warnf(stopRange, "Stop timeout exceeds shutdown timeout", "The stop_timeout of service %q (%s) is longer than the shutdown_timeout (%s), which bounds the whole shutdown, so the stop can be cut short. Shorten stop_timeout or lengthen shutdown_timeout.", s.Name, s.StopTimeout, p.spec.ShutdownTimeout)
	}
	exitValid := p.decodeOnExit(s, attrs)
	restart, policyValid := p.decodeServiceBlocks(s, c.Blocks)
	s.Restart = p.restartPolicy(s, restart, exitValid && policyValid)
	p.addComponent(s)
	p.spec.Services = append(p.spec.Services, s)
}

// decodeOnExit decodes on_exit, which only a service with a run loop
// needs. It reports whether the value, if any, is valid.
func (p *parser) decodeOnExit(s *Service, attrs hcl.Attributes) bool {
	var valid bool
	s.OnExit, valid = p.enum(attrs, "on_exit", OnExitShutdown, "Unknown on_exit policy", OnExitShutdown, OnExitRestart, OnExitIgnore)
	if attr := attrs["on_exit"]; attr != nil && valid && attrs["run"] == nil {
		p.warnf(attr.Expr.Range(), "Exit policy without a run loop", "Service %q has no run method, so on_exit has no effect: it says what happens when run returns. Remove on_exit, or set run.", s.Name)
	}
	return valid
}

// decodeServiceBlocks decodes the health and restart blocks of s, at most
// one of each. It returns the restart block, if any, and whether the
// health block's on_failure, if any, is valid.
func (p *parser) decodeServiceBlocks(s *Service, blocks hcl.Blocks) (restart *Restart, policyValid bool) {
	policyValid = true
	for _, b := range blocks {
		switch {
		case b.Type == "health" && s.Health != nil:
			p.errorf(p.headerRange(b), "Duplicate health block", "A service has at most one health block, and service %q already has one at %s. Merge the two.", s.Name, s.Health.DeclRange)
		case b.Type == "health":
			s.Health, policyValid = p.decodeHealth(b)
		case restart != nil:
			p.errorf(p.headerRange(b), "Duplicate restart block", "A service has at most one restart block, and service %q already has one at %s. Merge the two.", s.Name, restart.DeclRange)
		default:
			restart = p.decodeRestart(b)
		}
	}
	return restart, policyValid
}

// decodeHealth decodes a health block with its defaults. valid is false
// when its on_failure has a value that is not allowed (reported).
func (p *parser) decodeHealth(b *hcl.Block) (h *Health, valid bool) {
	attrs := p.content(b.Body, healthSchema).Attributes
	h = &Health{DeclRange: p.headerRange(b)}
	h.Check, h.CheckRange = p.methodAttr(attrs, "check")
	h.Interval, _, _ = p.duration(attrs, "interval", DefaultInterval, positive)
	h.Timeout, _, _ = p.duration(attrs, "timeout", DefaultCheckTimeout, positive)
	h.InitialDelay, _, _ = p.duration(attrs, "initial_delay", 0, nonNegative)
	h.FailureThreshold = p.integer(attrs, "failure_threshold", DefaultThreshold, 1)
	h.OnFailure, valid = p.enum(attrs, "on_failure", OnFailureShutdown, "Unknown on_failure policy", OnFailureShutdown, OnFailureIgnore, OnFailureRestart)
	var gateRange hcl.Range
	h.ReadinessGate, gateRange, _ = p.boolean(attrs, "readiness_gate")
	if attrs["check"] == nil {
		p.missingCheck(b.Body, h.ReadinessGate, gateRange)
	}
	return h, valid
}

// missingCheck reports a health block without its required check: at the
// readiness gate when there is one, since a gate waits for a passing
// check, else as HCL reports any missing argument.
func (p *parser) missingCheck(body hcl.Body, gate bool, gateRange hcl.Range) {
	if gate {
		p.errorf(gateRange, "Readiness gate without a check", "A readiness gate keeps the service starting until its first passing health check, but this health block has no check. Set check to a method of the service's type, such as check = \"Ping\".")
		return
	}
	p.errorf(body.MissingItemRange(), "Missing required argument", "The argument %q is required, but no definition was found.", "check")
}

// decodeRestart decodes a restart block with its defaults and checks that
// its values make sense together.
func (p *parser) decodeRestart(b *hcl.Block) *Restart {
	attrs := p.content(b.Body, restartSchema).Attributes
	r := &Restart{DeclRange: p.headerRange(b)}
	r.Max = p.integer(attrs, "max", DefaultRestartMax, 1)
	within, withinSet := p.restartDuration(attrs, "within", DefaultRestartWithin, &r.Within)
	backoff, backoffSet := p.restartDuration(attrs, "backoff", DefaultBackoff, &r.Backoff)
	maxBackoff, _ := p.restartDuration(attrs, "max_backoff", DefaultMaxBackoff, &r.MaxBackoff)
	switch {
	case r.Backoff > r.MaxBackoff:
		rng := maxBackoff
		if backoffSet {
			rng = backoff
		}
		p.valueErrorf(rng, "Backoff exceeds max backoff", "The first restart delay, backoff (%s), is longer than max_backoff (%s), the longest delay it doubles up to. Make backoff at most max_backoff.", r.Backoff, r.MaxBackoff)
	case minFailureSpan(r) >= r.Within:
		rng := r.DeclRange
		if withinSet {
			rng = within
		}
		p.warnf(rng, "Restart limit cannot be reached", "With backoff = %q doubling up to max_backoff = %q, %d failures in a row take at least %s, which is not shorter than within = %q: the limit max = %d is never reached, and the service would be restarted forever. Lengthen within, or lower max or backoff.", r.Backoff, r.MaxBackoff, r.Max+1, minFailureSpan(r), r.Within, r.Max)
	}
	return r
}

// restartDuration decodes one duration of a restart block into d; it
// returns the value's range and whether the spec set it.
func (p *parser) restartDuration(attrs hcl.Attributes, name string, def time.Duration, d *time.Duration) (hcl.Range, bool) {
	var rng hcl.Range
	var set bool
	*d, rng, set = p.duration(attrs, name, def, positive)
	return rng, set
}

// minFailureSpan is the shortest time in which a service can fail
// r.Max+1 times: the sum of the first r.Max backoff delays, each double the
// one before, at most r.MaxBackoff. The sum saturates instead of
// overflowing.
func minFailureSpan(r *Restart) time.Duration {
	var sum time.Duration
	delay := r.Backoff
	for n := 0; n < r.Max; n++ {
		if delay >= r.MaxBackoff {
			return saturatingAdd(sum, saturatingMul(r.MaxBackoff, r.Max-n))
		}
		sum = saturatingAdd(sum, delay)
		delay = saturatingAdd(delay, delay)
	}
	return sum
}

// maxDuration is the longest time.Duration.
const maxDuration = time.Duration(1<<63 - 1)

// saturatingAdd returns a+b for non-negative durations, or maxDuration
// when the sum does not fit.
func saturatingAdd(a, b time.Duration) time.Duration {
	if a > maxDuration-b {
		return maxDuration
	}
	return a + b
}

// saturatingMul returns d*n for non-negative d and n, or maxDuration when
// the product does not fit.
func saturatingMul(d time.Duration, n int) time.Duration {
	if d != 0 && time.Duration(n) > maxDuration/d {
		return maxDuration
	}
	return d * time.Duration(n)
}

// restartPolicy returns the restart limits of s: non-nil exactly when s
// has a restart policy, from its restart block or the defaults. A restart
// block without a policy is an error, unless known is false (an on_exit or
// on_failure value was already reported as invalid, so the policy meant is
// unknown).
func (p *parser) restartPolicy(s *Service, block *Restart, known bool) *Restart {
	policy := s.OnExit == OnExitRestart || s.Health != nil && s.Health.OnFailure == OnFailureRestart
	switch {
	case policy && block == nil:
		return &Restart{
			Max:        DefaultRestartMax,
			Within:     DefaultRestartWithin,
			Backoff:    DefaultBackoff,
			MaxBackoff: DefaultMaxBackoff,
			DeclRange:  s.DeclRange,
		}
	case policy:
		return block
	case block != nil && known:
		p.valueErrorf(block.DeclRange, "Restart block without a restart policy", "Service %q has a restart block, but nothing restarts it, so its limits would never apply. Set on_exit = \"restart\" to restart it when its run loop returns, or on_failure = \"restart\" in its health block to restart it when its health check fails; or remove the restart block.", s.Name)
	}
	return nil
}
