package labels

import "testing"

// The government's own leaders print by post (市政府秘书长), their unit
// being the government itself; everyone else as unit and post.
func TestUnitPostLeavesOutTheGovernmentItself(t *testing.T) {
	for _, tt := range []struct{ unit, post, want string }{
		{"溧阳市人民政府", "市政府秘书长", "市政府秘书长"},
		{"溧阳市人民政府", "市政府党组成员", "市政府党组成员"},
		{"溧阳市人民政府", "副市长", "副市长"},
		{"溧阳市人民政府", "", "溧阳市人民政府"},
		{"溧阳市人民政府办公室", "主任", "溧阳市人民政府办公室主任"},
		{"溧阳市财政局", "局长", "溧阳市财政局局长"},
		{"", "市长", "市长"},
	} {
		if got := UnitPost(tt.unit, tt.post); got != tt.want {
			t.Errorf("UnitPost(%q, %q) = %q, want %q", tt.unit, tt.post, got, tt.want)
		}
	}
}
