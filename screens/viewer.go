package screens

import (
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"huiwu/data"
	"huiwu/export/gather"
	"huiwu/export/safefile"
)

// Viewer opens a written paper in the system's viewer, for 打印: the
// secretary prints from the viewer she knows. Tests swap in one that only
// records the path, so that they launch nothing.
type Viewer interface {
	Open(path string) error
}

// systemViewer hands the file to the desktop: xdg-open on Linux and the
// BSDs, the shell's file handler on Windows, open on macOS.
type systemViewer struct{}

func (systemViewer) Open(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return data.Errorf(data.EInvalid, "无法打开 %s 的查看程序：%v", filepath.Base(path), err)
	}
	// The viewer outlives this call; its exit is collected so that it does
	// not linger as a zombie.
	go func() { _ = cmd.Wait() }()
	return nil
}

func (env *Env) viewer() Viewer {
	if env.Viewer != nil {
		return env.Viewer
	}
	return systemViewer{}
}

// printBuilt reads a paper whole (a refused paper is refused here, as in
// saveBuilt), writes it to a folder of its own under the system's temp
// folder — a viewer still showing the last print keeps its file — and opens
// it in the viewer.
func printBuilt(env *Env, name string, build func(ctx context.Context) (gather.Writer, error)) {
	var path string
	act(env, func(ctx context.Context) error {
		paper, err := build(ctx)
		if err != nil {
			return err
		}
		dir, err := os.MkdirTemp("", "huiwu-print-")
		if err != nil {
			return data.Errorf(data.EInvalid, "无法在临时文件夹中准备打印：%v", err)
		}
		path = filepath.Join(dir, name)
		return safefile.Write(path, func(w io.Writer) error { return paper(w) })
	}, func(err error) {
		if err == nil {
			err = env.viewer().Open(path)
		}
		if err != nil {
			showError(env, err)
		}
	})
}
