package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"
)

// LoadYearDaily continues the generated history of LoadDecade through year,
// one working day per transaction, as an office's daily use would write it,
// and calls afterDay at the end of each day. It is the simulated year of
// the bench, which takes the backups a year of use leaves behind.
func (s *Store) LoadYearDaily(ctx context.Context, seed uint64, year int, afterDay func(day time.Time) error) error {
	d := &decade{seed: seed, years: 1, numbers: map[string]int{}, counts: map[string]int{}}
	if err := s.BulkLoad(ctx, d.readRoster); err != nil {
		return err
	}
	for m := time.January; m <= time.December; m++ {
		month := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		r := rand.New(rand.NewPCG(seed, uint64(year*100+int(m))))
		slots := schedule(r, month)
		sort.SliceStable(slots, func(i, j int) bool {
			return slots[i].day.Before(slots[j].day) || slots[i].day.Equal(slots[j].day) && slots[i].hour < slots[j].hour
		})
		for i, day := range workdays(month) {
			// What happened by the day's end is held; the rest is planned.
			d.today = day.Add(18 * time.Hour)
			err := s.BulkLoad(ctx, func(b *Bulk) error {
				for _, sl := range slots {
					if sl.day.Equal(day) {
						if err := d.meeting(b, r, sl); err != nil {
							return err
						}
					}
				}
				if i == 0 {
					return d.documents(b, r, month)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("%s：%w", day.Format("2006-01-02"), err)
			}
			if err := afterDay(day); err != nil {
				return err
			}
		}
	}
	return nil
}
