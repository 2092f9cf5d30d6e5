package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 五十 and 五十一: a document issued in the government's name is registered
// only with its 公开属性; the year's count is held against the target, and
// one beyond it needs a reason, audited.
func TestIssuedDocsAgainstTheTarget五十五十一(t *testing.T) {
	s := withDemo(t)
	fs, _ := s.FollowUpSettings(ctx)
	fs.IssueTarget = 2
	if err := s.SaveFollowUpSettings(ctx, fs); err != nil {
		t.Fatal(err)
	}
	doc := func(n string) data.IssuedDoc {
		return data.IssuedDoc{Number: "溧政办发〔2026〕" + n + "号", Title: "关于印发第" + n + "项方案的通知", Issuer: data.IssuerOffice, IssuedOn: dayOf("2026-05-08"), Disclosure: "主动公开"}
	}
	bare := doc("1")
	bare.Disclosure = ""
	if _, err := s.SaveIssuedDoc(ctx, bare); err == nil || !strings.Contains(err.Error(), "须明确公开属性（第五十条）") {
		t.Fatalf("no 公开属性: %v", err)
	}
	for _, n := range []string{"1", "2"} {
		if _, err := s.SaveIssuedDoc(ctx, doc(n)); err != nil {
			t.Fatal(err)
		}
	}
	_, err := s.SaveIssuedDoc(ctx, doc("3"))
	if re, ok := data.RuleRefusal(err); !ok || !re.Overridable || !strings.Contains(err.Error(), "达到年度目标 2 件") {
		t.Fatalf("beyond the target: %v", err)
	}
	third := doc("3")
	third.Override = "省政府要求限期转发"
	if _, err := s.SaveIssuedDoc(ctx, third); err != nil {
		t.Fatal(err)
	}
	docs, tally, err := s.IssuedDocs(ctx, 2026)
	if err != nil || len(docs) != 3 || tally != (data.IssueTally{Year: 2026, Count: 3, Target: 2}) {
		t.Fatalf("docs %d tally %+v %v", len(docs), tally, err)
	}
	// A correction is not a new document: no reason asked.
	docs[0].Title = "关于印发第1项方案（修订）的通知"
	if _, err := s.SaveIssuedDoc(ctx, docs[0]); err != nil {
		t.Fatal(err)
	}
	var detail string
	if err := s.db.QueryRow("SELECT detail FROM audit_log WHERE action = 'issued.create' ORDER BY seq DESC LIMIT 1").Scan(&detail); err != nil || !strings.Contains(detail, "省政府要求限期转发") {
		t.Fatalf("override not audited: %s %v", detail, err)
	}
}
