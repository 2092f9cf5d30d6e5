package store

import "huiwu/data"

func lockedError(dir string) error {
	return data.Errorf(data.ELocked, "另一个会务程序正在使用数据文件夹 %s。请先关闭那个程序，或用 --data 指定其他文件夹", dir)
}
