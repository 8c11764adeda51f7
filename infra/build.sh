#!/usr/bin/env bash
# Compiles infra/main.bicep and infra/main.example.bicepparam with the Bicep CLI from NuGet
# (Azure.Bicep.CommandLine.linux-x64, pinned in infra/bicep/BicepCli.csproj) into
# infra/build/. Fails on any error or linter warning. Needs no Azure login and no network
# beyond the NuGet restore.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build"

fail() {
  echo "infra/build.sh: ERROR: $*" >&2
  exit 1
}

dotnet restore "$here/bicep/BicepCli.csproj" --nologo -v q >&2 || fail "restoring the Bicep CLI from NuGet failed"
version="$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' "$here/bicep/BicepCli.csproj")"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[[ -f "$bicep" ]] || fail "the Bicep CLI is not at $bicep after the restore"
[[ -x "$bicep" ]] || chmod +x "$bicep"

rm -rf "$out"
mkdir -p "$out"
# The example reads its secrets from the environment; dummies are enough to compile it.
export SKOLEUTVIKLING_BOT_APP_PASSWORD="${SKOLEUTVIKLING_BOT_APP_PASSWORD:-compile-only}"
export SKOLEUTVIKLING_POSTGRES_PASSWORD="${SKOLEUTVIKLING_POSTGRES_PASSWORD:-compile-only}"

log="$out/bicep.log"
status=0
"$bicep" build "$here/main.bicep" --outfile "$out/main.json" >"$log" 2>&1 || status=$?
"$bicep" build-params "$here/main.example.bicepparam" --outfile "$out/main.example.parameters.json" >>"$log" 2>&1 || status=$?
cat "$log" >&2
[[ $status -eq 0 ]] || fail "bicep reported errors (exit $status)"
if grep -qiE 'warning|error' "$log"; then
  fail "bicep reported warnings (see above); fix them or configure the rule in infra/bicepconfig.json"
fi

echo "infra/build.sh: compiled $(basename "$bicep") $version -> $out/main.json, $out/main.example.parameters.json"
