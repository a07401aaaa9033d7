#!/usr/bin/env bash
# Makes sure the Excel task pane's browser test (ExcelTaskPaneIT) finds Debian's Chromium and its
# matching chromedriver. Nothing to do when both are there; otherwise installs them with apt-get
# when running as root on a Debian-like system; otherwise fails saying what to install.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; then
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing chromium and chromium-driver from Debian for the browser test"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be missing or stale on a fresh machine; the install fails clearly if not.
  apt-get update -qq || echo "ensure-chromium: apt-get update failed; trying the install anyway" >&2
  apt-get install -y -qq chromium chromium-driver
  if [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; then
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but $CHROMIUM or $CHROMEDRIVER is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: the Excel task pane browser test needs $CHROMIUM and $CHROMEDRIVER.
Install them, e.g. on Debian or Ubuntu: sudo apt-get install chromium chromium-driver
(this script installs them itself only when run as root where apt-get exists).
MSG
exit 1
