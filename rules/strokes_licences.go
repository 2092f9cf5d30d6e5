package rules

import "embed"

// The stroke data is built into the program (strokes.go's go:embed), so
// its licences travel inside it too, as the fonts' do: the MIT licence asks
// for its notice in every copy, and the LGPL for its text and the GPL's
// (both in LICENSE-rime-stroke) with the data in whatever form it goes.
//
//go:embed strokes/LICENSE-cnchar-order strokes/LICENSE-rime-stroke
var strokeLicenceFiles embed.FS

// StrokeDataLicence is the licence of one source of the stroke data.
type StrokeDataLicence struct {
	Source string // the data set, by its own name
	Text   string
}

// strokeSources names, for each licence file, the data set it covers.
var strokeSources = []struct{ source, file string }{
	{"cnchar-order 3.2.6 (笔画数据)", "strokes/LICENSE-cnchar-order"},
	{"rime-stroke 五笔画 (笔画数据)", "strokes/LICENSE-rime-stroke"},
}

// StrokeDataLicences returns the licence of each source of the stroke data,
// in the order above.
func StrokeDataLicences() []StrokeDataLicence {
	out := make([]StrokeDataLicence, 0, len(strokeSources))
	for _, s := range strokeSources {
		b, err := strokeLicenceFiles.ReadFile(s.file)
		if err != nil {
			panic(err) // the go:embed line and the table above disagree
		}
		out = append(out, StrokeDataLicence{Source: s.source, Text: string(b)})
	}
	return out
}
