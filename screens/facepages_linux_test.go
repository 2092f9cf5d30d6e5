package screens

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/go-text/typesetting/font"

	"huiwu/fonts"
)

// Giving the faces' pages back must never change their bytes: the window
// parses them again after a change of 外观, and a face that no longer
// parses would draw every Chinese character as a box.
func TestReleasedFacePagesKeepTheirBytes(t *testing.T) {
	for _, b := range [][]byte{fonts.NotoSansSCUI, fonts.NotoSansSCUIBold} {
		before := sha256.Sum256(b)
		releasePages(b)
		if after := sha256.Sum256(b); after != before {
			t.Fatalf("the face's bytes changed when its pages were given back")
		}
		face, err := font.ParseTTF(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("the face no longer parses: %v", err)
		}
		if _, ok := face.NominalGlyph('会'); !ok {
			t.Errorf("the face has no 会 after its pages were given back")
		}
	}
}
