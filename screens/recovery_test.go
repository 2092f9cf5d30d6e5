package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/translation"
)

// Issue 18 item 9: a locked folder, a newer file or a read-only folder get
// the choices that fit — retry, another data folder — and the note says the
// program has not changed the file only when the app compared its hash.
func TestRecoveryOffersRetryAndAnotherFolder(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	defer w.Close()
	retried := false
	r := Recovery{
		Window: w, Quit: func() {}, Async: func(work, done func()) { work(); done() },
		Problem:      data.Errorf(data.ELocked, "另一个会务程序（计算机 办公室-1 上的用户 张秘书（进程 42），自 2026-12-05 08:30 起）正在使用数据文件夹"),
		Retry:        func() error { retried = true; return nil },
		ChooseFolder: func(string) error { return nil },
	}
	w.SetContent(RecoveryView(r))
	text := rendered(w.Content())
	for _, want := range []string{"张秘书", "自 2026-12-05 08:30 起", "关闭会务程序后点「重试」"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in %s", want, text)
		}
	}
	if strings.Contains(text, "程序没有改动") || hasButton(w.Content(), "以只读方式打开") {
		t.Fatalf("a locked folder claims an unchecked file unchanged or offers read-only: %s", text)
	}
	if !hasButton(w.Content(), "选用其他数据文件夹…") {
		t.Fatal("no other folder offered")
	}
	test.Tap(findButton(t, w.Content(), "重试"))
	if !retried {
		t.Fatal("retry not run")
	}
	for _, tt := range []struct {
		code      data.Code
		unchanged bool
		want      string
	}{
		{data.ETooNew, false, "请安装较新版本"},
		{data.EReadOnly, false, "这个文件夹不能写入"},
		{data.EDamaged, true, "打开前后比对了数据文件（大小与修改时间）：程序没有改动这个数据文件。"},
	} {
		r := Recovery{Window: w, Quit: func() {}, Async: r.Async, Problem: data.Errorf(tt.code, "问题"), Unchanged: tt.unchanged}
		w.SetContent(RecoveryView(r))
		text := rendered(w.Content())
		if !strings.Contains(text, tt.want) || strings.Contains(text, "程序没有改动") != tt.unchanged {
			t.Errorf("%s: %s", tt.code, text)
		}
	}
}
