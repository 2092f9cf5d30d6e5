package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"huiwu/fonts"
)

// huiwu settings: the office's 仿宋 set to a font file copied elsewhere is
// checked, saved and shown, and `huiwu pdf` then embeds that face; a missing
// file is refused with the input status, naming the role and the path; the
// notices' prefix is shown as set, or as made from the government's name.
func TestSettingsFontsReachHuiwuPDF(t *testing.T) {
	dir := t.TempDir()
	fang := filepath.Join(t.TempDir(), "仿宋_GB2312.ttf")
	if err := os.WriteFile(fang, fonts.HuiwuKaiRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := huiwu(t, "--data", dir, "settings", "show")
	if code != 0 || !strings.Contains(out, "仿宋（正文，如 仿宋_GB2312）\t（程序自带）") || !strings.Contains(out, "会议通知发文字号机关代字\t溧政办（按政府名称）") {
		t.Fatalf("settings show on a new folder: %d %q %q", code, out, errs)
	}
	code, out, errs = huiwu(t, "--data", dir, "settings", "fonts", "--fangsong", fang)
	if code != 0 || !strings.Contains(out, "已保存公文印制设置") || !strings.Contains(out, "仿宋（正文，如 仿宋_GB2312）\t"+fang) {
		t.Fatalf("settings fonts --fangsong: %d %q %q", code, out, errs)
	}
	missing := filepath.Join(dir, "方正小标宋简体.ttf")
	code, _, errs = huiwu(t, "--data", dir, "settings", "fonts", "--xiaobiaosong", missing)
	if code != exitInput || !strings.Contains(errs, "字体「小标宋（标题、版头，如 方正小标宋简体）」的文件 "+missing+" 不存在") {
		t.Fatalf("settings fonts with a missing file: %d %q", code, errs)
	}
	code, out, _ = huiwu(t, "--data", dir, "settings", "number", "--prefix", "溧政办发")
	if code != 0 || !strings.Contains(out, "会议通知发文字号机关代字\t溧政办发\n") || !strings.Contains(out, fang) {
		t.Fatalf("settings number: %d %q (the fonts set before kept)", code, out)
	}
	pdf := filepath.Join(t.TempDir(), "notice.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "pdf", "notice", "--in", filepath.Join("..", "docs", "formats", "notice.json"), "--out", pdf); code != 0 {
		t.Fatalf("huiwu pdf notice: %d %q", code, errs)
	}
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`/BaseFont /(\S+)`).FindAllString(string(b), -1)
	if !strings.Contains(strings.Join(names, " "), "/BaseFont /utf8fangsong-huiwukai-regular") || strings.Contains(strings.Join(names, " "), "/BaseFont /utf8fangsong ") {
		t.Fatalf("huiwu pdf with the office's 仿宋 embeds %v, want utf8fangsong-huiwukai-regular", names)
	}
	if code, _, errs := huiwu(t, "--data", dir, "settings", "fonts"); code != exitUsage || !strings.Contains(errs, "请给出要改的设置") {
		t.Fatalf("settings fonts without a font: %d %q", code, errs)
	}
}
