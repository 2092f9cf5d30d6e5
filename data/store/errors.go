package store

import (
	"errors"

	"github.com/mattn/go-sqlite3"

	"huiwu/data"
)

// classify turns a driver error into a coded domain error with a message a
// secretary can act on; domain errors pass through unchanged.
func classify(err error, doing string) error {
	var de *data.Error
	if errors.As(err, &de) {
		return err
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return data.Wrap(data.EBusy, err, "%s失败：数据库正忙，请稍后再试", doing)
		case sqlite3.ErrFull:
			return data.Wrap(data.EDiskFull, err, "%s失败：磁盘已满，请清理磁盘空间后再试；已保存的数据不受影响", doing)
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return data.Wrap(data.EDamaged, err, "%s失败：数据文件已损坏，请从备份恢复", doing)
		case sqlite3.ErrReadonly:
			return data.Wrap(data.EReadOnly, err, "%s失败：数据以只读方式打开，不能保存", doing)
		}
	}
	if code, reason, ok := data.OSReason(err); ok {
		return data.Wrap(code, err, "%s失败：%s", doing, reason)
	}
	return data.Wrap(data.EInternal, err, "%s失败：%v", doing, err)
}

// isUnique tells whether err is the driver refusing a row that a UNIQUE
// index or primary key already holds, by its extended error code — never
// by the words of its message, which the driver may change.
func isUnique(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey)
}
