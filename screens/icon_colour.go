package screens

import (
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// colouredIcon is a themed icon whose SVG is coloured once per colour
// rather than on every draw. A fyne.ThemedResource colours its SVG (an XML
// parse and print) each time its content is read, and a button's icon reads
// it several times while a new row is sized and laid out (three for an
// openButton, six for a plain widget.Button): on the 工作台's fifty 打开
// buttons, colouring was a quarter of opening it. The colour is the
// current theme's, asked for at each read, so a change of 外观 recolours it
// as it does a themed icon; the name carries the colour, so that the drawn
// icon Fyne keeps by name is not the other colour's.
type colouredIcon struct {
	of   func() fyne.Resource // the themed icon, asked for at first use
	once sync.Once
	src  fyne.ThemedResource
	mu   sync.Mutex
	rgba [4]uint32 // the colour of svg
	name string
	svg  []byte
}

// newColouredIcon wraps the themed icon of, e.g. theme.NavigateNextIcon.
// of is called at the first draw, not here: the icons are package
// variables, and asking the theme for one before an app runs makes Fyne
// log an error on every command of the command line.
func newColouredIcon(of func() fyne.Resource) *colouredIcon {
	return &colouredIcon{of: of}
}

// source is the themed icon, looked up once.
func (c *colouredIcon) source() fyne.ThemedResource {
	c.once.Do(func() { c.src = c.of().(fyne.ThemedResource) })
	return c.src
}

// The icons of iconButtons: 打开 on the desk's lines, and the buttons of a
// meeting's page above its tabs and on its 参会人员 tab.
var (
	openIcon     = newColouredIcon(theme.NavigateNextIcon)
	backIcon     = newColouredIcon(theme.NavigateBackIcon)
	editIcon     = newColouredIcon(theme.DocumentCreateIcon)
	cancelIcon   = newColouredIcon(theme.CancelIcon)
	downloadIcon = newColouredIcon(theme.DownloadIcon)
	addIcon      = newColouredIcon(theme.ContentAddIcon)
	removeIcon   = newColouredIcon(theme.ContentRemoveIcon)
)

func (c *colouredIcon) current() (string, []byte) {
	src := c.source()
	r, g, b, a := theme.Color(src.ThemeColorName()).RGBA()
	rgba := [4]uint32{r, g, b, a}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.svg == nil || c.rgba != rgba {
		// The themed resource's own content is its SVG in the current colour.
		c.rgba, c.svg = rgba, src.Content()
		c.name = fmt.Sprintf("%s-%04x%04x%04x%04x.svg", strings.TrimSuffix(src.Name(), ".svg"), r, g, b, a)
	}
	return c.name, c.svg
}

func (c *colouredIcon) Name() string {
	name, _ := c.current()
	return name
}

func (c *colouredIcon) Content() []byte {
	_, svg := c.current()
	return svg
}
