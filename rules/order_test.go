package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// Name order (formats.md, 座次与名单): leaders by protocol rank, then units in
// the configured order, then 按姓氏笔画.
func TestSortPeopleProtocolOrder(t *testing.T) {
	units := map[int64]int{10: 1, 20: 2}
	tests := []struct {
		name string
		in   []data.Person
		want []string
	}{
		{"leaders by rank before everyone", []data.Person{
			{Name: "丁一", UnitID: 10}, {Name: "周副", Rank: 3}, {Name: "王市", Rank: 1}, {Name: "李常", Rank: 2},
		}, []string{"王市", "李常", "周副", "丁一"}},
		{"then by unit order, unordered units last", []data.Person{
			{Name: "丁甲", UnitID: 99}, {Name: "王乙", UnitID: 20}, {Name: "张丙", UnitID: 10},
		}, []string{"张丙", "王乙", "丁甲"}},
		{"equals by surname strokes", []data.Person{
			{Name: "張三", UnitID: 10}, {Name: "王五", UnitID: 10}, {Name: "丁二", UnitID: 10}, {Name: "李四", UnitID: 10},
		}, []string{"丁二", "王五", "李四", "張三"}}, // 丁2 王4 李7 張11
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			SortPeople(tt.in, units)
			var got []string
			for _, p := range tt.in {
				got = append(got, p.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSortUnitsByOrderThenStrokes(t *testing.T) {
	us := []data.Unit{{Name: "溧阳市财政局", Order: 2}, {Name: "溧阳市人民政府办公室", Order: 1}, {Name: "王庄镇", Order: 5}, {Name: "丁村镇", Order: 5}}
	SortUnits(us)
	got := []string{us[0].Name, us[1].Name, us[2].Name, us[3].Name}
	want := []string{"溧阳市人民政府办公室", "溧阳市财政局", "丁村镇", "王庄镇"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}
