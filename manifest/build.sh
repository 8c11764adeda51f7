#!/usr/bin/env bash
# Builds the Teams app package: manifest/build/SkoleUtvikling.zip (manifest.json + icons at the root).
#
#   bash manifest/build.sh --app-id <bot app id GUID> [--teams-app-id <GUID>] [--version 1.0.0]
#                          [--publisher-url https://...]
#
# Each option may come from the environment instead:
#   MicrosoftAppId                 the Azure Bot's app id (the bot's own setting of the same name)
#   SKOLEUTVIKLING_TEAMS_APP_ID    the Teams app id; default: the bot app id
#   SKOLEUTVIKLING_APP_VERSION     the package version (semver); default 1.0.0
#   SKOLEUTVIKLING_PUBLISHER_URL   https base of the publisher's site (privacy: /personvern,
#                                  terms: /vilkar); default https://skoleutvikling.example
# The filled manifest is validated against Microsoft's JSON schema for its manifestVersion
# (npm @microsoft/app-manifest in tests/e2e) and the icon rules before it is zipped.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
e2e="$here/../tests/e2e"
out="$here/build"

app_id="${MicrosoftAppId:-}"
teams_app_id="${SKOLEUTVIKLING_TEAMS_APP_ID:-}"
version="${SKOLEUTVIKLING_APP_VERSION:-1.0.0}"
publisher_url="${SKOLEUTVIKLING_PUBLISHER_URL:-https://skoleutvikling.example}"

fail() {
  echo "manifest/build.sh: ERROR: $*" >&2
  exit 1
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) app_id="${2:-}"; shift 2 ;;
    --teams-app-id) teams_app_id="${2:-}"; shift 2 ;;
    --version) version="${2:-}"; shift 2 ;;
    --publisher-url) publisher_url="${2:-}"; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) fail "unknown argument '$1' (see --help)" ;;
  esac
done

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ -n "$app_id" ]] || fail "no bot app id: pass --app-id <GUID> or set MicrosoftAppId"
[[ "$app_id" =~ $guid ]] || fail "bot app id '$app_id' is not a GUID"
teams_app_id="${teams_app_id:-$app_id}"
[[ "$teams_app_id" =~ $guid ]] || fail "Teams app id '$teams_app_id' is not a GUID"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version '$version' is not major.minor.patch"
[[ "$publisher_url" =~ ^https://[^[:space:]\"]+[^/]$ ]] || fail "publisher url '$publisher_url' must be https:// without a trailing slash"
[[ -d "$e2e/node_modules/@microsoft/app-manifest" ]] \
  || fail "tests/e2e/node_modules is missing: run 'npm ci' in tests/e2e (bash scripts/test.sh does)"
command -v zip >/dev/null || fail "zip is not installed (apt-get install zip)"

rm -rf "$out"
mkdir -p "$out"
# Values are checked above (GUIDs, semver, an https URL without quotes), so plain substitution is safe.
sed -e "s|\${{MicrosoftAppId}}|$app_id|g" \
  -e "s|\${{TeamsAppId}}|$teams_app_id|g" \
  -e "s|\${{AppVersion}}|$version|g" \
  -e "s|\${{PublisherUrl}}|$publisher_url|g" \
  "$here/manifest.json" >"$out/manifest.json"
cp "$here/color.png" "$here/outline.png" "$out/"

node "$e2e/validate-manifest.mjs" "$out/manifest.json" || fail "the manifest is not valid (see above)"

# -X: no extra file attributes, -j: files at the zip root, -D: no directory entries.
(cd "$out" && zip -q -X -D "SkoleUtvikling.zip" manifest.json color.png outline.png)
echo "manifest/build.sh: wrote $out/SkoleUtvikling.zip (app id $app_id, version $version)"
