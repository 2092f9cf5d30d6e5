package app

import (
	"context"
	"time"

	"huiwu/data/store"
)

// demoClock sets the store's clock to a replayed step's day (10:00, office
// hours), so that each demonstration step is decided and audited on the day
// a secretary would have entered it; restore puts the clock back.
func demoClock(s *store.Store) (on func(day time.Time), restore func()) {
	clock := s.Now
	return func(day time.Time) { s.Now = func() time.Time { return day.Add(10 * time.Hour) } },
		func() { s.Now = clock }
}

// unitsByShortName are the units' ids under the short names the
// demonstration plans use.
func unitsByShortName(ctx context.Context, s *store.Store) (map[string]int64, error) {
	units, err := s.Units(ctx)
	if err != nil {
		return nil, err
	}
	unit := map[string]int64{}
	for _, u := range units {
		unit[u.ShortName] = u.ID
	}
	return unit, nil
}
