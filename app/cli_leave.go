package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const leaveUsage = `用法：
  huiwu leave list --meeting 会议编号   会议的请假，附请假编号（供 huiwu export leave --leave 使用）
  huiwu leave trip --person 姓名 --dest 去向 --from 日期 --to 日期 --reason 事由   登记外出请假（第六十一条：市政府领导及镇、部门主要负责人外出须提前向市长请假）
  huiwu leave trips [--from 日期 --to 日期]   外出请假登记簿（默认本年），附请销假统计
  huiwu leave decide --leave 编号 --approve|--reject [--opinion 意见]   记录下一位审批人的意见（会议请假亦可）
  huiwu leave return --leave 编号 [--on 日期]   销假（默认今天）`

// cmdLeave runs `huiwu leave …`: the 外出请假 of 六十一 (registered,
// decided, reported back) and their register.
func cmdLeave(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{leaveUsage}
	}
	if args[0] == "list" {
		return cmdLeaveList(dir, args[1:], out)
	}
	fs := flag.NewFlagSet("leave", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	person := fs.String("person", "", "who")
	dest := fs.String("dest", "", "where to")
	from := fs.String("from", "", "first day")
	to := fs.String("to", "", "last day")
	reason := fs.String("reason", "", "why")
	id := fs.Int64("leave", 0, "leave id")
	approve := fs.Bool("approve", false, "approve")
	reject := fs.Bool("reject", false, "reject")
	opinion := fs.String("opinion", "", "opinion")
	on := fs.String("on", "", "day back")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{leaveUsage}
	}
	var fromDay, toDay, onDay time.Time
	for name, d := range map[string]struct {
		v   string
		dst *time.Time
	}{"--from": {*from, &fromDay}, "--to": {*to, &toDay}, "--on": {*on, &onDay}} {
		if d.v == "" {
			continue
		}
		t, err := data.ParseDate(d.v)
		if err != nil {
			return usageError{name + "：" + data.ErrorMessage(err)}
		}
		*d.dst = t
	}
	ctx := context.Background()
	switch args[0] {
	case "trip":
		return withStore(dir, func(s *store.Store) error {
			p, err := personNamed(ctx, s, *person)
			if err != nil {
				return err
			}
			l, err := s.RequestTrip(ctx, data.LeaveRequest{PersonID: p.ID, Reason: *reason, Trip: data.Trip{Destination: *dest, From: fromDay, To: toDay}})
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "已登记外出请假（编号 %d）：%s %s，%s至%s 赴%s，%s\n", l.ID, l.PersonName, l.Post,
				l.From.Format(data.DateLayout), l.To.Format(data.DateLayout), l.Destination, tripState(l, s.Today()))
			for _, st := range l.Steps {
				fmt.Fprintf(out, "  %d. %s — %s\n", st.Seq, st.ApproverName, st.Why)
			}
			return nil
		})
	case "trips":
		return withStore(dir, func(s *store.Store) error {
			if fromDay.IsZero() {
				fromDay = time.Date(s.Today().Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			}
			if toDay.IsZero() {
				toDay = time.Date(fromDay.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
			}
			return listTrips(ctx, s, fromDay, toDay, out)
		})
	case "decide":
		if *id == 0 || *approve == *reject {
			return usageError{"请用 --leave 指定请假编号，并给出 --approve 或 --reject 之一\n" + leaveUsage}
		}
		return withStore(dir, func(s *store.Store) error {
			l, err := s.DecideLeave(ctx, *id, *approve, *opinion)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "请假（编号 %d）%s：%s\n", l.ID, l.PersonName, tripState(l, s.Today()))
			return nil
		})
	case "return":
		if *id == 0 {
			return usageError{"请用 --leave 指定请假编号\n" + leaveUsage}
		}
		return withStore(dir, func(s *store.Store) error {
			if onDay.IsZero() {
				onDay = s.Today()
			}
			l, err := s.ReturnTrip(ctx, *id, onDay)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "%s 已于 %s 销假（外出请假编号 %d）\n", l.PersonName, l.ReturnedOn.Format(data.DateLayout), l.ID)
			return nil
		})
	}
	return usageError{fmt.Sprintf("未知的 leave 子命令「%s」\n%s", args[0], leaveUsage)}
}

// personNamed finds a person in office by name (or by id): a name two
// people share is refused, naming their ids.
func personNamed(ctx context.Context, s *store.Store, name string) (data.Person, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return data.Person{}, usageError{"请用 --person 指定请假人\n" + leaveUsage}
	}
	people, err := s.People(ctx)
	if err != nil {
		return data.Person{}, err
	}
	id, _ := strconv.ParseInt(name, 10, 64)
	var found []data.Person
	for _, p := range people {
		if p.Active && (p.Name == name || p.ID == id) {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 0:
		return data.Person{}, data.Errorf(data.ENotFound, "名册中没有在任的「%s」", name)
	case 1:
		return found[0], nil
	}
	var ids []string
	for _, p := range found {
		ids = append(ids, fmt.Sprintf("%d（%s %s）", p.ID, p.UnitName, p.Post))
	}
	return data.Person{}, data.Errorf(data.EInvalid, "名册中有 %d 位「%s」：%s，请用编号指定", len(found), name, strings.Join(ids, "、"))
}

// tripState is a request's status in words, with its next approver, or its
// 销假 and what it still needs.
func tripState(l data.LeaveRequest, today time.Time) string {
	s := map[data.LeaveStatus]string{data.LeavePending: "待审批", data.LeaveApproved: "已批准", data.LeaveRejected: "不予批准", data.LeaveFiled: "已报备"}[l.Status]
	if i, open := rules.NextStep(l.Steps); open {
		s += "（待" + l.Steps[i].ApproverName + "审批）"
	}
	if !l.ReturnedOn.IsZero() {
		return s + "，已于 " + l.ReturnedOn.Format(data.DateLayout) + " 销假"
	}
	if needs, _, _ := rules.TripNeeds(l, today); len(needs) > 0 && l.Status != data.LeavePending {
		s += "，" + strings.Join(needs, "；")
	}
	return s
}

// listTrips prints the trips of from–to, one a line with its id, and the
// period's tally for the 请销假 通报.
func listTrips(ctx context.Context, s *store.Store, from, to time.Time, out io.Writer) error {
	ls, err := s.Trips(ctx, from, to)
	if err != nil {
		return err
	}
	today := s.Today()
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "编号\t请假人\t单位职务\t去向\t离开\t返回\t事由\t状态")
	// In the order the 外出请假 sheet and the window list them; the dates
	// stay in the form the command's own --from/--to take.
	for _, l := range rules.TripsInOrder(ls) {
		fmt.Fprintf(tw, "%d\t%s\t%s %s\t%s\t%s\t%s\t%s\t%s\n", l.ID, l.PersonName, l.UnitName, l.Post, l.Destination,
			l.From.Format(data.DateLayout), l.To.Format(data.DateLayout), l.Reason, tripState(l, today))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	n := rules.TripStats(ls, today)
	_, err = fmt.Fprintf(out, "%s至%s 外出请假 %d 次：已批准 %d，待审批 %d，不予批准 %d，未提前 %d，逾期未销假 %d\n",
		from.Format(data.DateLayout), to.Format(data.DateLayout), n.Asked, n.Approved, n.Pending, n.Rejected, n.NotAhead, n.Unreturned)
	return err
}
