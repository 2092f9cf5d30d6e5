package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

func dayOf(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func townOf(r roster) data.Unit {
	for _, u := range r.units {
		if u.Kind == data.KindTown {
			return u
		}
	}
	panic("no town")
}

func request(unit data.Unit, received string) data.Document {
	return data.Document{
		Kind: data.DocRequest, Title: "关于申请农村道路提档升级补助资金的请示", UnitID: unit.ID, Number: "溧城〔2026〕31号",
		Received: dayOf(received), Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
	}
}

// 四十七: a document failing a check is kept, returned, with the clause named.
func TestSaveDocumentRecordsIntakeChecks四十七(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	town := townOf(r)
	ok, err := s.SaveDocument(ctx, request(town, "2026-09-28"))
	if err != nil || ok.Status != data.DocRegistered || ok.Problem != "" {
		t.Fatalf("clean 请示: %+v %v", ok, err)
	}
	bad := request(town, "2026-09-28")
	bad.Intake = data.Intake{ToLeader: true, SkipLevel: true, MattersSeen: 2}
	got, err := s.SaveDocument(ctx, bad)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"统一扎口", "领导个人", "越级", "一文一事"} {
		if !strings.Contains(got.Problem, want) {
			t.Errorf("problem %q lacks %q", got.Problem, want)
		}
	}
	if got.Status != data.DocReturned || !strings.Contains(got.Problem, "第四十七条") {
		t.Errorf("status %s problem %q", got.Status, got.Problem)
	}
	// Fixed and saved again, it goes back to 已登记.
	got.Intake = data.Intake{ViaOffice: true, MattersSeen: 1}
	if got, err = s.SaveDocument(ctx, got); err != nil || got.Status != data.DocRegistered {
		t.Fatalf("fixed: %s %v", got.Status, err)
	}
	if err := s.StartCountersign(ctx, ok.ID, []int64{town.ID}, dayOf("2026-09-28")); err == nil {
		t.Error("the submitting unit accepted as a countersigning unit")
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'document.check'").Scan(&n); err != nil || n != 3 {
		t.Errorf("%d check entries in the audit log, want 3 (%v)", n, err)
	}
	// Bad input is refused naming the field.
	empty := request(town, "2026-09-28")
	empty.Title, empty.Attachments = "", []string{"附件一。"}
	if _, err := s.SaveDocument(ctx, empty); !hasProblem(err, "标题") || !hasProblem(err, "附件") {
		t.Errorf("empty title: %v", err)
	}
}

func hasProblem(err error, field string) bool {
	for _, p := range data.ProblemsOf(err) {
		if p.Field == field {
			return true
		}
	}
	return false
}

