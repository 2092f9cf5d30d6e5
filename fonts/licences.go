package fonts

import "embed"

// The licence texts travel inside the program with the faces they cover:
// the Windows build is one file, and the OFL and the GPL both require the
// licence to accompany the font wherever it is distributed.
//
//go:embed OFL-NotoSansCJK.txt OFL-NotoSansSC.txt OFL-NotoSerifSC.txt GPL-FandolFang.txt OFL-HuiwuKai.txt
var licenceFiles embed.FS

// Licence is the licence of some bundled faces.
type Licence struct {
	Faces string // the faces it covers, by their own names
	File  string // its file beside the faces in fonts/
	Text  string
}

// licensed names, for each licence file, the bundled faces it covers.
var licensed = []struct{ faces, file string }{
	{"Noto Sans CJK SC Regular, Bold", "OFL-NotoSansCJK.txt"},
	{"Noto Sans SC Regular", "OFL-NotoSansSC.txt"},
	{"Noto Serif SC Regular, Black", "OFL-NotoSerifSC.txt"},
	{"FandolFang Regular", "GPL-FandolFang.txt"},
	{"HuiwuKai Regular", "OFL-HuiwuKai.txt"},
}

// Licences returns the licence of every bundled face, in the order above.
func Licences() []Licence {
	out := make([]Licence, 0, len(licensed))
	for _, l := range licensed {
		b, err := licenceFiles.ReadFile(l.file)
		if err != nil {
			panic(err) // the go:embed line and the table above disagree
		}
		out = append(out, Licence{Faces: l.faces, File: l.file, Text: string(b)})
	}
	return out
}
