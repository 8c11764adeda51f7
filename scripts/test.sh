#!/usr/bin/env bash
# The one test command:  bash scripts/test.sh
#
# On a Debian machine with the .NET 10 SDK and Node.js (as root, or with the packages already
# there) it installs what the tests need (PostgreSQL, Chromium, zip), starts PostgreSQL, runs
# `npm ci` in tests/e2e, builds the solution once, runs every xunit project, the node tests
# (Agents Playground end to end, card and manifest validation), builds the Teams app package and
# compiles the Bicep templates. Results: artifacts/test-results/ (trx, junit), screenshots:
# artifacts/e2e/. The last line is "N passed, N failed"; the exit code is non-zero if anything
# failed.
#
# Settings (environment):
#   SKOLEUTVIKLING_CONFIGURATION   Debug (default) or Release
#   SKOLEUTVIKLING_TEST_POSTGRES   use this PostgreSQL instead of starting one with scripts/postgres.sh
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 1

configuration="${SKOLEUTVIKLING_CONFIGURATION:-Debug}"
export SKOLEUTVIKLING_CONFIGURATION="$configuration"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

results="$root/artifacts/test-results"
rm -rf "$results" "$root/artifacts/e2e"
mkdir -p "$results"
steps="$results/steps.tsv"
: >"$steps"
run_started=$SECONDS

# Runs one step, records its outcome. kind: setup (counted only when it fails) or test.
step() {
  local kind="$1" name="$2"
  shift 2
  local started=$SECONDS
  echo
  echo "==> $name"
  if "$@"; then
    printf '%s\tpassed\t%s\n' "$name" "$kind" >>"$steps"
    echo "<== $name: ok ($((SECONDS - started)) s)"
    return 0
  fi

  printf '%s\tfailed\t%s\n' "$name" "$kind" >>"$steps"
  echo "<== $name: FAILED ($((SECONDS - started)) s)"
  return 1
}

# Runs a test runner whose results land in a file the summary counts. The runner's own failure is
# recorded only when that file does not explain it (no file, or no failed test in it).
results_step() {
  local name="$1" file="$2" failed_marker="$3"
  shift 3
  local started=$SECONDS status=0
  echo
  echo "==> $name"
  "$@" || status=$?
  if [[ $status -ne 0 ]] && ! { [[ -f "$file" ]] && grep -q "$failed_marker" "$file"; }; then
    printf '%s\tfailed\t%s\n' "$name (exit $status, no failed test in $(basename "$file"))" setup >>"$steps"
  fi
  echo "<== $name: exit $status ($((SECONDS - started)) s)"
}

finish() {
  echo
  echo "Total time: $((SECONDS - run_started)) s"
  node "$root/scripts/test-summary.mjs" "$results"
  exit $?
}

install_packages() {
  local wanted=(postgresql chromium fonts-dejavu-core zip) missing=() package
  for package in "${wanted[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "already installed: ${wanted[*]}"
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing Debian packages ${missing[*]}, and not root to install them" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
}

start_postgres() {
  if [[ -n "${SKOLEUTVIKLING_TEST_POSTGRES:-}" ]]; then
    echo "using SKOLEUTVIKLING_TEST_POSTGRES from the environment"
    return 0
  fi
  local exports
  exports="$(bash "$root/scripts/postgres.sh")" || return 1
  eval "$exports"
  [[ -n "${SKOLEUTVIKLING_TEST_POSTGRES:-}" ]]
}

check_tools() {
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is not on PATH" >&2; return 1; }
  command -v node >/dev/null || { echo "node (Node.js 20+) is not on PATH" >&2; return 1; }
  command -v npm >/dev/null || { echo "npm is not on PATH" >&2; return 1; }
  echo "dotnet $(dotnet --version), node $(node --version), npm $(npm --version 2>/dev/null)"
}

npm_ci() {
  (cd "$root/tests/e2e" && npm ci --no-audit --no-fund)
}

build_solution() {
  dotnet build "$root/SkoleUtvikling.sln" -c "$configuration" -nologo -v minimal
}

test_projects() {
  grep -l '<IsTestProject>true</IsTestProject>' "$root"/tests/*/*.csproj | sort
}

dotnet_test() {
  local project="$1" name
  name="$(basename "$project" .csproj)"
  # A hung test is dumped and killed instead of eating the whole CI budget.
  dotnet test "$project" --no-build -c "$configuration" -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results" --blame-hang-timeout 5m
}

node_tests() {
  (cd "$root/tests/e2e" && node --test \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=junit --test-reporter-destination="$results/e2e.junit.xml")
}

teams_package() {
  bash "$root/manifest/build.sh" --app-id 0c1a5f5e-7a52-4f39-9d6b-5b0e2f1a00b0 \
    && unzip -Z1 "$root/manifest/build/SkoleUtvikling.zip" | sort | tr '\n' ' ' | grep -qx 'color.png manifest.json outline.png '
}

step setup "tools on PATH" check_tools || finish
step setup "Debian packages" install_packages || finish
step setup "PostgreSQL" start_postgres || finish
step setup "npm ci (tests/e2e)" npm_ci || finish
step setup "dotnet build ($configuration)" build_solution || finish

for project in $(test_projects); do
  name="$(basename "$project" .csproj)"
  results_step "dotnet test $name" "$results/$name.trx" 'outcome="Failed"' dotnet_test "$project"
done

results_step "node --test (tests/e2e)" "$results/e2e.junit.xml" '<failure' node_tests
step test "Teams app package (manifest/build.sh)" teams_package
step test "Bicep compile (infra/build.sh)" bash "$root/infra/build.sh"

finish
