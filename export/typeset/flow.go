package typeset

// Pagination. Lines are not drawn as they are set: each waits in a queue
// for the current page, and is drawn when the page is full or something
// placed at a fixed position needs the page. When a line does not fit, the
// page ends before the chain of lines that must stay with it (a heading and
// the first two lines of what follows, the signature with the last line of
// the text, a block set with Keep), and that chain starts the next page. A
// chain that is the whole page breaks where the page is full.

// flowItem is one grid line waiting for its page.
type flowItem struct {
	draw     func(grid int) // nil for an empty line
	keepPrev bool           // must stay on the page of the line before it
}

// keepLines is how many lines of what follows a heading keeps with it: two,
// so that a kept heading costs at most two empty lines at a page's foot.
const keepLines = 2

// push adds one line to the flow at the next free grid line.
func (d *Document) push(it flowItem) {
	if d.keepAll {
		it.keepPrev = true
	}
	if d.keepNext > 0 {
		it.keepPrev = true
		if it.draw != nil {
			d.keepNext--
		}
	}
	if d.keepStart {
		d.keepStart, d.keepAll = false, true
	}
	if d.line >= LinesPerPage {
		d.breakPage(it)
		return
	}
	d.queue = append(d.queue, it)
	d.line++
}

// breakPage ends the page before the chain that next belongs to and starts
// the next page with that chain; empty lines that would open the new page
// are dropped (the space they stood for was at the break).
func (d *Document) breakPage(next flowItem) {
	all := append(d.queue, next)
	j := len(all) - 1
	for j > 0 && all[j].keepPrev {
		j--
	}
	if j == 0 && d.drawnTo == 0 {
		j = len(all) - 1 // the chain fills the page: break where it is full
	}
	d.queue = all[:j]
	moved := append([]flowItem(nil), all[j:]...)
	d.NewPage()
	for len(moved) > 0 && moved[0].draw == nil {
		moved = moved[1:]
	}
	keepAll, keepNext := d.keepAll, d.keepNext
	d.keepAll, d.keepNext = false, 0
	for _, it := range moved {
		d.push(it)
	}
	d.keepAll, d.keepNext = keepAll, keepNext
}

// flush draws the lines waiting for the current page.
func (d *Document) flush() {
	for i, it := range d.queue {
		if it.draw != nil {
			it.draw(d.drawnTo + i)
		}
	}
	d.queue = d.queue[:0]
	d.drawnTo = d.line
}

// Keep sets what set adds (paragraphs, empty lines, a signature) as one
// block that is not split across pages (one longer than a page starts a
// page and flows on):
// the 签发 block of a 审签单, a unit's block of a 会签单, a table's totals.
func (d *Document) Keep(set func()) {
	if d.err != nil {
		return
	}
	outer := d.keepAll || d.keepStart
	if !outer {
		d.keepStart = true
	}
	set()
	if !outer {
		d.keepStart, d.keepAll = false, false
	}
}
