#!/usr/bin/env bash
# Makes sure the OCR tests (DocumentExtractorOcrTest) find Tesseract with its English data.
# Nothing to do when `tesseract` is on the PATH; otherwise installs Debian's tesseract-ocr (which
# brings tesseract-ocr-eng) with apt-get when running as root on a Debian-like system; otherwise
# fails saying what to install. -DskipOcrTests skips it and the OCR tests (see pom.xml).
set -euo pipefail

if command -v tesseract >/dev/null 2>&1; then
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tesseract: installing tesseract-ocr from Debian for the OCR tests"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be missing or stale on a fresh machine; the install fails clearly if not.
  apt-get update -qq || echo "ensure-tesseract: apt-get update failed; trying the install anyway" >&2
  apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng
  if command -v tesseract >/dev/null 2>&1; then
    exit 0
  fi
  echo "ensure-tesseract: apt-get finished but tesseract is still not on the PATH" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-tesseract: the OCR tests of documents-ingest need the tesseract executable on the PATH
with English language data. Install it, e.g. on Debian or Ubuntu:
  sudo apt-get install tesseract-ocr tesseract-ocr-eng
(this script installs it itself only when run as root where apt-get exists), or skip the OCR
tests with -DskipOcrTests.
MSG
exit 1
