package data

// TopicState is where a topic (议题) stands in the seven steps of clause
// 四十一. The codes are what the database keeps in topics.state and
// topic_moves; rules decides which moves between them are allowed
// (rules.TopicMoves) and names them (rules.TopicStateName).
type TopicState string

// The states, in order.
const (
	TopicResearch    TopicState = "research"    // 1 调研协调
	TopicLegal       TopicState = "legal"       // 2 合法性审查
	TopicReported    TopicState = "reported"    // 3 已汇报市长
	TopicDeclared    TopicState = "declared"    // 4 已申报 (three paper copies received)
	TopicCollected   TopicState = "collected"   // 5 已汇总
	TopicApproved    TopicState = "approved"    // 6 市长审定：上会
	TopicDeferred    TopicState = "deferred"    // 6 市长审定：暂缓 (carries over)
	TopicReturned    TopicState = "returned"    // 6 市长审定：退回
	TopicNoticed     TopicState = "noticed"     // 7 已列入通知 (frozen)
	TopicDeliberated TopicState = "deliberated" // 已审议
)

// TopicStates lists every state in the order of the seven steps.
var TopicStates = []TopicState{
	TopicResearch, TopicLegal, TopicReported, TopicDeclared, TopicCollected,
	TopicApproved, TopicDeferred, TopicReturned, TopicNoticed, TopicDeliberated,
}
