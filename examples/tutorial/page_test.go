package main

import (
	"bytes"
	"context"
	"flag"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The screenshot in docs/ is made with
//
//	go test ./examples/tutorial -run LifecyclePage -screenshot=../../docs/lifecycle-page.png
var screenshot = flag.String("screenshot", "", "also write the screenshot of the lifecycle page to `file` (relative to this directory)")

const chromium = "/usr/bin/chromium"

// TestLifecyclePage runs the tutorial's app, then shows its lifecycle
// page (/debug/lifecycle) in headless Chromium and checks what the
// browser made of it: every bar of the chart is an SVG element in the
// DOM, and in the screenshot each bar is drawn, in its colour, where the
// SVG puts it.
func TestLifecyclePage(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s not found: install Debian's chromium package (apt-get install chromium) to run this test", chromium)
	}
	app := NewApp(NewLog(io.Discard))
	if err := app.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond) // a few jobs and health checks
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(app.Handler())
	defer srv.Close()
	url := srv.URL + "/debug/lifecycle"
	served := get(t, url)

	dir := t.TempDir()
	file := filepath.Join(dir, "page.png")
	dom := runChromium(t, dir, "--dump-dom", "--screenshot="+file, "--window-size=1000,560", url)
	rects := svgRects(dom)
	if want := strings.Count(served, "<rect "); len(rects) != want || want == 0 {
		t.Fatalf("the browser's DOM holds %d SVG rects, the page %d", len(rects), want)
	}
	img := decodePNG(t, file)
	checkNotBlank(t, img)
	checkBars(t, img, rects)
	if *screenshot != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*screenshot, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", *screenshot, len(data))
	}
}

// get returns the body of a GET of url.
func get(t *testing.T, url string) string {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	body, err := io.ReadAll(r.Body)
	if err != nil || r.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %v", url, r.StatusCode, err)
	}
	return string(body)
}

// runChromium runs headless Chromium with args, with a profile of its
// own in dir, and returns its stdout. It reaches no network but loopback
// and looks up no host name.
func runChromium(t *testing.T, dir string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
		"--force-color-profile=srgb", "--hide-scrollbars", "--user-data-dir=" + filepath.Join(dir, "profile")}
	cmd := exec.CommandContext(ctx, chromium, append(flags, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// rect is an SVG rect as the browser's DOM holds it.
type rect struct {
	class      string
	x, y, w, h int
	fill       color.RGBA
}

var rectRE = regexp.MustCompile(`<rect class="([^"]*)" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)" fill="#([0-9a-f]{6})"`)

// svgRects returns the rects of the chart in the DOM that Chromium
// dumped.
func svgRects(dom string) []rect {
	var out []rect
	for _, m := range rectRE.FindAllStringSubmatch(dom, -1) {
		n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
		rgb, _ := strconv.ParseUint(m[6], 16, 32)
		out = append(out, rect{class: m[1], x: n(2), y: n(3), w: n(4), h: n(5),
			fill: color.RGBA{uint8(rgb >> 16), uint8(rgb >> 8), uint8(rgb), 255}})
	}
	return out
}

func decodePNG(t *testing.T, file string) image.Image {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// checkNotBlank checks that the screenshot shows something: a page
// whose pixels are not nearly all of one colour.
func checkNotBlank(t *testing.T, img image.Image) {
	t.Helper()
	counts := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			counts[rgba(img.At(x, y))]++
		}
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	if len(counts) < 10 || most > b.Dx()*b.Dy()*99/100 {
		t.Fatalf("the screenshot looks blank: %d colours, %d of %d pixels of one", len(counts), most, b.Dx()*b.Dy())
	}
}

// checkBars finds where the browser drew the SVG (the offset that maps
// the rects of the commonest bar colour onto that colour's pixels), then
// checks that every bar of the chart is drawn in its colour at its place.
func checkBars(t *testing.T, img image.Image, rects []rect) {
	t.Helper()
	byFill := map[color.RGBA][]rect{}
	for _, r := range rects {
		if strings.HasPrefix(r.class, "bar ") {
			byFill[r.fill] = append(byFill[r.fill], r)
		}
	}
	var common color.RGBA
	for c, rs := range byFill {
		if len(rs) > len(byFill[common]) {
			common = c
		}
	}
	if len(byFill[common]) == 0 {
		t.Fatal("no bars in the chart")
	}
	want := bounds(rects, common)
	got := pixelBounds(img, common)
	dx, dy := got.Min.X-want.Min.X, got.Min.Y-want.Min.Y
	if got.Empty() || abs(got.Max.X-want.Max.X-dx) > 1 || abs(got.Max.Y-want.Max.Y-dy) > 1 {
		t.Fatalf("the pixels of colour %v span %v, the rects of that fill %v: not the same shape", common, got, want)
	}
	drawn := 0
	for _, r := range rects {
		if !strings.HasPrefix(r.class, "bar ") || r.w < 3 || r.h < 3 {
			continue
		}
		if c := rgba(img.At(r.x+r.w/2+dx, r.y+r.h/2+dy)); !near(c, r.fill) {
			t.Errorf("bar %q at (%d,%d) %dx%d: colour %v at its centre, want %v", r.class, r.x, r.y, r.w, r.h, c, r.fill)
		}
		drawn++
	}
	if drawn < 10 {
		t.Errorf("%d bars wide enough to check, want at least 10 (two per component)", drawn)
	}
	t.Logf("the chart is drawn at offset (%d,%d); %d bars checked", dx, dy, drawn)
}

// bounds is the smallest rectangle that holds the rects filled with c.
func bounds(rects []rect, c color.RGBA) image.Rectangle {
	var b image.Rectangle
	for _, r := range rects {
		if r.fill == c {
			b = b.Union(image.Rect(r.x, r.y, r.x+r.w, r.y+r.h))
		}
	}
	return b
}

// pixelBounds is the smallest rectangle that holds the pixels of colour c.
func pixelBounds(img image.Image, c color.RGBA) image.Rectangle {
	var b image.Rectangle
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if rgba(img.At(x, y)) == c {
				b = b.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return b
}

func rgba(c color.Color) color.RGBA {
	r, g, b, a := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// near reports whether two colours differ by at most 4 in each channel.
func near(a, b color.RGBA) bool {
	return abs(int(a.R)-int(b.R)) <= 4 && abs(int(a.G)-int(b.G)) <= 4 && abs(int(a.B)-int(b.B)) <= 4
}

func abs(n int) int { return max(n, -n) }
