package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

// Search finds a Chinese substring in the newest text of a 纪要 (not in an
// older version) and in tasks, through the trigram index and, for one or
// two characters, by a scan; each hit shows its sentence.
func TestSearchMinutesAndTasks(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveMinutesText(ctx, n.ID, "开头。\n# 一、关于秸秆禁烧\n会议要求各镇落实网格化巡查。严禁露天焚烧。", 1); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveMinutesText(ctx, n.ID, "开头。\n# 一、关于秸秆综合利用\n会议要求各镇落实网格化巡查。", 2); err != nil {
		t.Fatal(err)
	}
	if err := signAll(s, n.ID, mayor.ID, dayOf("2026-11-21")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveTask(ctx, data.Task{
		Source: data.SourceMinutes, MinutesID: n.ID, Title: "秸秆综合利用", Detail: "建立收储体系。",
		LeadUnitID: r.unit("农业农村局").ID, Assigned: dayOf("2026-11-21"), Due: dayOf("2026-12-21"),
	}); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "网格化巡查")
	if err != nil || len(hits) != 1 || hits[0].Kind != "minutes" || hits[0].Sentence != "会议要求各镇落实网格化巡查。" || !strings.Contains(hits[0].Title, "〔2026〕第1期") {
		t.Fatalf("trigram hit: %v %+v", err, hits)
	}
	if hits, _ := s.Search(ctx, "露天焚烧"); len(hits) != 0 {
		t.Fatalf("an old version's text found: %+v", hits)
	}
	hits, err = s.Search(ctx, "秸秆")
	if err != nil || len(hits) != 2 {
		t.Fatalf("two-character scan: %v %+v", err, hits)
	}
	if hits, _ := s.Search(ctx, "收储"); len(hits) != 1 || hits[0].Kind != "task" || hits[0].Sentence != "建立收储体系。" {
		t.Fatalf("task hit: %+v", hits)
	}
	if _, err := s.Search(ctx, " "); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("empty query: %v", err)
	}
	if hits, err := s.Search(ctx, `"引号"`); err != nil || len(hits) != 0 {
		t.Fatalf("quotes in the query: %v %+v", err, hits)
	}
}
