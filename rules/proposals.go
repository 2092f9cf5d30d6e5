package rules

// DefaultProposalDays is the default time limit, in days from 交办, for
// answering a 人大代表建议 or a 政协委员提案 (三十: 限时办结); each is a
// setting.
const DefaultProposalDays = 90
