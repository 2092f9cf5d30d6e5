package screens

// statsScenes are the 统计 screen's views worth a picture beyond its first
// tab: the 按单位 list at its end, where the line of those with no unit
// (四十一's invitees) is named, and the 外出请假 register (六十一).
func (s *statsScreen) statsScenes(shell *Shell) []Scene {
	return []Scene{
		{Name: "stats-units-end", Show: func() {
			shell.Show("stats")
			s.tabs.SelectIndex(0)
			s.units.ScrollToBottom()
		}},
		{Name: "stats-trips", Show: func() {
			shell.Show("stats")
			s.tabs.SelectIndex(len(s.tabs.Items) - 1)
		}},
	}
}
