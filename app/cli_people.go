package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"text/tabwriter"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const peopleUsage = "用法：huiwu people list [--unit 单位] [--order protocol|strokes]（单位用全称或简称；protocol 为礼宾顺序（默认），strokes 为按姓氏笔画）"

// cmdPeople runs `huiwu people list`: the roster, one person a line, name
// first, in protocol order or 按姓氏笔画, with the id other commands take.
func cmdPeople(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{peopleUsage}
	}
	fs := flag.NewFlagSet("people list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	unit := fs.String("unit", "", "unit")
	order := fs.String("order", "protocol", "order")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || (*order != "protocol" && *order != "strokes") {
		return usageError{peopleUsage}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		people, err := s.People(ctx) // protocol order
		if err != nil {
			return err
		}
		if *unit != "" {
			id, err := unitNamed(ctx, s, *unit)
			if err != nil {
				return err
			}
			people = slices.DeleteFunc(people, func(p data.Person) bool { return p.UnitID != id })
		}
		if *order == "strokes" {
			slices.SortStableFunc(people, func(a, b data.Person) int { return rules.NameCompare(a.Name, b.Name) })
		}
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "姓名\t单位\t职务\t编号\t")
		for _, p := range people {
			state := ""
			if !p.Active {
				state = "已不在职"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", p.Name, p.UnitName, p.Post, p.ID, state)
		}
		tw.Flush()
		fmt.Fprintf(out, "共 %d 人\n", len(people))
		return nil
	})
}

// unitNamed is the id of the unit whose full or short name is name.
func unitNamed(ctx context.Context, s *store.Store, name string) (int64, error) {
	units, err := s.Units(ctx)
	if err != nil {
		return 0, err
	}
	for _, u := range units {
		if u.Name == name || u.ShortName == name {
			return u.ID, nil
		}
	}
	return 0, data.Errorf(data.ENotFound, "没有名为「%s」的单位（全称或简称，见 人员与单位）", name)
}

const leaveListUsage = "用法：huiwu leave list --meeting 会议编号（会议编号见 huiwu meeting list；列出的请假编号供 huiwu export leave --leave 使用）"

// leaveStatusNames are the screens' names of a leave request's state.
var leaveStatusNames = map[data.LeaveStatus]string{
	data.LeavePending: "待批", data.LeaveApproved: "已批准", data.LeaveRejected: "不予批准", data.LeaveFiled: "已报备",
}

// cmdLeaveList runs `huiwu leave list --meeting N` (args after list): the
// meeting's leave requests with the ids `huiwu export leave --leave` takes.
func cmdLeaveList(dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("leave list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	meeting := fs.String("meeting", "", "meeting id")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *meeting == "" {
		return usageError{leaveListUsage}
	}
	id, err := strconv.ParseInt(*meeting, 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("--meeting「%s」应为会议编号（正整数）", *meeting)}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		m, err := s.Meeting(ctx, id)
		if err != nil {
			return err
		}
		leaves, err := s.Leaves(ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "%s %s\n", m.Start.Format(data.DateLayout), m.Title)
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "请假编号\t姓名\t单位\t职务\t事由\t状态\t代会人员\t")
		for _, l := range leaves {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t\n", l.ID, l.PersonName, l.UnitName, l.Post, l.Reason, leaveStatusNames[l.Status], l.SubstituteName)
		}
		tw.Flush()
		fmt.Fprintf(out, "共 %d 条请假\n", len(leaves))
		return nil
	})
}
