package screens

import "huiwu/data"

// scenes are the topic views worth a screenshot: the register, the late
// topic of the demo with its exception, a topic still in research for want
// of a unit's agreement, and the agenda of the December meeting.
func (s *topicsScreen) scenes(shell *Shell) []Scene {
	open := func(pick func(data.Topic) bool) func() {
		return func() {
			s.closeAgenda()
			shell.Show("topics")
			for _, t := range s.list.all {
				if pick(t) {
					s.open(t.ID)
					return
				}
			}
		}
	}
	return []Scene{
		{Name: "topic-late", Show: open(func(t data.Topic) bool { return t.LateApproval != "" })},
		{Name: "topic-research", Show: open(func(t data.Topic) bool { return t.State == "research" })},
		{Name: "topic-noticed", Show: open(func(t data.Topic) bool { return t.State == "noticed" })},
		{Name: "topics-agenda", Show: func() {
			shell.Show("topics")
			if s.page != nil {
				s.back()
			}
			var last data.Meeting
			for _, m := range s.meetings {
				if m.Kind == data.MeetingExecutive && m.Start.After(last.Start) {
					last = m
				}
			}
			if last.ID != 0 {
				s.agenda = s.showAgenda(last)
			}
		}},
		{Name: "topics-list", Show: func() {
			s.closeAgenda()
			shell.Show("topics")
			if s.page != nil {
				s.back()
			}
		}},
	}
}

// closeAgenda hides the agenda dialog a scene opened.
func (s *topicsScreen) closeAgenda() {
	if s.agenda != nil {
		s.agenda.dlg.Hide()
		s.agenda = nil
	}
}
