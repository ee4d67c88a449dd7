#!/usr/bin/env bash
# `npm run validate [-- MANIFEST...]`: the add-in manifest checked offline against Microsoft's XML schemas for the
# add-in-only manifest (OfficeAppManifestV1_1 and the VersionOverrides schemas it imports), with xmllint. The online
# validator (`office-addin-manifest validate`) needs a web service these machines cannot reach. The schemas live in
# the team's shared folder beside the repository; JIXIAO_MANIFEST_SCHEMAS points elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas=${JIXIAO_MANIFEST_SCHEMAS:-../shared/schemas/office-addin-manifest}
if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate: xmllint not found; install it with: apt-get install libxml2-utils" >&2
  exit 2
fi
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "validate: no schemas in $schemas (set JIXIAO_MANIFEST_SCHEMAS to the office-addin-manifest schema folder)" >&2
  exit 2
fi
if [ "$#" -eq 0 ]; then set -- manifest.xml; fi
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "$@"
