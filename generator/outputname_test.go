package generator

import "testing"

func TestOutputName(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"lifecycle.hcl", "lifecycle_gen.go"},
		{"lifecycle.hcl.json", "lifecycle_gen.go"},
		{"x.hcl.json", "x_gen.go"},
		{"api.lifecycle.hcl", "api.lifecycle_gen.go"},
		{"api.lifecycle.hcl.json", "api.lifecycle_gen.go"},
		{"spec", "spec_gen.go"},
	}
	for _, tt := range tests {
		if got := OutputName(tt.spec); got != tt.want {
			t.Errorf("OutputName(%q) = %q, want %q", tt.spec, got, tt.want)
		}
	}
}
