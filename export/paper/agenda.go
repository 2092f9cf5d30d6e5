package paper

import (
	"fmt"
	"time"

	"huiwu/export/typeset"
)

// Agenda is a meeting's 议程 on one page: the meeting, its time and place,
// the chair, then each topic with its reporting units and minutes, and the
// total against the meeting's planned length (四十五). See
// docs/formats/agenda.md.
type Agenda struct {
	Heading string       `json:"title"` // 市政府第×次常务会议议程
	Time    string       `json:"time"`  // 12月3日（星期四）上午9:00
	Place   string       `json:"place"`
	Chair   string       `json:"chair"`
	Items   []AgendaItem `json:"items"`
	Length  int          `json:"length,omitempty"` // the meeting's planned minutes
	Date    Date         `json:"date"`             // the day printed
}

// AgendaItem is one topic of the agenda.
type AgendaItem struct {
	Topic    string `json:"topic"`
	Units    string `json:"units"`              // 汇报单位
	Minutes  int    `json:"minutes"`            // 汇报时间
	Observer string `json:"observer,omitempty"` // 列席单位 for the topic
}

// Kind implements Paper.
func (a *Agenda) Kind() string { return "agenda" }

// Title implements Paper.
func (a *Agenda) Title() string { return a.Heading }

// Created implements Paper.
func (a *Agenda) Created() time.Time { return a.Date.Time }

// Validate implements Paper.
func (a *Agenda) Validate() error {
	c := checker{kind: a.Kind()}
	c.text("title", a.Heading, true)
	c.text("time", a.Time, true)
	c.text("place", a.Place, true)
	c.text("chair", a.Chair, false)
	if len(a.Items) == 0 {
		c.fail("items", "议程至少应有一个议题")
	}
	for i, it := range a.Items {
		p := "items[" + itoa(i) + "]"
		c.text(p+".topic", it.Topic, true)
		c.text(p+".units", it.Units, true)
		if it.Minutes < 0 || it.Minutes > 600 {
			c.fail(p+".minutes", "汇报时间应在 0 到 600 分钟之间")
		}
		c.text(p+".observer", it.Observer, false)
	}
	if a.Length < 0 || a.Length > 24*60 {
		c.fail("length", "会议时长应在 0 到 1440 分钟之间")
	}
	c.date("date", a.Date, true)
	return c.err
}

// Total is the sum of the topics' reporting minutes.
func (a *Agenda) Total() int {
	n := 0
	for _, it := range a.Items {
		n += it.Minutes
	}
	return n
}

// Typeset implements Paper.
func (a *Agenda) Typeset(d *typeset.Document) {
	d.Skip(1)
	d.Text(typeset.Title, a.Heading)
	d.Skip(1)
	d.Text(typeset.Addressee, "时间："+a.Time)
	d.Text(typeset.Addressee, "地点："+a.Place)
	if a.Chair != "" {
		d.Text(typeset.Addressee, "主持："+a.Chair)
	}
	d.Skip(1)
	for i, it := range a.Items {
		line := fmt.Sprintf("%s（%s汇报，%d分钟", it.Topic, it.Units, it.Minutes)
		if it.Observer != "" {
			line += "；列席：" + it.Observer
		}
		d.Paragraph(typeset.Heading(3), typeset.Span{Text: itoa(i+1) + "."}, typeset.Span{Text: line + "）", Role: typeset.Fangsong})
	}
	if a.Length > 0 {
		note := fmt.Sprintf("汇报合计%d分钟，会议计划%d分钟。", a.Total(), a.Length)
		if a.Total() > a.Length {
			note = fmt.Sprintf("汇报合计%d分钟，超出会议计划的%d分钟，请压缩汇报时间（第四十五条）。", a.Total(), a.Length)
		}
		d.Skip(1)
		d.Text(typeset.Note, note)
	}
}
