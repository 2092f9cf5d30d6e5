package app

import (
	"context"
	"flag"
	"fmt"
	"io"

	"huiwu/data"
	"huiwu/data/store"
)

// cmdBackup: huiwu backup [--to DIR] — a manual backup, into the configured
// backup folder or DIR; it always copies, changed or not.
func cmdBackup(dir string, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "", "backup folder")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return usageError{"用法：huiwu backup [--to 目录]"}
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		// Into the backup folder, a backup sharing its unchanged parts with
		// the others there; --to, one file to carry away.
		var info data.BackupInfo
		var err error
		if *to == "" {
			info, err = s.BackupNow(ctx)
		} else {
			info, err = s.BackupTo(ctx, *to, "manual")
		}
		if err != nil {
			return err
		}
		if info.Shared {
			fmt.Fprintf(out, "已备份到 %s（数据 %d 字节，与已有备份共用未变部分，本份新增 %d 字节，审计头 %s）\n", info.Path, info.Plain, info.Size, info.Head)
			return nil
		}
		fmt.Fprintf(out, "已备份到 %s（压缩后 %d 字节，数据 %d 字节，审计头 %s）\n", info.Path, info.Size, info.Plain, info.Head)
		return nil
	})
}

// cmdRestore: huiwu restore FILE — verify the backup, set the current
// database aside, put the backup in its place. Works on a damaged database,
// which it never opens.
func cmdRestore(dir string, args []string, out io.Writer) error {
	if len(args) != 1 {
		return usageError{"用法：huiwu restore 备份文件（.hwb、.db.zst，或早期版本的 .db）"}
	}
	if err := store.RestoreFolder(context.Background(), dir, args[0]); err != nil {
		return err
	}
	fmt.Fprintf(out, "已从 %s 恢复；原数据文件已改名保留在 %s 中（before-restore）\n", args[0], dir)
	return nil
}
