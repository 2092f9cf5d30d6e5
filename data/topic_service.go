package data

import (
	"context"
	"time"
)

// TopicService is what the topic screens need: topics (议题), their
// checklists, opinions, materials, the seven steps of clause 四十一 and the
// agenda of a meeting. Every change and every move is audited.
type TopicService interface {
	DecisionService
	Topics(ctx context.Context, f TopicFilter) ([]Topic, error)
	Topic(ctx context.Context, id int64) (TopicDetail, error)
	// SaveTopic creates (ID 0, state 调研协调) or edits a topic with its
	// related units; a topic in the notice (frozen) is refused.
	SaveTopic(ctx context.Context, t Topic, units []TopicUnit) (Topic, error)
	DeleteTopic(ctx context.Context, id, version int64) error
	// MoveTopic applies one step; a refusal names the clause and what is
	// missing. A non-empty Override lets an allowed step go ahead without
	// a missing item, and is audited with its reason.
	MoveTopic(ctx context.Context, m TopicMove) (Topic, error)
	SetTopicCheck(ctx context.Context, topicID int64, key string, done bool, on time.Time, note string) error
	SetUnitOpinion(ctx context.Context, topicID int64, u TopicUnit) error
	RecordLegalOpinion(ctx context.Context, topicID int64, l LegalOpinion, scanPath string) error
	ApproveLate(ctx context.Context, topicID int64, note string) error
	RecordFollowUp(ctx context.Context, topicID int64, note string) error
	// AddMaterial copies the file at path into the data folder under its
	// content hash; an unreadable or too large file is refused and nothing
	// half-copied stays.
	AddMaterial(ctx context.Context, topicID int64, path string, copies int) (TopicMaterial, error)
	SetMaterialCopies(ctx context.Context, materialID int64, copies int) error
	RemoveMaterial(ctx context.Context, materialID int64) error
	MaterialPath(hash string) string
	// SetAgendaOrder orders a meeting's topics; a frozen agenda is refused.
	SetAgendaOrder(ctx context.Context, meetingID int64, order []int64) error
	TopicSettings(ctx context.Context) (TopicSettings, error)
	SaveTopicSettings(ctx context.Context, s TopicSettings) error
}
