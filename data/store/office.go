package store

import (
	"context"

	"huiwu/data"
)

// The office's names live in settings under these keys.
const (
	keyGovernment = "office.government"
	keyOfficeName = "office.name"
	keySecretary  = "office.secretary"
)

// Office returns the office's names, with the defaults for those not yet set.
func (s *Store) Office(ctx context.Context) (data.Office, error) {
	o := data.DefaultOffice
	for _, f := range []struct {
		key string
		to  *string
	}{{keyGovernment, &o.Government}, {keyOfficeName, &o.Name}, {keySecretary, &o.Secretary}} {
		v, err := s.Setting(ctx, f.key)
		if err != nil {
			return data.Office{}, err
		}
		if v != "" {
			*f.to = v
		}
	}
	return o, nil
}

// SetOffice checks and saves the office's names in one transaction; from then
// on the audit log records the secretary's name as the actor.
func (s *Store) SetOffice(ctx context.Context, o data.Office) error {
	o = data.Office{Government: data.Clean(o.Government), Name: data.Clean(o.Name), Secretary: data.Clean(o.Secretary)}
	if err := o.Validate(); err != nil {
		return err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		for _, kv := range [][2]string{{keyGovernment, o.Government}, {keyOfficeName, o.Name}, {keySecretary, o.Secretary}} {
			if err := s.setSetting(tx, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		s.secretary.Store(&o.Secretary)
	}
	return err
}

// loadSecretary reads the secretary's name at open, so the first write is
// already recorded under it.
func (s *Store) loadSecretary(ctx context.Context) error {
	v, err := s.Setting(ctx, keySecretary)
	if err != nil {
		return err
	}
	s.secretary.Store(&v)
	return nil
}

// actor is who the audit log and the records' 记录人 columns name: the
// secretary when she has given her name, else the computer's login.
func (s *Store) actor() string {
	if p := s.secretary.Load(); p != nil && *p != "" {
		return *p
	}
	return s.Actor
}

var _ data.OfficeService = (*Store)(nil)
