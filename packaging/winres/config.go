package main

import "huiwu/packaging/fyneapp"

// Language IDs of the version information's string tables: Explorer shows
// the one matching the user's Windows language, so a Chinese Windows shows
// 会务 and an English one the same name with an English description.
const (
	langNeutral = "0000"
	langZhCN    = "0804"
	langEnUS    = "0409"
)

// Config is the go-winres JSON for the program described by d, with icon
// the name of the PNG beside the JSON (go-winres renders it at 256, 64, 48,
// 32 and 16 pixels).
func Config(d fyneapp.Details, icon string) map[string]any {
	version := d.FileVersionString()
	table := func(description string) map[string]string {
		return map[string]string{
			"CompanyName":      "",
			"FileDescription":  description,
			"FileVersion":      version,
			"InternalName":     "huiwu",
			"OriginalFilename": "huiwu.exe",
			"ProductName":      d.Name,
			// The human version (0.1.0) as the program prints it; the
			// fixed four-part number carries the build.
			"ProductVersion": d.Version,
		}
	}
	return map[string]any{
		"RT_GROUP_ICON": map[string]any{
			// "APP" sorts first among the icon groups, which is what
			// Explorer takes as the program's icon.
			"APP": map[string]any{langNeutral: icon},
		},
		"RT_MANIFEST": map[string]any{
			"#1": map[string]any{
				langNeutral: map[string]any{
					"identity":    map[string]string{"name": d.ID, "version": version},
					"description": d.Name,
					// The README promises Windows 10 or newer; the manifest
					// says so, which also stops Windows from applying the
					// compatibility shims of older versions.
					"minimum-os":      "win10",
					"execution-level": "as invoker",
					// GLFW asks for per-monitor DPI itself; declaring it keeps
					// Windows from bitmap-stretching the window before that
					// call on a 150 % office display.
					"dpi-awareness":          "per monitor v2",
					"long-path-aware":        true,
					"use-common-controls-v6": true,
				},
			},
		},
		"RT_VERSION": map[string]any{
			"#1": map[string]any{
				langNeutral: map[string]any{
					"fixed": map[string]string{"file_version": version, "product_version": version},
					"info": map[string]any{
						langZhCN: table(d.Name + "：会议秘书的离线桌面程序"),
						langEnUS: table(d.Name + " (Huiwu): the meeting secretaries' offline desktop program"),
					},
				},
			},
		},
	}
}
