package screens

import (
	"testing"

	"fyne.io/fyne/v2"

	"huiwu/data"
)

// A refused save puts its problem under a field that had no hint line: the
// form is made anew with the line, and every field keeps its column and
// its order down the form — first with a problem on the second field, then
// with the problem moved to the first.
func TestRefusalKeepsFieldsInTheirColumn(t *testing.T) {
	r := newRig(t)
	env := r.shell.env
	a, b, c := newKeyEntry(env), newKeyEntry(env), newKeyEntry(env)
	refuse := func(name string) func(func(error)) {
		return func(done func(error)) {
			done(&data.Error{Code: data.EInvalid, Message: "请检查输入", Problems: []data.Problem{{Field: name, Message: "不能为空"}}})
		}
	}
	f := newFormDialog(env, "登记", []formField{field("姓名", a, ""), field("职务", b, ""), field("备注", c, "")}, refuse("职务"))
	r.win.Resize(fyne.NewSize(1024, 768))
	f.show()
	at := func(e *keyEntry) fyne.Position { return fyne.CurrentApp().Driver().AbsolutePositionForObject(e) }
	left := at(a).X
	check := func(when string) {
		t.Helper()
		pa, pb, pc := at(a), at(b), at(c)
		if pa.X != left || pb.X != left || pc.X != left {
			t.Fatalf("%s: fields at x %v, %v, %v; want all at %v", when, pa.X, pb.X, pc.X, left)
		}
		if !(pa.Y+a.Size().Height <= pb.Y && pb.Y+b.Size().Height <= pc.Y) {
			t.Fatalf("%s: fields overlap or out of order at y %v, %v, %v", when, pa.Y, pb.Y, pc.Y)
		}
	}
	check("before")
	f.submit()
	if f.hints["职务"].HintText != "✗ 不能为空" {
		t.Fatalf("职务's hint %q", f.hints["职务"].HintText)
	}
	check("after the first refusal")
	f.onSave = refuse("姓名")
	f.submit()
	check("after the second refusal")
}
