package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// MaterialsDir is the folder inside the data folder where materials live,
// each under its content hash, so one file sent twice is kept once.
const MaterialsDir = "materials"

// MaterialPath is where the material with hash lives.
func (s *Store) MaterialPath(hash string) string { return filepath.Join(s.dir, MaterialsDir, hash) }

func materialsTx(tx rowsQuerier, topicID int64) ([]data.TopicMaterial, error) {
	rows, err := tx.Query("SELECT id, topic_id, name, hash, size, copies, added_at FROM topic_materials WHERE topic_id = ? ORDER BY id", topicID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.TopicMaterial
	for rows.Next() {
		var m data.TopicMaterial
		var at string
		if err := rows.Scan(&m.ID, &m.TopicID, &m.Name, &m.Hash, &m.Size, &m.Copies, &at); err != nil {
			return nil, err
		}
		if m.AddedAt, err = time.Parse("2006-01-02T15:04:05Z", at); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "材料「%s」的添加时间「%s」无效", m.Name, at)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// storeFile copies the file at path into the materials folder under its
// SHA-256: into a temporary file, synced, then renamed, so a crash or a
// refusal leaves nothing half-copied under a hash name. A file larger than
// the configured limit, or one that cannot be read, is refused.
func (s *Store) storeFile(ctx context.Context, path string) (hash string, size int64, err error) {
	maxMB, err := s.intSetting(ctx, SettingMaterialMaxMB, DefaultMaterialMaxMB)
	if err != nil {
		return "", 0, err
	}
	limit := int64(maxMB) << 20
	src, err := os.Open(path)
	if err != nil {
		return "", 0, data.Wrap(data.EInvalid, err, "无法读取材料文件 %s：%v", path, err)
	}
	defer src.Close()
	if st, err := src.Stat(); err != nil || !st.Mode().IsRegular() {
		return "", 0, data.Errorf(data.EInvalid, "%s 不是可读取的文件", path)
	} else if st.Size() > limit {
		return "", 0, data.Errorf(data.EInvalid, "材料文件 %s 有 %.1f MB，超过上限 %d MB（可在设置中调整）", filepath.Base(path), float64(st.Size())/(1<<20), maxMB)
	}
	dir := filepath.Join(s.dir, MaterialsDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", 0, data.Wrap(data.EInternal, err, "无法创建材料文件夹：%v", err)
	}
	tmp, err := os.CreateTemp(dir, ".incoming-*")
	if err != nil {
		return "", 0, data.Wrap(data.EInternal, err, "无法写入材料文件夹：%v", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	// Read one byte past the limit: a file that grew after Stat is still refused.
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(src, limit+1))
	if err != nil {
		return "", 0, materialIOError(err, path)
	}
	if n > limit {
		return "", 0, data.Errorf(data.EInvalid, "材料文件 %s 超过上限 %d MB（可在设置中调整）", filepath.Base(path), maxMB)
	}
	if err = tmp.Sync(); err != nil {
		return "", 0, materialIOError(err, path)
	}
	if err = tmp.Close(); err != nil {
		return "", 0, materialIOError(err, path)
	}
	hash = hex.EncodeToString(h.Sum(nil))
	if err = os.Rename(tmp.Name(), filepath.Join(dir, hash)); err != nil {
		return "", 0, materialIOError(err, path)
	}
	return hash, n, nil
}

func materialIOError(err error, path string) error {
	if code, reason, ok := data.OSReason(err); ok {
		return data.Wrap(code, err, "复制材料 %s 失败：%s；未留下不完整的文件", filepath.Base(path), reason)
	}
	return data.Wrap(data.EInternal, err, "复制材料 %s 失败：%v；未留下不完整的文件", filepath.Base(path), err)
}

func checkCopies(copies int) error {
	if copies < 0 || copies > 999 {
		return &data.Error{Code: data.EInvalid, Message: "材料未保存", Problems: []data.Problem{{Field: "纸质份数", Message: "应在 0 到 999 之间"}}}
	}
	return nil
}

// AddMaterial copies a file into the data folder and lists it with the
// topic, with the paper copies received (四十一 step 4).
func (s *Store) AddMaterial(ctx context.Context, topicID int64, path string, copies int) (data.TopicMaterial, error) {
	m := data.TopicMaterial{TopicID: topicID, Name: data.Clean(filepath.Base(path)), Copies: copies}
	if err := checkCopies(copies); err != nil {
		return m, err
	}
	var err error
	if m.Hash, m.Size, err = s.storeFile(ctx, path); err != nil {
		return m, err
	}
	err = s.editTopic(ctx, topicID, "topic.material_add", &m, rules.TopicEditable, func(tx *Tx, _ data.Topic) error {
		m.AddedAt = tx.Now().UTC().Truncate(time.Second)
		res, err := tx.Exec("INSERT INTO topic_materials (topic_id, name, hash, size, copies, added_at) VALUES (?, ?, ?, ?, ?, ?)",
			topicID, m.Name, m.Hash, m.Size, m.Copies, tx.stamp())
		if err != nil {
			return err
		}
		m.ID, err = res.LastInsertId()
		return err
	})
	return m, err
}

// SetMaterialCopies records the paper copies received of a material.
func (s *Store) SetMaterialCopies(ctx context.Context, materialID int64, copies int) error {
	if err := checkCopies(copies); err != nil {
		return err
	}
	detail := map[string]int64{"material": materialID, "copies": int64(copies)}
	return s.editMaterial(ctx, materialID, "topic.material_copies", detail, func(tx *Tx) error {
		_, err := tx.Exec("UPDATE topic_materials SET copies = ? WHERE id = ?", copies, materialID)
		return err
	})
}

// RemoveMaterial drops a material from its topic. The file stays in the
// folder: another topic, or the audit record, may name the same content.
func (s *Store) RemoveMaterial(ctx context.Context, materialID int64) error {
	return s.editMaterial(ctx, materialID, "topic.material_remove", map[string]int64{"material": materialID}, func(tx *Tx) error {
		_, err := tx.Exec("DELETE FROM topic_materials WHERE id = ?", materialID)
		return err
	})
}

// editMaterial changes a material of a topic whose content is not fixed:
// the material's topic is found in the same transaction as the change.
func (s *Store) editMaterial(ctx context.Context, materialID int64, action string, detail any, fn func(tx *Tx) error) error {
	return s.tx(ctx, func(tx *Tx) error {
		var topicID int64
		err := tx.QueryRow("SELECT topic_id FROM topic_materials WHERE id = ?", materialID).Scan(&topicID)
		if err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "材料（编号 %d）已不存在", materialID)
		}
		if err != nil {
			return err
		}
		return s.editTopicTx(tx, topicID, action, detail, rules.TopicEditable, func(tx *Tx, _ data.Topic) error { return fn(tx) })
	})
}
