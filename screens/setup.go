package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// SetupNext is where the first start's setup hands over: the screen to
// open, and whether to start the roster's import there.
type SetupNext struct {
	Screen       string
	ImportRoster bool
}

// setup is the first start on an empty data folder, in three short steps:
// the office's names and the secretary's own (she is then the 经办人 on the
// forms and the actor of the audit log), the roster (import it, or load
// the demonstration data), and a look at the working calendar the
// deadlines are counted on.
type setup struct {
	env     *Env
	done    func(SetupNext)
	office  *officeForm
	title   *widget.Label
	step    *widget.Label
	body    *fyne.Container
	buttons *fyne.Container
	next    SetupNext
	card    *fyne.Container
	view    fyne.CanvasObject
}

// NewSetup is the first start's setup; done is called when it ends.
func NewSetup(env *Env, done func(SetupNext)) fyne.CanvasObject { return newSetup(env, done).view }

func newSetup(env *Env, done func(SetupNext)) *setup {
	s := &setup{env: env, done: done, next: SetupNext{Screen: "desk"}}
	s.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.title.SizeName = theme.SizeNameHeadingText
	s.step = widget.NewLabel("")
	s.body = container.NewStack()
	s.buttons = container.NewHBox()
	s.showOffice()
	s.card = container.NewBorder(container.NewVBox(s.step, s.title, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, s.buttons)), nil, nil,
		container.NewVScroll(s.body))
	s.view = container.NewPadded(s.card)
	return s
}

// show puts a step's heading, content and buttons in place.
func (s *setup) show(n int, title string, body fyne.CanvasObject, buttons ...fyne.CanvasObject) {
	s.step.SetText(fmt.Sprintf(lang.L("setup.step"), n))
	s.title.SetText(title)
	s.body.Objects = []fyne.CanvasObject{body}
	s.body.Refresh()
	s.buttons.Objects = buttons
	if s.card != nil {
		s.card.Refresh() // the buttons' width changes the layout around them
	}
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// showOffice is step 1: the office's names and the secretary's own, saved
// before the next step (a refused name stays here, its problem shown).
func (s *setup) showOffice() {
	if s.office == nil {
		s.office = newOfficeForm(s.env)
	}
	next := widget.NewButtonWithIcon(lang.L("setup.next"), theme.NavigateNextIcon(), func() {
		s.office.save(func(err error) {
			if err == nil {
				s.showRoster()
			}
		})
	})
	next.Importance = widget.HighImportance
	for _, e := range []*keyEntry{s.office.government, s.office.name, s.office.secretary} {
		e.OnSubmitted = func(string) { next.OnTapped() }
	}
	s.show(1, lang.L("setup.office.title"), container.NewVBox(wrapped(lang.L("setup.office.note")), s.office.body), next)
}

// showRoster is step 2: import the roster, load the demonstration data or
// leave the roster for later.
func (s *setup) showRoster() {
	note := wrapped(lang.L("setup.roster.note"))
	status := wrapped("")
	imp := widget.NewButtonWithIcon(lang.L("people.import.first"), theme.UploadIcon(), func() {
		s.next = SetupNext{Screen: "roster", ImportRoster: true}
		s.showCalendar()
	})
	imp.Importance = widget.HighImportance
	offers := []fyne.CanvasObject{imp}
	if s.env.LoadDemo != nil {
		var demo *widget.Button
		demo = widget.NewButtonWithIcon(lang.L("demo.title"), theme.DownloadIcon(), func() {
			demo.Disable()
			status.SetText(lang.L("setup.demo.loading"))
			s.env.LoadDemo(func(err error) {
				if err != nil {
					demo.Enable()
					status.SetText(data.ErrorMessage(err))
					return
				}
				s.next = SetupNext{Screen: "desk"}
				s.showCalendar()
			})
		})
		offers = append(offers, demo)
	}
	later := widget.NewButton(lang.L("setup.later"), func() {
		s.next = SetupNext{Screen: "roster"}
		s.showCalendar()
	})
	offers = append(offers, later)
	back := widget.NewButtonWithIcon(lang.L("setup.back"), theme.NavigateBackIcon(), s.showOffice)
	s.show(2, lang.L("setup.roster.title"), container.NewVBox(note, container.NewHBox(offers...), status), back)
}

// showCalendar is step 3: the working calendar the countersign deadlines
// are counted on, with the way to enter next year's.
func (s *setup) showCalendar() {
	c := &calendarScreen{env: s.env}
	done := widget.NewButtonWithIcon(lang.L("setup.done"), theme.ConfirmIcon(), func() { s.done(s.next) })
	done.Importance = widget.HighImportance
	s.show(3, lang.L("setup.calendar.title"), container.NewVBox(wrapped(lang.L("setup.calendar.note")), c.build()), done)
}
