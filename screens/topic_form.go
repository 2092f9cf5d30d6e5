package screens

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// topicFlagBoxes are the flags that decide a topic's checklist, in the
// order the form shows them.
var topicFlagBoxes = []struct {
	key string
	get func(*data.TopicFlags) *bool
}{
	{"topicflag.major", func(f *data.TopicFlags) *bool { return &f.MajorDecision }},
	{"topicflag.dept_major", func(f *data.TopicFlags) *bool { return &f.DeptMajor }},
	{"topicflag.normative", func(f *data.TopicFlags) *bool { return &f.Normative }},
	{"topicflag.public", func(f *data.TopicFlags) *bool { return &f.PublicInterest }},
	{"topicflag.three_major", func(f *data.TopicFlags) *bool { return &f.ThreeMajor }},
}

// listSep splits the 、-separated lists a secretary types (units, towns).
func listSep(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、，,；;", r) }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// openForm declares a new topic (t.ID 0) or edits one. The related units
// are typed as names separated by 、; each attends for the topic unless
// the page says otherwise.
func (s *topicsScreen) openForm(t data.Topic) *formDialog {
	entry := func(v string) *keyEntry {
		e := newKeyEntry(s.env)
		e.SetText(v)
		return e
	}
	title, reporter, summary := entry(t.Title), entry(t.Reporter), entry(t.Summary)
	minutes := entry(strconv.Itoa(t.Minutes))
	towns := entry(strings.Join(t.Flags.Towns, "、"))
	var unitNames []string
	for _, u := range s.units {
		unitNames = append(unitNames, u.Name)
	}
	unit := widget.NewSelectEntry(unitNames)
	var related []string
	for _, u := range s.units {
		if u.ID == t.UnitID {
			unit.SetText(u.Name)
		}
	}
	var oldUnits []data.TopicUnit
	if t.ID != 0 && s.page != nil && s.page.detail.ID == t.ID {
		oldUnits = s.page.detail.Units
		for _, u := range oldUnits {
			related = append(related, u.UnitName)
		}
	}
	relatedEntry := entry(strings.Join(related, "、"))
	kinds := make([]string, len(data.MeetingKinds))
	for i, k := range data.MeetingKinds {
		kinds[i] = kindLabel2(k)
	}
	kind := newSelect(kinds, nil)
	kind.SetSelected(kindLabel2(t.MeetingKind))
	meetingNames := []string{lang.L("option.none")}
	for _, m := range s.meetings {
		if m.Status != data.StatusCancelled {
			meetingNames = append(meetingNames, meetingChoice(m))
		}
	}
	meeting := newSelect(meetingNames, nil)
	meeting.SetSelected(lang.L("option.none"))
	if t.MeetingID != 0 {
		meeting.SetSelected(s.meetingName(t.MeetingID))
	}
	flags := checks(topicFlagBoxes, &t.Flags)
	subjects := codeChecks("subject.", data.TopicSubjects, t.Flags.Subjects)
	var matterCodes, mattersOn []string
	for _, f := range data.MayorMatterFlags {
		matterCodes = append(matterCodes, string(f))
	}
	for _, f := range t.Flags.MayorMatters {
		mattersOn = append(mattersOn, string(f))
	}
	matters := codeChecks("docflag.", matterCodes, mattersOn)

	heading := lang.L("topics.new")
	if t.ID != 0 {
		heading = fmt.Sprintf(lang.L("topics.edit"), t.Title)
	}
	items := []formField{
		field("议题名称", title, ""),
		field("申报单位", unit, lang.L("hint.topic.unit")),
		field("汇报人", reporter, ""),
		field("会议类型", kind, ""),
		field("会议", meeting, lang.L("hint.topic.meeting")),
		field("汇报时间", minutes, lang.L("hint.topic.minutes")),
		field("内容摘要", summary, ""),
		field("议题性质", flags, lang.L("hint.topic.flags")),
		field("第二十三条事项", subjects, lang.L("hint.topic.subjects")),
		field("须报市长事项", matters, lang.L("hint.topic.matters")),
		field("相关单位", relatedEntry, lang.L("hint.topic.related")),
		field("涉及镇（区、街道）", towns, lang.L("hint.topic.towns")),
	}
	f := newFormDialog(s.env, heading, items, func(done func(error)) {
		v := t
		var problems []data.Problem
		v.Title, v.Reporter, v.Summary = title.Text, reporter.Text, summary.Text
		v.UnitID = s.unitID(unit.Text, "申报单位", &problems)
		n, err := strconv.Atoi(strings.TrimSpace(minutes.Text))
		if err != nil {
			problems = append(problems, data.Problem{Field: "汇报时间", Message: lang.L("hint.topic.minutes")})
		}
		v.Minutes = n
		for _, k := range data.MeetingKinds {
			if kindLabel2(k) == kind.Selected {
				v.MeetingKind = k
			}
		}
		v.MeetingID = 0
		for _, m := range s.meetings {
			if meetingChoice(m) == meeting.Selected {
				v.MeetingID = m.ID
			}
		}
		for i, b := range topicFlagBoxes {
			*b.get(&v.Flags) = slices.Contains(flags.Selected, flags.Options[i])
		}
		v.Flags.Subjects = checkedCodes("subject.", data.TopicSubjects, subjects)
		v.Flags.MayorMatters = nil
		for _, c := range checkedCodes("docflag.", matterCodes, matters) {
			v.Flags.MayorMatters = append(v.Flags.MayorMatters, data.DocFlag(c))
		}
		v.Flags.Towns = listSep(towns.Text)
		var units []data.TopicUnit
		for _, name := range listSep(relatedEntry.Text) {
			u := data.TopicUnit{UnitID: s.unitID(name, "相关单位", &problems), Attends: true}
			for _, o := range oldUnits {
				if o.UnitID == u.UnitID {
					u.Attends = o.Attends
				}
			}
			units = append(units, u)
		}
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		var saved data.Topic
		act(s.env, func(ctx context.Context) error {
			var err error
			saved, err = s.env.Topics.SaveTopic(ctx, v, units)
			return err
		}, func(err error) {
			done(err)
			if err != nil {
				return
			}
			switch {
			case t.ID == 0:
				s.reload()
				s.open(saved.ID) // 返回 comes back to it selected
			case s.page != nil:
				s.page.reload()
			default:
				s.list.selectID(saved.ID)
				s.reload()
			}
		})
	})
	f.show()
	return f
}

// unitID finds a unit by its full or short name; an unknown one becomes
// the field's problem.
func (s *topicsScreen) unitID(name, field string, problems *[]data.Problem) int64 {
	name = strings.TrimSpace(name)
	for _, u := range s.units {
		if u.Name == name || (u.ShortName != "" && u.ShortName == name) {
			return u.ID
		}
	}
	msg := fmt.Sprintf(lang.L("hint.topic.nounit"), name)
	if name == "" {
		msg = lang.L("hint.topic.unit")
	}
	*problems = append(*problems, data.Problem{Field: field, Message: msg})
	return 0
}

// checks is a check group over boolean fields.
func checks(boxes []struct {
	key string
	get func(*data.TopicFlags) *bool
}, f *data.TopicFlags,
) *widget.CheckGroup {
	var labels, on []string
	for _, b := range boxes {
		labels = append(labels, lang.L(b.key))
		if *b.get(f) {
			on = append(on, lang.L(b.key))
		}
	}
	g := widget.NewCheckGroup(labels, nil)
	g.Horizontal = true
	g.SetSelected(on)
	return g
}

// codeChecks is a check group over codes labelled through prefix.
func codeChecks(prefix string, codes, on []string) *widget.CheckGroup {
	var labels, sel []string
	for _, c := range codes {
		labels = append(labels, lang.L(prefix+c))
		if slices.Contains(on, c) {
			sel = append(sel, lang.L(prefix+c))
		}
	}
	g := widget.NewCheckGroup(labels, nil)
	g.Horizontal = true
	g.SetSelected(sel)
	return g
}

func checkedCodes(prefix string, codes []string, g *widget.CheckGroup) []string {
	var out []string
	for _, c := range codes {
		if slices.Contains(g.Selected, lang.L(prefix+c)) {
			out = append(out, c)
		}
	}
	return out
}
