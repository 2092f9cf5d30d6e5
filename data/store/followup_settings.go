package store

import (
	"context"
	"strconv"

	"huiwu/data"
	"huiwu/rules"
)

// Settings of the follow-up clauses (二十四, 二十七, 三十, 五十一).
const (
	SettingPublishDays    = "decision.publish_days"
	SettingEvaluateMonths = "decision.evaluate_months"
	SettingNPCDays        = "proposal.npc_days"
	SettingCPPCCDays      = "proposal.cppcc_days"
	SettingIssueTarget    = "docs.issue_target"
)

// followUpFields ties each setting to its field and default.
func followUpFields(fs *data.FollowUpSettings) []struct {
	key string
	dst *int
	def int
} {
	return []struct {
		key string
		dst *int
		def int
	}{
		{SettingPublishDays, &fs.PublishDays, rules.DefaultFollowUpLimits.PublishDays},
		{SettingEvaluateMonths, &fs.EvaluateMonths, rules.DefaultFollowUpLimits.EvaluateMonths},
		{SettingNPCDays, &fs.NPCDays, rules.DefaultProposalDays},
		{SettingCPPCCDays, &fs.CPPCCDays, rules.DefaultProposalDays},
		{SettingIssueTarget, &fs.IssueTarget, 0},
	}
}

func followUpSettingsTx(tx *Tx) (data.FollowUpSettings, error) {
	var fs data.FollowUpSettings
	for _, f := range followUpFields(&fs) {
		*f.dst = f.def
		v, err := settingTx(tx, f.key)
		if err != nil {
			return fs, err
		}
		if v == "" {
			continue
		}
		if *f.dst, err = strconv.Atoi(v); err != nil {
			return fs, data.Errorf(data.EDamaged, "设置 %s 的值「%s」不是整数", f.key, v)
		}
	}
	return fs, nil
}

// FollowUpSettings reads the follow-up settings, defaults filled.
func (s *Store) FollowUpSettings(ctx context.Context) (data.FollowUpSettings, error) {
	var fs data.FollowUpSettings
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		fs, err = followUpSettingsTx(tx)
		return err
	})
	return fs, err
}

// SaveFollowUpSettings writes the follow-up settings, each change audited.
func (s *Store) SaveFollowUpSettings(ctx context.Context, fs data.FollowUpSettings) error {
	if err := fs.Validate(); err != nil {
		return err
	}
	values := map[string]string{}
	for _, f := range followUpFields(&fs) {
		values[f.key] = strconv.Itoa(*f.dst)
	}
	return s.tx(ctx, func(tx *Tx) error { return s.writeSettingsTx(tx, values) })
}
