package ics

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"huiwu/data"
)

func meeting() data.Meeting {
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	return data.Meeting{
		ID: 12, Title: "市政府第12次常务会议;研究预算,城市更新；其他", Kind: data.MeetingExecutive,
		Start: day.Add(9 * time.Hour), End: day.Add(11*time.Hour + 30*time.Minute), Place: "市政府三楼会议室",
		ChairName: "王喆", DelegationNote: "", HeadCount: 31, Status: data.StatusNotified, Version: 3,
		Remarks: "请各单位于11月27日前报送参会名单\n材料三份",
	}
}

// unfold reverses RFC 5545 folding.
func unfold(s string) string { return strings.ReplaceAll(s, "\r\n ", "") }

func TestWriteMeeting(t *testing.T) {
	var buf bytes.Buffer
	c := Calendar{Meetings: []data.Meeting{meeting()}, Kinds: func(data.MeetingKind) string { return "市政府常务会议" }, Stamp: time.Date(2026, 11, 28, 1, 2, 3, 0, time.UTC), Domain: "cn.gov.liyang.huiwu"}
	if err := Write(&buf, c); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line over 75 octets: %q", l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold split a character: %q", l)
		}
	}
	if strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Error("a bare LF in the file")
	}
	u := unfold(out)
	for _, want := range []string{
		"UID:huiwu-meeting-12@cn.gov.liyang.huiwu",
		"DTSTART;TZID=Asia/Shanghai:20261130T090000",
		"DTEND;TZID=Asia/Shanghai:20261130T113000",
		`SUMMARY:市政府第12次常务会议\;研究预算\,城市更新；其他`,
		"LOCATION:市政府三楼会议室",
		`备注：请各单位于11月27日前报送参会名单\n材料三份`,
		"参会 31 人，计划 150 分钟",
		"DTSTAMP:20261128T010203Z",
		"STATUS:CONFIRMED",
		"TZID:Asia/Shanghai",
	} {
		if !strings.Contains(u, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func TestCancelledMeetingIsMarked(t *testing.T) {
	m := meeting()
	m.Status = data.StatusCancelled
	var buf bytes.Buffer
	Write(&buf, Calendar{Meetings: []data.Meeting{m}, Stamp: time.Now(), Domain: "x"})
	if !strings.Contains(buf.String(), "STATUS:CANCELLED") {
		t.Fatal("cancelled meeting not marked")
	}
}

func FuzzLineFolding(f *testing.F) {
	f.Add("SUMMARY:" + strings.Repeat("会", 60))
	f.Add("X:" + strings.Repeat("a", 200))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n") {
			return
		}
		var b strings.Builder
		line(&b, s)
		out := b.String()
		if unfold(strings.TrimSuffix(out, "\r\n")) != s {
			t.Fatalf("folding lost text: %q", out)
		}
		for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if len(l) > 75 && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("line over 75 octets: %q", l)
			}
		}
	})
}
