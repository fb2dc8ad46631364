// Package htmltest opens pages of the html format in a real headless
// Chromium, for the tests of several packages (the browser test beside
// it, the open-time benchmark of diffengine). Only tests import it, so
// chromedp is not linked into pgstrata; TestBinaryLinksNoBrowser checks.
//
// The browser is Debian's chromium (or PGSTRATA_CHROMIUM). Without one, a
// test skips with a message saying how to install it, except in CI (CI or
// PGSTRATA_REQUIRE_BROWSER set, as .ci/run does), where it fails.
package htmltest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumNames are the commands Chromium goes by, Debian's first.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Chromium returns the browser to run: PGSTRATA_CHROMIUM, or the first of
// chromiumNames on PATH. Without one it skips t, or fails it in CI.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("PGSTRATA_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no Chromium on PATH: install Debian's (apt-get install --no-install-recommends chromium) or set PGSTRATA_CHROMIUM to a Chrome or Chromium binary"
	if os.Getenv("CI") != "" || os.Getenv("PGSTRATA_REQUIRE_BROWSER") != "" {
		t.Fatal(msg + " (CI or PGSTRATA_REQUIRE_BROWSER is set: the browser test must run)")
	}
	t.Skip(msg)
	return ""
}

// Browser is one headless Chromium, stopped when the test ends or its
// time is up.
type Browser struct {
	ctx context.Context
}

// Start starts Chromium for t; everything done with it must end within
// timeout (a hung browser fails the test instead of the test binary).
func Start(t testing.TB, timeout time.Duration) *Browser {
	t.Helper()
	path := Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path),
		chromedp.WindowSize(1280, 900), chromedp.UserDataDir(t.TempDir()))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	parent, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc(); cancelTimeout() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return &Browser{ctx: ctx}
}

// Page is one HTML file open in a tab of the browser, with what the page
// did: messages on its console and the requests it made.
type Page struct {
	ctx context.Context
	// URL is the file:// URL of the page.
	URL string
	// Load is how long the page took from navigation until its load event
	// and the filter's script being ready (the html element's data-ready).
	Load time.Duration
	// LoadEvent is the browser's own measure, from the start of the
	// navigation to the end of the load event (Navigation Timing).
	LoadEvent time.Duration

	mu       sync.Mutex
	errors   []string
	warnings []string
	requests []string
}

// Open opens the HTML file at path in a new tab; with scripts false, with
// JavaScript disabled.
func (b *Browser) Open(t testing.TB, path string, scripts bool) *Page {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	p := &Page{ctx: ctx, URL: (&url.URL{Scheme: "file", Path: abs}).String()}
	if err := chromedp.Listen(ctx, p.event); err != nil {
		t.Fatal(err)
	}
	if !scripts {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
			t.Fatal(err)
		}
	}
	// Navigate returns at the load event; the filter's script, at the end
	// of the body, has run by then. (A DOM query such as WaitReady would
	// fetch the page's whole DOM into the test first.)
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Navigate(p.URL)); err != nil {
		t.Fatalf("opening %s: %v", p.URL, err)
	}
	if scripts && !Eval[bool](t, p, `document.documentElement.hasAttribute("data-ready")`) {
		t.Fatalf("%s: loaded, but the filter's script is not ready", p.URL)
	}
	p.Load = time.Since(start)
	p.LoadEvent = time.Duration(Eval[float64](t, p, `performance.getEntriesByType("navigation")[0].loadEventEnd`) * float64(time.Millisecond))
	return p
}

// event records the page's console errors and warnings, its uncaught
// exceptions and its requests. It runs on the tab's reading goroutine.
func (p *Page) event(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		text := fmt.Sprintf("console.%s:", e.Type)
		for _, a := range e.Args {
			text += fmt.Sprintf(" %s", a.Value)
		}
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			p.errors = append(p.errors, text)
		} else {
			p.warnings = append(p.warnings, text)
		}
	case *runtime.EventExceptionThrown:
		p.errors = append(p.errors, (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
	case *log.EventEntryAdded:
		text := fmt.Sprintf("log %s %s: %s (%s)", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL)
		if e.Entry.Level == log.EntryLevelError {
			p.errors = append(p.errors, text)
		} else {
			p.warnings = append(p.warnings, text)
		}
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, e.Request.URL)
	}
}

// Problems returns the console errors and exceptions the page caused, and
// every request other than the page itself; Warnings the rest of its
// console.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := append([]string(nil), p.errors...)
	for _, r := range p.requests {
		if r != p.URL {
			out = append(out, "request: "+r)
		}
	}
	return out
}

// Warnings returns the console messages that are not errors.
func (p *Page) Warnings() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.warnings...)
}

// Eval evaluates a JavaScript expression in the page and decodes its
// value (JSON) into a T.
func Eval[T any](t testing.TB, p *Page, expr string) T {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// Click clicks the first element the CSS selector matches, as a user
// would (it must be visible).
func (p *Page) Click(t testing.TB, selector string) {
	t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.Click(chromedp.CSS(selector))); err != nil {
		t.Fatalf("clicking %s: %v", selector, err)
	}
}

// Screenshot returns a PNG of the top of the page, width × height pixels.
func (p *Page) Screenshot(t testing.TB, width, height int64) []byte {
	t.Helper()
	if err := chromedp.Do(p.ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	png, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return png
}
