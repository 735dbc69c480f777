#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs what the browser tests need when it is
# missing (Debian's Chromium and Noto fonts, as root), starts a throwaway PostgreSQL server unless
# DASHBOARD_TEST_POSTGRES names one, builds once, then runs every test project; the data tests and
# the browser tests run a second time against PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need_packages+=(fonts-noto-core)
if [ ${#need_packages[@]} -gt 0 ]; then
    echo "test.sh: installing ${need_packages[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "test.sh: ${need_packages[*]} missing and not root: install them with apt-get, then run again" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

if [ -z "${DASHBOARD_TEST_POSTGRES:-}" ]; then
    pg_folder="$(mktemp -d /tmp/dashboard-pg-XXXXXX)"
    trap 'scripts/postgres-server.sh stop "$pg_folder"' EXIT
    DASHBOARD_TEST_POSTGRES="$(scripts/postgres-server.sh start "$pg_folder")"
    echo "test.sh: PostgreSQL test server at $DASHBOARD_TEST_POSTGRES"
fi
export DASHBOARD_TEST_POSTGRES

configuration="${CONFIGURATION:-Release}"
dotnet build Dashboard.sln -c "$configuration" -nologo -clp:ErrorsOnly
results="artifacts/test-results"
rm -rf "$results"

status=0
run_tests() {
    local project="$1" engine="$2" name
    name="$(basename "$project" .csproj)"
    [ "$engine" = "sqlite" ] || name="$name-$engine"
    echo "== $name"
    DASHBOARD_TEST_ENGINE="$engine" dotnet test "$project" -c "$configuration" --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
}

for project in tests/*/*.csproj; do
    run_tests "$project" sqlite
done

# The same data and browser tests on the server engine: both engines are real and tested.
for project in tests/Dashboard.Data.Tests/Dashboard.Data.Tests.csproj tests/Dashboard.E2E/Dashboard.E2E.csproj; do
    run_tests "$project" postgres
done

# One closing line over every project, in the form CI reads.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
