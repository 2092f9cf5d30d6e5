package app

import (
	"context"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// 三十, 五十 and 五十一 through the command line: a 人大代表建议 registered,
// answered and its result made public; a document issued in the
// government's name with its 公开属性, listed with the year's tally; and the
// user's mistakes refused with the input status.
func TestProposalAndIssuedCommands三十五十(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadRoster(context.Background(), demo.Roster(1)); err != nil {
		t.Fatal(err)
	}
	today := s.Today()
	s.Close()
	day := func(n int) string { return today.AddDate(0, 0, n).Format(data.DateLayout) }
	run := func(want string, args ...string) string {
		t.Helper()
		code, out, errs := huiwu(t, append([]string{"--data", dir}, args...)...)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("%v: %d %q %q, want %q", args, code, out, errs, want)
		}
		return out
	}
	run("已登记人大代表建议（编号 1）：第12号 关于增设农村客运班线的建议，溧阳市交通运输局承办，"+day(-10)+"交办",
		"proposal", "add", "--kind", "npc", "--number", "第12号", "--title", "关于增设农村客运班线的建议", "--proposer", "王代表", "--unit", "溧阳市交通运输局", "--assigned", day(-10))
	run("已记录：第12号 关于增设农村客运班线的建议，答复 "+day(-2)+"，公开 —", "proposal", "reply", "--id", "1", "--on", day(-2), "--reply", "已开通两条线路", "--year", day(-10)[:4])
	run("公开 "+day(-1), "proposal", "publish", "--id", "1", "--on", day(-1), "--where", "市政府门户网站", "--year", day(-10)[:4])
	if out := run("共 1 件", "proposal", "list", "--year", day(-10)[:4]); !strings.Contains(out, "王代表") {
		t.Fatalf("list: %q", out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "proposal", "reply", "--id", "9", "--on", day(0), "--reply", "x", "--year", day(-10)[:4]); code != exitInput || !strings.Contains(errs, "没有编号 9") {
		t.Fatalf("an unknown proposal: %d %q", code, errs)
	}
	run("已登记发文（编号 1）：溧政发〔2026〕12号 关于印发某办法的通知，"+day(-3)+"，主动公开",
		"issued", "add", "--number", "溧政发〔2026〕12号", "--title", "关于印发某办法的通知", "--issuer", "government", "--on", day(-3), "--disclosure", "主动公开")
	if out := run("以市政府及办公室名义发文 1 件", "issued", "list", "--year", day(-3)[:4]); !strings.Contains(out, "溧政发〔2026〕12号") {
		t.Fatalf("issued list: %q", out)
	}
	if code, _, _ := huiwu(t, "--data", dir, "issued", "add", "--number", "溧政发〔2026〕13号", "--title", "无公开属性", "--issuer", "government", "--on", day(-3)); code != exitInput {
		t.Fatalf("a document without its 公开属性: exit %d, want %d", code, exitInput)
	}
	if code, _, _ := huiwu(t, "--data", dir, "proposal", "add", "--assigned", "2026-02-30"); code != exitUsage {
		t.Fatalf("an impossible date: exit %d, want %d", code, exitUsage)
	}
}
