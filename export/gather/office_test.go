package gather

import (
	"context"
	"testing"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
)

// The papers print the office's names and its secretary from the settings:
// the notice's signing office and government, the 记录人 of the 签到表 and
// the 请假审批单, the 拟办人 of the 公文处理笺; unnamed, a line to sign on —
// never the computer's login.
func TestPapersPrintTheOfficeAndItsSecretary(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	src.Office = s

	o, err := src.pdfOptions(ctx, meetingpdf.Options{})
	if err != nil || o.Recorder != "" {
		t.Fatalf("unnamed secretary: recorder %q, %v", o.Recorder, err)
	}
	f := &paper.DocForm{Opinion: "拟请市长阅示。", OpinionBy: "root"}
	signDocForm(f, data.DefaultOffice)
	if f.OpinionBy != "＿＿＿＿＿＿" || f.Office != "溧阳市人民政府办公室" {
		t.Errorf("unnamed: 拟办人 %q, office %q", f.OpinionBy, f.Office)
	}

	if err := s.SetOffice(ctx, data.Office{Government: "宜兴市人民政府", Name: "宜兴市人民政府办公室", Secretary: "褚婧"}); err != nil {
		t.Fatal(err)
	}
	if o, err = src.pdfOptions(ctx, meetingpdf.Options{}); err != nil || o.Recorder != "褚婧" {
		t.Errorf("recorder %q, %v", o.Recorder, err)
	}
	if o, _ = src.pdfOptions(ctx, meetingpdf.Options{Recorder: "郑秘书"}); o.Recorder != "郑秘书" {
		t.Errorf("a recorder given by hand is kept: %q", o.Recorder)
	}
	in, err := src.NoticeInfo(ctx)
	if err != nil || in.Office != "宜兴市人民政府办公室" || in.Government != "宜兴市人民政府" {
		t.Errorf("notice info %+v, %v", in, err)
	}
	of, _ := src.office(ctx)
	f = &paper.DocForm{Opinion: "拟请市长阅示。", OpinionBy: "root"}
	signDocForm(f, of)
	if f.OpinionBy != "褚婧" || f.Office != "宜兴市人民政府办公室" {
		t.Errorf("named: 拟办人 %q, office %q", f.OpinionBy, f.Office)
	}
	unsigned := &paper.DocForm{}
	signDocForm(unsigned, of)
	if unsigned.OpinionBy != "" {
		t.Errorf("no opinion yet, yet a 拟办人 %q", unsigned.OpinionBy)
	}
}
