package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"huiwu/packaging/fyneapp"
)

func TestWriteFollowsFyneAppToml(t *testing.T) {
	out := t.TempDir()
	if err := write("../../FyneApp.toml", out); err != nil {
		t.Fatal(err)
	}
	f, err := fyneapp.Read("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "winres.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Icon    map[string]map[string]string `json:"RT_GROUP_ICON"`
		Version map[string]map[string]struct {
			Fixed map[string]string            `json:"fixed"`
			Info  map[string]map[string]string `json:"info"`
		} `json:"RT_VERSION"`
		Manifest map[string]map[string]map[string]any `json:"RT_MANIFEST"`
	}
	if err := json.Unmarshal(b, &cfg); err != nil {
		t.Fatal(err)
	}
	icon := cfg.Icon["APP"]["0000"]
	if _, err := os.Stat(filepath.Join(out, icon)); err != nil {
		t.Fatalf("icon %q not beside winres.json: %v", icon, err)
	}
	v := cfg.Version["#1"]["0000"]
	want := f.Details.FileVersionString()
	if v.Fixed["file_version"] != want || v.Fixed["product_version"] != want {
		t.Fatalf("fixed version %v, want %s", v.Fixed, want)
	}
	for _, lang := range []string{"0804", "0409"} {
		if v.Info[lang]["ProductName"] != f.Details.Name || v.Info[lang]["ProductVersion"] != f.Details.Version {
			t.Errorf("string table %s: %v", lang, v.Info[lang])
		}
	}
	m := cfg.Manifest["#1"]["0000"]
	if m["minimum-os"] != "win10" || m["execution-level"] != "as invoker" {
		t.Errorf("manifest %v", m)
	}
}

func TestWriteRefusesMissingIcon(t *testing.T) {
	dir := t.TempDir()
	toml := filepath.Join(dir, "FyneApp.toml")
	body := "[Details]\nIcon = \"missing.png\"\nName = \"会务\"\nID = \"x.y\"\nVersion = \"1.0.0\"\nBuild = 1\n"
	if err := os.WriteFile(toml, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := write(toml, filepath.Join(dir, "out")); err == nil {
		t.Fatal("a missing icon was not reported")
	}
}
