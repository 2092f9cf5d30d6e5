//go:build linux

package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xatom.h>

// closeWindowsOf asks each top-level window of process pid (its
// _NET_WM_PID) to close, with the WM_DELETE_WINDOW message a window manager
// sends for the close button. It returns how many it asked, or -1 without a
// display.
static int closeWindowsOf(unsigned long pid) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return -1;
	Atom pidAtom = XInternAtom(d, "_NET_WM_PID", True);
	Atom protocols = XInternAtom(d, "WM_PROTOCOLS", False);
	Atom deleteWindow = XInternAtom(d, "WM_DELETE_WINDOW", False);
	Window root, parent, *kids = NULL;
	unsigned int n = 0;
	int asked = 0;
	if (pidAtom != None && XQueryTree(d, DefaultRootWindow(d), &root, &parent, &kids, &n)) {
		for (unsigned int i = 0; i < n; i++) {
			Atom type;
			int format;
			unsigned long items, after;
			unsigned char *prop = NULL;
			if (XGetWindowProperty(d, kids[i], pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &items, &after, &prop) != Success || !prop) continue;
			// A property of format 32 comes back as an array of long.
			if (items == 1 && *(unsigned long *)prop == pid) {
				XEvent e = {0};
				e.xclient.type = ClientMessage;
				e.xclient.window = kids[i];
				e.xclient.message_type = protocols;
				e.xclient.format = 32;
				e.xclient.data.l[0] = deleteWindow;
				e.xclient.data.l[1] = CurrentTime;
				XSendEvent(d, kids[i], False, NoEventMask, &e);
				asked++;
			}
			XFree(prop);
		}
		if (kids) XFree(kids);
	}
	XFlush(d);
	XCloseDisplay(d);
	return asked;
}
*/
import "C"

import "fmt"

// closeWindows presses the close button of every window of process pid, as
// a secretary does (a quit by signal takes the exit copy without the
// window's 「正在备份」).
func closeWindows(pid int) error {
	switch n := C.closeWindowsOf(C.ulong(pid)); {
	case n < 0:
		return fmt.Errorf("no X display")
	case n == 0:
		return fmt.Errorf("process %d has no window", pid)
	}
	return nil
}
