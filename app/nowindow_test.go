package app

import (
	"bytes"
	"errors"
	"log"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"huiwu/translation"
)

// watching routes the log through a windowWatch for one test.
func watching(t *testing.T) (*windowWatch, *bytes.Buffer) {
	t.Helper()
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	old := log.Writer()
	var passed bytes.Buffer
	log.SetOutput(&passed)
	w := watchWindowErrors()
	t.Cleanup(func() { log.SetOutput(old) })
	return w, &passed
}

func TestNoWindowIsExplained(t *testing.T) {
	w, passed := watching(t)
	fyne.LogError("window creation error", errors.New("WGL: OpenGL version 2.1 requested but 1.1 received"))
	title, text, ok := w.message()
	if !ok || title == "" {
		t.Fatal("a window creation error was not caught")
	}
	for _, want := range []string{"OpenGL 2.1", "window creation error", "WGL: OpenGL version 2.1 requested", noWindowHint()} {
		if !strings.Contains(text, want) {
			t.Errorf("message lacks %q:\n%s", want, text)
		}
	}
	// The log still gets every line, for whoever reads it.
	if !strings.Contains(passed.String(), "Cause: WGL") {
		t.Errorf("log output %q", passed.String())
	}
}

func TestOtherFyneErrorsAreNotANoWindow(t *testing.T) {
	w, _ := watching(t)
	fyne.LogError("Failed to decode image for window icon", errors.New("Cause: bad PNG"))
	log.Println("an unrelated line")
	if _, text, ok := w.message(); ok {
		t.Fatalf("reported %q", text)
	}
}

func TestGLFWWithoutDisplayIsExplained(t *testing.T) {
	w, _ := watching(t)
	fyne.LogError("failed to initialise GLFW", errors.New("X11: The DISPLAY environment variable is missing"))
	fyne.LogError("Failed to decode image for window icon", errors.New("unrelated cause"))
	_, text, ok := w.message()
	if !ok || !strings.Contains(text, "DISPLAY environment variable") || strings.Contains(text, "unrelated cause") {
		t.Fatalf("message %q", text)
	}
}
