# Huiwu's build. Every Go command gets the same tags so the build cache is
# shared between run, test and screenshots (a cold Fyne build is minutes).
# no_emoji leaves out Fyne's 4 MB colour emoji face, which it would parse
# once per text style in memory; the papers' fonts have no emoji either.
TAGS      := sqlite_fts5 sqlite_omit_load_extension no_emoji
GO        ?= go
GOBIN     := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := v0.8.2
GOFUMPT_VERSION     := v0.12.0
# Debian packages the build, the tests and the screenshots need.
DEB_PKGS  := gcc pkg-config libgl1-mesa-dev xorg-dev xvfb xauth poppler-utils imagemagick xz-utils
DATA_DEMO := $(CURDIR)/build/demo-data
# The ten-year data set of `make bench` (kept between runs; delete the
# folder to generate it afresh).
DATA_BENCH := $(CURDIR)/build/bench-data
DATA_BENCH20 := $(CURDIR)/build/bench-data-20

# Release packages (make windows, make linux). The build date is shown by
# `huiwu version` and 关于; SOURCE_DATE_EPOCH fixes it for a reproducible build.
BUILD_DATE      ?= $(shell date -u $${SOURCE_DATE_EPOCH:+-d @$$SOURCE_DATE_EPOCH} +%Y-%m-%d)
RELEASE_LDFLAGS := -s -w -X huiwu/app.buildDate=$(BUILD_DATE)
# The machine's GOFLAGS may say -buildvcs=false; a release records its commit
# (关于 shows it) whenever it is built in a git checkout.
RELEASE_FLAGS   := -buildvcs=auto -tags "$(TAGS)"
APP_ID          := $(shell sed -n 's/^ID *= *"\(.*\)"/\1/p' FyneApp.toml)
# Windows: Debian's mingw-w64 (win32 threads: its runtime is linked in, so
# the exe needs no extra DLL) and go-winres for the icon, manifest and
# version resource, pinned like the lint tools.
WIN_DEB_PKGS     := gcc-mingw-w64-x86-64
GOWINRES_VERSION := v0.3.3
WIN_ENV          := CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
WIN_EXE          := dist/huiwu.exe
LINUX_TAR        := dist/huiwu-linux-amd64.tar.xz
LINUX_ROOT       := build/linux-pkg

.PHONY: deps deps-windows run build test lint vet-windows windows linux screenshots bench clean fonts

## deps: install missing system packages and the lint tools (no-op when present)
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@test -x $(GOBIN)/staticcheck || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	@test -x $(GOBIN)/gofumpt || $(GO) install mvdan.cc/gofumpt@$(GOFUMPT_VERSION)

## run: open the program on the default data folder
run: deps
	$(GO) run -tags "$(TAGS)" .

## build: the huiwu binary in the project folder
build: deps
	$(GO) build -tags "$(TAGS)" -o huiwu .

