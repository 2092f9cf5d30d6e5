package meetingpdf

import (
	"bytes"
	"flag"
	"io"
	"testing"

	"huiwu/export/golden"
	"huiwu/export/paper"
	"huiwu/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/NAME.pdf from the current output")

// The papers built from a meeting's record, as printed: the drawn 座次图 and
// 桌签 (not paper kinds of `huiwu pdf`, so without a documented example),
// and the 通知 and 邀请函 in full 公文 form. Each is kept in
// testdata/golden; a difference writes NAME.new.pdf and a PNG of the first
// differing page beside it.
func TestMeetingPapersMatchTheirGoldens(t *testing.T) {
	r, ts := topicRecord()
	in := lyInfo
	in.Number = "溧政办发〔2026〕35号"
	cases := map[string]func(w io.Writer) error{
		"seatmap":    func(w io.Writer) error { return SeatMap(w, record(), Options{Layout: rules.Rostrum}) },
		"tablecards": func(w io.Writer) error { return TableCards(w, record(), Options{}) },
		"notice": func(w io.Writer) error {
			n, err := Notice(r, plain(ts), in)
			if err != nil {
				return err
			}
			_, err = paper.Render(n, w, paper.DefaultOptions())
			return err
		},
		"invitations": func(w io.Writer) error {
			v, err := Invitations(r, ts, in)
			if err != nil {
				return err
			}
			_, err = paper.Render(v, w, paper.DefaultOptions())
			return err
		},
	}
	for name, write := range cases {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, "testdata/golden", name, b.Bytes(), *update)
		})
	}
}
