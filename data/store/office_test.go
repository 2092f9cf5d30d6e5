package store

import (
	"errors"
	"testing"

	"huiwu/data"
)

func TestOfficeDefaultsThenSavedNamesAndActor(t *testing.T) {
	s := openTemp(t)
	o, err := s.Office(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if o != data.DefaultOffice {
		t.Fatalf("unset office = %+v, want the defaults %+v", o, data.DefaultOffice)
	}
	want := data.Office{Government: "溧阳市人民政府", Name: "溧阳市人民政府办公室", Secretary: "周晓梅"}
	if err := s.SetOffice(ctx, data.Office{Government: " 溧阳市人民政府 ", Name: want.Name, Secretary: "周晓梅 "}); err != nil {
		t.Fatal(err)
	}
	if o, _ = s.Office(ctx); o != want {
		t.Fatalf("saved office = %+v, want %+v", o, want)
	}
	// The save that names her is recorded under the login it ran as; every
	// write after it under her name.
	if err := s.SetSetting(ctx, "probe", "1"); err != nil {
		t.Fatal(err)
	}
	var actor string
	if err := s.DB().QueryRow("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&actor); err != nil {
		t.Fatal(err)
	}
	if actor != "周晓梅" {
		t.Fatalf("audit actor of the next write after naming the secretary = %q, want 周晓梅", actor)
	}
}

func TestOfficeRefusesAnEmptyName(t *testing.T) {
	s := openTemp(t)
	err := s.SetOffice(ctx, data.Office{Government: "溧阳市人民政府", Name: " "})
	var de *data.Error
	if !errors.As(err, &de) || len(de.Problems) != 1 || de.Problems[0].Field != "办公室名称" {
		t.Fatalf("SetOffice with an empty office name = %v, want one problem on 办公室名称", err)
	}
	if o, _ := s.Office(ctx); o != data.DefaultOffice {
		t.Fatalf("a refused save changed the office to %+v", o)
	}
}

func TestSecretaryIsTheActorAfterReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetOffice(ctx, data.Office{Government: "溧阳市人民政府", Name: "溧阳市人民政府办公室", Secretary: "周晓梅"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.actor(); got != "周晓梅" {
		t.Fatalf("actor after reopening = %q, want 周晓梅", got)
	}
}