## deps-windows: the mingw-w64 cross-compiler and go-winres (no-op when present)
deps-windows: deps
	@dpkg -s $(WIN_DEB_PKGS) >/dev/null 2>&1 || { echo "installing: $(WIN_DEB_PKGS)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(WIN_DEB_PKGS) >/dev/null; }
	@$(GO) version -m $(GOBIN)/go-winres 2>/dev/null | grep -q "mod.*go-winres.*$(GOWINRES_VERSION)" || \
		$(GO) install github.com/tc-hib/go-winres@$(GOWINRES_VERSION)

## lint: go vet, staticcheck and gofumpt — the one static-analysis gate
lint: deps
	$(GO) vet -tags "$(TAGS)" ./...
	$(GOBIN)/staticcheck -tags "$(TAGS)" ./...
	@out=$$($(GOBIN)/gofumpt -l .); if [ -n "$$out" ]; then echo "gofumpt would change:"; echo "$$out"; exit 1; fi

## vet-windows: type-check every package as Windows compiles it (cgo and build tags included)
vet-windows: deps-windows
	$(WIN_ENV) $(GO) vet -tags "$(TAGS)" ./...

## test: lint, the Windows vet, then every package's tests with the race detector (UI headless)
test: lint vet-windows
	$(GO) test -race -timeout 40m -tags "$(TAGS)" ./...

## windows: dist/huiwu.exe (amd64, GUI subsystem, icon and version from FyneApp.toml), checked
windows: deps-windows
	@mkdir -p dist
	rm -rf build/winres
	$(GO) run ./packaging/winres -toml FyneApp.toml -out build/winres
	$(GOBIN)/go-winres make --in build/winres/winres.json --arch amd64 --out rsrc
	@# go build links a .syso that sits beside main.go; it is generated here,
	@# ignored by git, and removed again so no other build picks up a stale one.
	$(WIN_ENV) $(GO) build $(RELEASE_FLAGS) -ldflags "-H=windowsgui $(RELEASE_LDFLAGS)" -o $(WIN_EXE) . ; \
		status=$$?; rm -f rsrc_windows_amd64.syso; exit $$status
	$(GO) run ./packaging/pecheck -toml FyneApp.toml $(WIN_EXE)

## linux: dist/huiwu-linux-amd64.tar.xz laid out as fyne package does, then installed and run from a temporary prefix
linux: deps
	rm -rf $(LINUX_ROOT) && mkdir -p $(LINUX_ROOT)/usr/local/bin dist
	CGO_ENABLED=1 GOOS=linux GOARCH=amd64 $(GO) build $(RELEASE_FLAGS) -ldflags "$(RELEASE_LDFLAGS)" -o $(LINUX_ROOT)/usr/local/bin/huiwu .
	install -Dm644 packaging/linux/huiwu.desktop $(LINUX_ROOT)/usr/local/share/applications/$(APP_ID).desktop
	install -Dm644 icons/icon.png $(LINUX_ROOT)/usr/local/share/icons/hicolor/512x512/apps/$(APP_ID).png
	install -m644 packaging/linux/Makefile $(LINUX_ROOT)/Makefile
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='$(BUILD_DATE) 00:00Z' \
		-C $(LINUX_ROOT) -cJf $(LINUX_TAR) Makefile usr
	packaging/linux/check.sh $(LINUX_TAR) $(BUILD_DATE)

## screenshots: the real program with demo data under Xvfb, one PNG per screen, on a
## screen of SIZE (make screenshots SIZE=1366x768; the default is the smallest an office has)
SIZE ?= 1024x768
screenshots: build
	rm -rf $(DATA_DEMO) && mkdir -p $(DATA_DEMO) docs/screenshots
	./huiwu --data $(DATA_DEMO) demo
	FONTCONFIG_FILE=$(CURDIR)/docs/no-cjk-fonts.conf FYNE_THEME=light HUIWU_WINDOW_SIZE=$(SIZE) \
		xvfb-run -a -s "-screen 0 $(SIZE)x24" scripts/screenshots.sh $(DATA_DEMO) docs/screenshots
	HUIWU_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -count=1 -tags "$(TAGS)" -run TestScreenshots ./export/paper/

# bench/run reports the median of BENCH_COUNT rounds of the Go benchmarks
# (bench/gobench.sh); the backups take minutes and run once.
BENCH_COUNT ?= 5
BENCH_QUICK := OpenDecade|OpenMeetingList|OpenMeetingPage|OpenTasksOverdueFirst|OpenDesk|Search200
BENCH_ENV   := GO="$(GO)" TAGS="$(TAGS)"

## bench: the ten-year data set, the Go benchmarks on it, start-up, quit and memory under Xvfb, backups, one table (not part of test)
bench: build
	$(GO) build -tags "$(TAGS)" -o build/hello ./bench/hello
	@test -f $(DATA_BENCH)/huiwu.db || ./huiwu --data $(DATA_BENCH) demo --years 10
	@test -f $(DATA_BENCH20)/huiwu.db || ./huiwu --data $(DATA_BENCH20) demo --years 20
	$(BENCH_ENV) bench/gobench.sh $(BENCH_COUNT) $(DATA_BENCH) '$(BENCH_QUICK)|SignIn120|StatsDecadeYear|TaskLedgerAll|20Pages' \
		build/bench.txt screens export/xlsx export/paper data/store || { cat build/bench.txt; exit 1; }
	$(BENCH_ENV) bench/gobench.sh 1 $(DATA_BENCH) 'BackupDecade|BackupAgainDecade|VacuumIntoDecade|BackupYear' \
		build/bench-backup.txt data/store || { cat build/bench-backup.txt; exit 1; }
	cat build/bench-backup.txt >> build/bench.txt
	@cat build/bench.txt
	$(BENCH_ENV) bench/gobench.sh $(BENCH_COUNT) $(DATA_BENCH20) '$(BENCH_QUICK)' \
		build/bench-20.txt screens data/store || { cat build/bench-20.txt; exit 1; }
	@cat build/bench-20.txt
	xvfb-run -a -s "-screen 0 1280x800x24" $(GO) run -tags "$(TAGS)" ./bench/run -huiwu ./huiwu -hello build/hello \
		-data $(DATA_BENCH) -data20 $(DATA_BENCH20) -gobench build/bench.txt -gobench20 build/bench-20.txt

## fonts: rebuild the bundled faces from their sources (they are committed;
## only needed to change them) — installs the converter it needs first
fonts:
	@dpkg -s python3-fonttools >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-fonttools >/dev/null; }
	fonts/prepare.sh

clean:
	rm -rf build dist huiwu huiwu.exe rsrc_windows_amd64.syso
