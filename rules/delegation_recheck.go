package rules

import (
	"fmt"

	"huiwu/data"
)

// PlannedChair is a meeting not yet held, with its chair, as a delegation
// recorded or removed later re-checks it.
type PlannedChair struct {
	Meeting data.Meeting
	Chair   data.Person
}

// ChairChange is what a change of the delegations does to one planned
// meeting: the 受市长委托 note it now carries, and the finding its chair
// now raises (nil when none).
type ChairChange struct {
	Meeting data.Meeting
	Note    string
	Breach  *Breach
	// Says is the change in words, for the secretary and the audit log.
	Says string
}

// RecheckChairs applies 六 and 四十 to 四十三 again to the meetings already
// planned when the delegations change from before to after: a delegation
// recorded later gives a 副市长's 市长办公会议 its 受市长委托 (四十二) or
// makes the 市长's own 常务会议 one his delegate should chair (六), and a
// delegation removed takes the note away. It returns only the meetings that
// change; a note the secretary wrote by hand (not 受…委托) is kept.
func RecheckChairs(ms []PlannedChair, before, after []data.Delegation) []ChairChange {
	var out []ChairChange
	for _, pc := range ms {
		m := pc.Meeting
		check := ChairCheck{Kind: m.Kind, Chair: pc.Chair, Day: m.Day()}
		check.Delegations = before
		_, was := CanChair(check)
		check.Delegations = after
		note, now := CanChair(check)
		if !autoNote(m.DelegationNote) {
			note = m.DelegationNote
		}
		if note == m.DelegationNote && breachText(was) == breachText(now) {
			continue
		}
		c := ChairChange{Meeting: m, Note: note, Breach: now}
		head := fmt.Sprintf("%s「%s」（%s，%s主持）", KindName(m.Kind), m.Title, m.Start.Format("2006-01-02 15:04"), pc.Chair.Name)
		switch {
		case now != nil:
			c.Says = head + "：" + now.String()
		case note != "":
			c.Says = head + "：改为" + note
		default:
			c.Says = head + "：不再注明受市长委托"
		}
		out = append(out, c)
	}
	return out
}

// autoNote tells whether a delegation note is the one the rules write (受…
// 委托), which a re-check may replace.
func autoNote(note string) bool {
	return note == "" || []rune(note)[0] == '受'
}

func breachText(b *Breach) string {
	if b == nil {
		return ""
	}
	return b.String()
}
