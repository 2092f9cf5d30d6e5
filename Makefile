# Huiwu's build. Every Go command gets the same tags so the build cache is
# shared between run, test and screenshots (a cold Fyne build is minutes).
TAGS      := sqlite_fts5 sqlite_omit_load_extension
GO        ?= go
GOBIN     := $(shell $(GO) env GOPATH)/bin
STATICCHECK_VERSION := v0.8.2
GOFUMPT_VERSION     := v0.12.0
# Debian packages the build, the tests and the screenshots need.
DEB_PKGS  := gcc pkg-config libgl1-mesa-dev xorg-dev xvfb xauth poppler-utils imagemagick
DATA_DEMO := $(CURDIR)/build/demo-data

.PHONY: deps run build test lint screenshots clean

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

## lint: go vet, staticcheck and gofumpt — the one static-analysis gate
lint: deps
	$(GO) vet -tags "$(TAGS)" ./...
	$(GOBIN)/staticcheck -tags "$(TAGS)" ./...
	@out=$$($(GOBIN)/gofumpt -l .); if [ -n "$$out" ]; then echo "gofumpt would change:"; echo "$$out"; exit 1; fi

## test: lint, then every package's tests with the race detector (UI headless)
test: lint
	$(GO) test -race -tags "$(TAGS)" ./...

## screenshots: the real program with demo data under Xvfb, one PNG per screen
screenshots: build
	rm -rf $(DATA_DEMO) && mkdir -p $(DATA_DEMO) docs/screenshots
	./huiwu --data $(DATA_DEMO) demo
	FONTCONFIG_FILE=$(CURDIR)/docs/no-cjk-fonts.conf FYNE_THEME=light \
		xvfb-run -a -s "-screen 0 1280x800x24" scripts/screenshots.sh $(DATA_DEMO) docs/screenshots
	HUIWU_SCREENSHOTS=$(CURDIR)/docs/screenshots $(GO) test -tags "$(TAGS)" -run TestWritePaperScreenshots ./export/paper/

clean:
	rm -rf build huiwu huiwu.exe
