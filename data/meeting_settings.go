package data

import (
	"slices"
	"time"
)

// MeetingSettings are the choices the work rules leave open (made settings,
// never hidden constants): which units' heads attend every 常务会议 as
// 列席 (四十一), whether 第N次 counts per year or per term, how late an
// arrival is still 出席, and the 桌签's face and size.
type MeetingSettings struct {
	StandingObservers []string  // unit short or full names
	PerTerm           bool      // number meetings per term, else per year
	TermStart         time.Time // the term's first day, when PerTerm
	LateGraceMinutes  int
	CardFace          string  // hei, song or kai
	CardSizePt        float64 // 24–200
}

// CardFaces are the faces a 桌签 may use.
var CardFaces = []string{"hei", "song", "kai"}

// Validate checks the settings' own fields; whether the units exist is the
// store's to check.
func (s MeetingSettings) Validate() error {
	var v validator
	if len(s.StandingObservers) == 0 {
		v.add("常务会议列席单位", "至少填写一个单位")
	}
	for _, u := range s.StandingObservers {
		v.text("常务会议列席单位", u, true, MaxUnitName)
	}
	if s.PerTerm && s.TermStart.IsZero() {
		v.add("届次起算日", "按届编号时须填写本届起算日")
	}
	if s.LateGraceMinutes < 0 || s.LateGraceMinutes > 120 {
		v.add("迟到宽限", "应在 0 到 120 分钟之间")
	}
	if !slices.Contains(CardFaces, s.CardFace) {
		v.add("桌签字体", "应为 hei（黑体）、song（宋体）或 kai（楷体）")
	}
	if s.CardSizePt < 24 || s.CardSizePt > 200 {
		v.add("桌签字号", "应在 24 到 200 磅之间")
	}
	return v.err("会议设置")
}