// 四十八: deadlines on the working-day calendar, an agreed extension, replies,
// and silence past the deadline recorded as 无不同意见 on the first working
// day after it — with the clock injected.
func TestCountersignDeadlinesAndLapse四十八(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	d, err := s.SaveDocument(ctx, request(townOf(r), "2026-09-28"))
	if err != nil {
		t.Fatal(err)
	}
	fin, tra, nat := r.unit("财政局"), r.unit("交通局"), r.unit("资规局")
	if err := s.StartCountersign(ctx, d.ID, []int64{fin.ID, tra.ID, nat.ID}, dayOf("2026-09-28")); err != nil {
		t.Fatal(err)
	}
	rec, err := s.DocRecord(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Doc.Status != data.DocCountersign || len(rec.Countersigns) != 3 {
		t.Fatalf("record %+v", rec)
	}
	for _, c := range rec.Countersigns {
		if c.Due.Format(data.DateLayout) != "2026-10-13" || c.DueUnverified {
			t.Errorf("%s due %s", c.UnitName, c.Due.Format(data.DateLayout))
		}
	}
	if err := s.ExtendCountersign(ctx, d.ID, nat.ID, dayOf("2026-10-12"), "需实地踏勘"); !hasProblem(err, "延长至") {
		t.Errorf("an earlier extension: %v", err)
	}
	if err := s.ExtendCountersign(ctx, d.ID, nat.ID, dayOf("2026-10-16"), "需实地踏勘"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplyCountersign(ctx, data.Countersign{DocID: d.ID, UnitID: fin.ID, Reply: data.ReplyDisagree, Replier: "财政局 王某", RepliedOn: dayOf("2026-10-09")}); !hasProblem(err, "理由") {
		t.Errorf("disagreement without reasons: %v", err)
	}
	if err := s.ReplyCountersign(ctx, data.Countersign{DocID: d.ID, UnitID: fin.ID, Reply: data.ReplyAgree, Replier: "财政局 王某", RepliedOn: dayOf("2026-10-09")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetOpinion(ctx, d.ID, "拟请分管副市长阅示"); err == nil || !strings.Contains(err.Error(), "尚未回复") {
		t.Errorf("routed before the replies: %v", err)
	}
	// On the due day nothing lapses; on 10-14, the next working day, 交通局
	// lapses; 资规局's extension to 10-16 (Fri) lapses on Mon 10-19.
	for _, step := range []struct {
		now  string
		want int
	}{{"2026-10-13", 0}, {"2026-10-14", 1}, {"2026-10-14", 0}, {"2026-10-17", 0}, {"2026-10-19", 1}} {
		s.Now = func() time.Time { return dayOf(step.now).Add(10 * time.Hour) }
		n, err := s.LapseOverdue(ctx)
		if err != nil || n != step.want {
			t.Errorf("lapse on %s: %d (%v), want %d", step.now, n, err, step.want)
		}
	}
	rec, _ = s.DocRecord(ctx, d.ID)
	for _, c := range rec.Countersigns {
		switch c.UnitID {
		case tra.ID:
			if c.Reply != data.ReplyLapsed || c.RepliedOn.Format(data.DateLayout) != "2026-10-14" || !strings.Contains(c.Reasons, "视为无不同意见") {
				t.Errorf("交通局: %+v", c)
			}
		case nat.ID:
			if c.Reply != data.ReplyLapsed || c.RepliedOn.Format(data.DateLayout) != "2026-10-19" {
				t.Errorf("资规局: %+v", c)
			}
		}
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'countersign.lapse'").Scan(&n); err != nil || n != 2 {
		t.Errorf("%d lapse entries, want 2", n)
	}
}

// 四十九 with 八 and 六: the opinion routes to the 分管 leader, to the 市长 for
// a request to higher government, and to the delegate while he is away; the
// 批示 is recorded with 受市长委托.
func TestOpinionRoutesAndInstruction四十九(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	edu := r.unit("教育局")
	d := request(edu, "2026-11-02")
	d.Title = "关于新建城东小学的请示"
	d, err := s.SaveDocument(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	leader, why, err := s.RoutePreview(ctx, d.ID)
	if err != nil || !strings.Contains(why, "分管") {
		t.Fatalf("preview %q %q %v", leader, why, err)
	}
	rec, err := s.SetOpinion(ctx, d.ID, "拟请分管副市长阅示")
	if err != nil {
		t.Fatal(err)
	}
	if rec.RouteLeader != leader || rec.RouteReason != why {
		t.Errorf("routed to %s (%s), previewed %s (%s)", rec.RouteLeader, rec.RouteReason, leader, why)
	}
	os, _ := s.Oversights(ctx)
	var want int64
	for _, o := range os {
		if o.UnitID == edu.ID {
			want = o.LeaderID
		}
	}
	if rec.RouteLeaderID != want || !strings.Contains(rec.RouteReason, "分管") || rec.Doc.Status != data.DocRouted {
		t.Errorf("route %d %q, want the 分管 leader %d", rec.RouteLeaderID, rec.RouteReason, want)
	}
	up := request(edu, "2026-09-15")
	up.Flags = []data.DocFlag{data.FlagToHigherGov}
	up, _ = s.SaveDocument(ctx, up)
	s.Now = func() time.Time { return dayOf("2026-09-16").Add(9 * time.Hour) } // the 市长 is away 09-14..18
	rec, err = s.SetOpinion(ctx, up.ID, "拟呈市长审示")
	exec := r.with(data.RoleExecutiveVice, 0)
	if err != nil || rec.RouteLeaderID != exec.ID || !strings.Contains(rec.RouteReason, "第四十九条") || !strings.Contains(rec.RouteReason, "受市长委托") {
		t.Fatalf("route %d %q %v; want the delegate %d under 四十九", rec.RouteLeaderID, rec.RouteReason, err, exec.ID)
	}
	if err := s.AddInstruction(ctx, data.Instruction{DocID: up.ID, PersonID: exec.ID, Text: "同意，请发改委牵头办理。", Day: dayOf("2026-09-17")}); err != nil {
		t.Fatal(err)
	}
	rec, _ = s.DocRecord(ctx, up.ID)
	if len(rec.Instructions) != 1 || !strings.Contains(rec.Instructions[0].Delegated, "受市长委托") || rec.Doc.Status != data.DocInstructed {
		t.Errorf("instructions %+v status %s", rec.Instructions, rec.Doc.Status)
	}
	if err := s.CloseDocument(ctx, d.ID); err == nil {
		t.Error("a document without 批示 closed")
	}
	if err := s.CloseDocument(ctx, up.ID); err != nil {
		t.Fatal(err)
	}
	if rec, _ = s.DocRecord(ctx, up.ID); rec.Doc.Status != data.DocClosedStatus {
		t.Errorf("closed: %s", rec.Doc.Status)
	}
	head := r.headOf("教育局")
	if err := s.AddInstruction(ctx, data.Instruction{DocID: up.ID, PersonID: head.ID, Text: "x", Day: dayOf("2026-09-17")}); err == nil {
		t.Error("a unit head's 批示 accepted")
	}
}

// An entered schedule extends the calendar and is audited; a bad one is
// refused naming the field.
func TestCalendarYearEntered(t *testing.T) {
	s := withDemo(t)
	if err := s.SaveCalendarYear(ctx, 2027, "元旦 2027-01-01~2027-01-03\n", ""); !hasProblem(err, "依据") {
		t.Errorf("no source: %v", err)
	}
	if err := s.SaveCalendarYear(ctx, 2027, "元旦 2027-01-01~2027-01-03\n", "国办发明电〔2026〕测试"); err != nil {
		t.Fatal(err)
	}
	info, err := s.Calendar(ctx)
	if err != nil || info.Covered != "2002—2027" || len(info.Entered) != 1 {
		t.Errorf("calendar %+v %v", info, err)
	}
}

// A deadline past the covered years is stored flagged; entering that
// year's schedule recomputes it, verified, and audits the change.
func TestUnverifiedDeadlineReverified四十八(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	d, err := s.SaveDocument(ctx, request(townOf(r), "2026-12-28"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.StartCountersign(ctx, d.ID, []int64{r.unit("财政局").ID}, dayOf("2026-12-28")); err != nil {
		t.Fatal(err)
	}
	rec, _ := s.DocRecord(ctx, d.ID)
	c := rec.Countersigns[0]
	if !c.DueUnverified || dateOf(c.Due) != "2027-01-06" {
		t.Fatalf("before 2027 is entered: %s unverified %v", dateOf(c.Due), c.DueUnverified)
	}
	s.Now = func() time.Time { return dayOf("2027-01-20") }
	if n, err := s.LapseOverdue(ctx); err != nil || n != 0 {
		t.Fatalf("an unverified deadline lapsed: %d %v", n, err)
	}
	if err := s.SaveCalendarYear(ctx, 2027, "元旦 2027-01-01~2027-01-03\n", "国办发明电〔2026〕测试"); err != nil {
		t.Fatal(err)
	}
	rec, _ = s.DocRecord(ctx, d.ID)
	c = rec.Countersigns[0]
	if c.DueUnverified || dateOf(c.Due) != "2027-01-07" {
		t.Fatalf("after 2027 is entered: %s unverified %v", dateOf(c.Due), c.DueUnverified)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'countersign.reverify'").Scan(&n); err != nil || n != 1 {
		t.Errorf("%d reverify entries", n)
	}
}

// Enormous text is refused naming the field.
func TestCountersignTextLimits(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	d, _ := s.SaveDocument(ctx, request(townOf(r), "2026-09-28"))
	fin := r.unit("财政局")
	if err := s.StartCountersign(ctx, d.ID, []int64{fin.ID}, dayOf("2026-09-28")); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("长", 501)
	if err := s.ReplyCountersign(ctx, data.Countersign{DocID: d.ID, UnitID: fin.ID, Reply: data.ReplyDisagree, Reasons: long, Replier: "许", RepliedOn: dayOf("2026-10-09")}); !hasProblem(err, "理由") {
		t.Errorf("long reasons: %v", err)
	}
	if err := s.ExtendCountersign(ctx, d.ID, fin.ID, dayOf("2026-10-20"), long); !hasProblem(err, "延期理由") {
		t.Errorf("long extension reason: %v", err)
	}
	if err := s.SetDispute(ctx, d.ID, long, "x"); !hasProblem(err, "各方理由") {
		t.Errorf("long dispute: %v", err)
	}
}

// 四十八: a disagreement goes up only with the lead unit's summary signed by
// the unit that disagreed; changing the summary clears the signatures.
func TestDisputeCountersigned四十八(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	d, _ := s.SaveDocument(ctx, request(townOf(r), "2026-09-28"))
	fin, tra := r.unit("财政局"), r.unit("交通局")
	if err := s.StartCountersign(ctx, d.ID, []int64{fin.ID, tra.ID}, dayOf("2026-09-28")); err != nil {
		t.Fatal(err)
	}
	reply := func(u data.Unit, rp data.Reply, why string) {
		t.Helper()
		if err := s.ReplyCountersign(ctx, data.Countersign{DocID: d.ID, UnitID: u.ID, Reply: rp, Reasons: why, Replier: "某科长", RepliedOn: dayOf("2026-10-09")}); err != nil {
			t.Fatal(err)
		}
	}
	reply(fin, data.ReplyDisagree, "标准偏高")
	reply(tra, data.ReplyAgree, "")
	if err := s.SignDispute(ctx, d.ID, fin.ID, "许科长", dayOf("2026-10-12")); err == nil {
		t.Error("signed a summary that does not exist")
	}
	if _, err := s.SetOpinion(ctx, d.ID, "拟呈"); err == nil || !strings.Contains(err.Error(), "列明各方理由") {
		t.Errorf("routed without a summary: %v", err)
	}
	if err := s.SetDispute(ctx, d.ID, "街道主张15万元；财政局主张12万元", "按12万元"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetOpinion(ctx, d.ID, "拟呈"); err == nil || !strings.Contains(err.Error(), "尚未在") {
		t.Errorf("routed before the countersign of the summary: %v", err)
	}
	if err := s.SignDispute(ctx, d.ID, tra.ID, "韩科长", dayOf("2026-10-12")); err == nil {
		t.Error("a unit that agreed signed the disagreement")
	}
	if err := s.SignDispute(ctx, d.ID, fin.ID, "", dayOf("2026-10-12")); !hasProblem(err, "签字人") {
		t.Errorf("no signer: %v", err)
	}
	if err := s.SignDispute(ctx, d.ID, fin.ID, "许科长", dayOf("2026-10-12")); err != nil {
		t.Fatal(err)
	}
	if err := s.SignDispute(ctx, d.ID, fin.ID, "许科长", dayOf("2026-10-12")); data.ErrorCode(err) != data.EConflict {
		t.Errorf("signed twice: %v", err)
	}
	rec, _ := s.DocRecord(ctx, d.ID)
	if len(rec.DisputeSigns) != 1 || rec.DisputeSigns[0].Signer != "许科长" {
		t.Fatalf("signs %+v", rec.DisputeSigns)
	}
	if err := s.SetDispute(ctx, d.ID, "改过的理由", "按12万元"); err != nil {
		t.Fatal(err)
	}
	if rec, _ = s.DocRecord(ctx, d.ID); len(rec.DisputeSigns) != 0 {
		t.Fatal("signatures kept after the summary changed")
	}
	if err := s.SignDispute(ctx, d.ID, fin.ID, "许科长", dayOf("2026-10-13")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetOpinion(ctx, d.ID, "拟呈市长审示"); err != nil {
		t.Errorf("routing after the countersigned summary: %v", err)
	}
}
