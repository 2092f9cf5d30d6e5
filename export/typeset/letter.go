package typeset

// Letterhead is the 版头 of the 信函格式 (GB/T 9704 §10.1), for letters such
// as a 邀请函: the 发文机关标志 in red 小标宋 with its top edge 30 mm below
// the paper's top edge, a red double rule (thick over thin) under it across
// the type area, the 发文字号 (if any) flush right on the next grid line, and
// the title one empty line below. The 标志 and rules sit above and in the
// type area's first grid line, where a 文件's 版头 takes seven.
func (d *Document) Letterhead(mark, number string) {
	if d.err != nil {
		return
	}
	const top = 30.0
	bottom := d.markAt(mark, top, Xiaochu)
	y := bottom + 2.5
	d.rule("letter-thick", MarginLeft, AreaRight, y, 0.8, d.opt.Red)
	d.rule("letter-thin", MarginLeft, AreaRight, y+1.2, 0.3, d.opt.Red)
	line := GridLineBelow(y + 1.4)
	if number != "" {
		st := Style{Name: "masthead", Role: Fangsong, Size: Sanhao, Pitch: CharPitch}
		d.setAt(st, number, AreaRight-CharPitch-d.TextWidth(st, number)+(CharPitch-PtToMM(Sanhao)), lineTop(line), LinePitch, line)
		line++
	}
	d.SkipTo(line + 1)
}
