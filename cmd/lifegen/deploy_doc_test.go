package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"
)

// codeBlocks returns the fenced code blocks of a Markdown file whose
// language is lang, in order.
func codeBlocks(t *testing.T, path, lang string) []string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	rest := string(src)
	for {
		_, after, ok := strings.Cut(rest, "\n```"+lang+"\n")
		if !ok {
			return blocks
		}
		block, tail, _ := strings.Cut(after, "\n```\n")
		blocks = append(blocks, block+"\n")
		rest = tail
	}
}

// blockWith returns the first block that contains s.
func blockWith(t *testing.T, blocks []string, s string) string {
	t.Helper()
	for _, b := range blocks {
		if strings.Contains(b, s) {
			return b
		}
	}
	t.Fatalf("no code block contains %q", s)
	return ""
}

// TestDeploymentDoc keeps docs/deployment.md true: the fragment it shows
// is what deploy prints for the spec it shows, its Deployment decodes
// strictly and holds that fragment, and its unit has the same numbers.
func TestDeploymentDoc(t *testing.T) {
	const doc = "../../docs/deployment.md"
	src := codeBlocks(t, doc, "hcl")[0]
	yamls := codeBlocks(t, doc, "yaml")
	shownUnit := blockWith(t, codeBlocks(t, doc, "ini"), "[Service]")

	out := deploy(t, src, "--format", "kubernetes", "--target", "frontend")
	if shown := blockWith(t, yamls, "# Pod spec for"); shown != string(out) {
		t.Errorf("the fragment in %s is not what deploy prints now:\n%s", doc, cmp.Diff(shown, string(out)))
	}
	var want corev1.PodSpec
	if err := yaml.UnmarshalStrict(out, &want); err != nil {
		t.Fatal(err)
	}
	var d appsv1.Deployment
	if err := yaml.UnmarshalStrict([]byte(blockWith(t, yamls, "kind: Deployment")), &d); err != nil {
		t.Fatalf("the Deployment in %s: %v", doc, err)
	}
	got := d.Spec.Template.Spec
	if len(got.Containers) != 1 {
		t.Fatalf("the Deployment in %s has %d containers", doc, len(got.Containers))
	}
	got.Containers[0].Image, got.Containers[0].Ports = "REPLACE_ME", nil // filled in by the user
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the Deployment in %s differs from the fragment (-fragment +doc):\n%s", doc, diff)
	}

	unit, err := parseUnit([]byte(serviceSection(shownUnit)))
	if err != nil {
		t.Fatalf("the unit in %s: %v", doc, err)
	}
	wantUnit, err := parseUnit(deploy(t, src, "--format", "systemd", "--target", "frontend", "--watchdog", "30s"))
	if err != nil {
		t.Fatal(err)
	}
	unit["ExecStart"] = strings.Replace(unit["ExecStart"], "/usr/local/bin/shop", "/usr/local/bin/REPLACE_ME", 1)
	if diff := cmp.Diff(wantUnit, unit); diff != "" {
		t.Errorf("the unit in %s differs from deploy's (-deploy +doc):\n%s", doc, diff)
	}
}

// serviceSection returns the [Service] section of a unit file.
func serviceSection(unit string) string {
	_, s, _ := strings.Cut(unit, "[Service]\n")
	if i := strings.Index(s, "\n["); i >= 0 {
		s = s[:i+1]
	}
	return "[Service]\n" + s
}
