package icons

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// The window's icon is the application icon made small: 256 pixels, 8 bits
// a channel (what keeps its decoding cheap), and the same picture — the red
// ground and the white 会 where the large icon has them.
func TestWindowIconIsTheAppIconMadeSmall(t *testing.T) {
	small, large := decode(t, Window.Content()), decode(t, App.Content())
	if got := small.Bounds().Size(); got != (image.Point{256, 256}) {
		t.Fatalf("window icon is %v pixels, want 256×256", got)
	}
	if _, ok := small.(*image.NRGBA); !ok {
		t.Fatalf("window icon decodes as %T, want 8 bits a channel (*image.NRGBA)", small)
	}
	scale := large.Bounds().Dx() / small.Bounds().Dx()
	near := func(a, b color.Color) bool {
		ar, ag, ab, aa := a.RGBA()
		br, bg, bb, ba := b.RGBA()
		d := func(x, y uint32) bool { return max(x, y)-min(x, y) <= 0x0800 }
		return d(ar, br) && d(ag, bg) && d(ab, bb) && d(aa, ba)
	}
	// Points inside flat areas of the picture (the ground, a stroke of 会
	// and the corner outside the rounded square), where scaling keeps the
	// colour.
	for _, p := range []image.Point{{128, 30}, {40, 128}, {2, 2}, {100, 116}, {100, 146}} {
		s, l := small.At(p.X, p.Y), large.At(p.X*scale+scale/2, p.Y*scale+scale/2)
		if !near(s, l) {
			t.Errorf("at %v the window icon has %v, the application icon %v", p, s, l)
		}
	}
}
