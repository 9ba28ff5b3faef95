// Package secret cannot be imported from outside lib.
package secret

// Key is a secret.
type Key struct{}
