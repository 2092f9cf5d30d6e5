package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// The demonstration year fills the three registers of 公文: proposals in
// every state of 三十 as of the demo's today, the year's issued documents
// (五十, 五十一), filings at every step of 十九, the late one flagged, and
// trips (六十一) reported back, filed late, overdue and waiting —
// and the desk shows those still owing something.
func TestDemoRegistersCoverEveryState(t *testing.T) {
	s := demoStore(t)
	today := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return today }
	ctx := context.Background()
	ps, err := s.Proposals(ctx, 2026)
	if err != nil {
		t.Fatal(err)
	}
	var published, answered, open int
	for _, p := range ps {
		switch {
		case !p.PublishedOn.IsZero():
			published++
		case !p.RepliedOn.IsZero():
			answered++
		default:
			open++
		}
	}
	if published != 4 || answered != 2 || open != 3 {
		t.Errorf("proposals: %d published, %d answered, %d open; want 4, 2, 3", published, answered, open)
	}
	docs, tally, err := s.IssuedDocs(ctx, 2026)
	if err != nil || len(docs) != 9 || tally.Count != 9 || tally.Target != 24 {
		t.Errorf("issued: %d documents, tally %+v, %v", len(docs), tally, err)
	}
	fs, err := s.Filings(ctx, 2026)
	if err != nil || len(fs) != 4 {
		t.Fatalf("filings %d %v", len(fs), err)
	}
	steps := []string{}
	for _, f := range fs {
		switch {
		case f.Order != "":
			steps = append(steps, "order")
		case f.Review != "":
			steps = append(steps, "review")
		case !f.RegisteredOn.IsZero():
			steps = append(steps, "register")
		default:
			steps = append(steps, "received")
		}
	}
	if got := strings.Join(steps, ","); got != "review,order,register,received" {
		t.Errorf("filing steps %s", got)
	}
	trips, err := s.Trips(ctx, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))
	if n := rules.TripStats(trips, today); err != nil || n != (rules.TripTally{Asked: 6, Approved: 5, Pending: 1, NotAhead: 1, Unreturned: 1}) {
		t.Errorf("trips: %+v %v", n, err)
	}
	desk, err := s.Desk(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range desk.Proposals {
		lines = append(lines, l.Title)
	}
	want := "人大代表建议 第8号 关于增设城区公共停车泊位的建议,政协委员提案 第33号 关于完善居家养老服务网络的提案,人大代表建议 第26号 关于支持茶叶产业品牌建设的建议,人大代表建议 第21号 关于加强中小学课后服务的建议"
	if got := strings.Join(lines, ","); got != want {
		t.Errorf("desk proposals\n%s\nwant\n%s", got, want)
	}
	if len(desk.Filed) != 2 || desk.Filed[0].Kind != data.DeskFiling {
		t.Errorf("desk filings %+v", desk.Filed)
	}
}
