#!/usr/bin/env bash
# screenshots.sh DATA_DIR OUT_DIR: run the real program under Xvfb on DATA_DIR
# and capture the display each time it announces a scene (see app/gui.go).
# Meant to run inside xvfb-run; the fontconfig file hides the system's CJK
# fonts so the pictures prove the bundled face renders the Chinese.
set -euo pipefail
data=$1 out=$2
mkdir -p "$out"
HUIWU_SCREENSHOTS="$out" ./huiwu --data "$data" 2>/dev/null | while read -r tag path; do
  [ "$tag" = SCREENSHOT ] || continue
  import -window root "$path"
  echo "wrote $path"
done
