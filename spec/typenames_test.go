package spec

import "testing"

func TestCanImport(t *testing.T) {
	tests := []struct {
		from, to string
		want     bool
	}{
		{"example.com/shop", "database/sql", true},
		{"example.com/shop", "internal/poll", false},
		{"example.com/shop", "vendor/golang.org/x/net/http2", false},
		{"example.com/shop", "example.com/shop/internal/store", true},
		{"example.com/shop/cmd/server", "example.com/shop/internal/store", true},
		{"example.com/shopping", "example.com/shop/internal/store", false},
		{"example.com/other", "example.com/shop/internal/store", false},
		{"example.com/shop", "example.com/shop/internal", true},
	}
	for _, tt := range tests {
		if got := canImport(tt.from, tt.to); got != tt.want {
			t.Errorf("canImport(%q, %q) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}
