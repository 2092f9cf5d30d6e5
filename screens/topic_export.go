package screens

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
	"huiwu/export/gather"
)

// exportBar is the agenda dialog's row of papers: the 会议通知, the 议程, the
// 邀请函 (one a page) and the month's 议题登记表, each read whole from the
// data first, so that a paper the rules refuse (no topic approved yet) is
// refused before any dialog (issue 16).
func (a *agendaDialog) exportBar() fyne.CanvasObject {
	env := a.screen.env
	tp := topicPapers{env: env, id: a.meeting.ID}
	register := func(ctx context.Context) (gather.Writer, error) {
		return env.sources().TopicRegister(ctx, a.meeting.Start)
	}
	return paperBar(env, func() data.Meeting { return a.meeting },
		paperSpec{lang.L("agenda.export.notice"), "会议通知", ".pdf", tp.notice},
		paperSpec{lang.L("agenda.export.agenda"), "议程", ".pdf", tp.agenda},
		paperSpec{lang.L("agenda.export.invitations"), "邀请函", ".pdf", tp.invitations},
		paperSpec{lang.L("agenda.export.register"), "议题登记表", ".xlsx", register},
	)
}
