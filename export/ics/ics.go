// Package ics writes meetings as an iCalendar (.ics, RFC 5545) file that
// Outlook, WPS and phone calendars import: one event per meeting, in China
// Standard Time, cancelled meetings marked so a re-import removes them.
package ics

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"huiwu/data"
)

// Calendar is what goes into one .ics file.
type Calendar struct {
	Meetings []data.Meeting
	Kinds    func(data.MeetingKind) string // the kind's Chinese name
	Stamp    time.Time                     // DTSTAMP: when the file was made
	Domain   string                        // makes UIDs unique: the app ID
}

// vtimezone declares China Standard Time (UTC+8, no daylight saving), which
// Outlook needs before it accepts a TZID.
const vtimezone = "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"

// Write writes the calendar. Meeting times are wall-clock times of the
// meeting's day (the store keeps them without a zone), written as such in
// Asia/Shanghai.
func Write(w io.Writer, c Calendar) error {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Huiwu//会务//ZH\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
	b.WriteString(vtimezone)
	for _, m := range c.Meetings {
		event(&b, c, m)
	}
	b.WriteString("END:VCALENDAR\r\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func event(b *strings.Builder, c Calendar, m data.Meeting) {
	local := func(t time.Time) string { return t.Format("20060102T150405") }
	line(b, "BEGIN:VEVENT")
	line(b, fmt.Sprintf("UID:huiwu-meeting-%d@%s", m.ID, c.Domain))
	line(b, "DTSTAMP:"+c.Stamp.UTC().Format("20060102T150405Z"))
	line(b, "DTSTART;TZID=Asia/Shanghai:"+local(m.Start))
	line(b, "DTEND;TZID=Asia/Shanghai:"+local(m.End))
	line(b, fmt.Sprintf("SEQUENCE:%d", m.Version))
	line(b, "SUMMARY:"+escape(m.Title))
	if m.Place != "" {
		line(b, "LOCATION:"+escape(m.Place))
	}
	desc := []string{}
	if c.Kinds != nil {
		desc = append(desc, "会议类型："+c.Kinds(m.Kind))
	}
	if m.ChairName != "" {
		chair := "主持：" + m.ChairName
		if m.DelegationNote != "" {
			chair += "（" + m.DelegationNote + "）"
		}
		desc = append(desc, chair)
	}
	if m.HeadCount > 0 {
		desc = append(desc, fmt.Sprintf("参会 %d 人，计划 %d 分钟", m.HeadCount, m.Minutes()))
	}
	if m.Remarks != "" {
		desc = append(desc, "备注："+m.Remarks)
	}
	if len(desc) > 0 {
		line(b, "DESCRIPTION:"+escape(strings.Join(desc, "\n")))
	}
	if m.Status == data.StatusCancelled {
		line(b, "STATUS:CANCELLED")
	} else {
		line(b, "STATUS:CONFIRMED")
	}
	line(b, "END:VEVENT")
}

// escape applies RFC 5545's TEXT escaping.
func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// line writes one content line folded at 75 octets, never inside a UTF-8
// character (a Chinese title is three octets a character), CRLF-ended.
func line(b *strings.Builder, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 { // not UTF-8 at all: fold by octets rather than loop
			cut = limit
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // continuation lines start with the folding space
	}
	b.WriteString(s)
	b.WriteString("\r\n")
}
