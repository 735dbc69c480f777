#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs what the browser tests need when it is
# missing (Debian's Chromium and Noto fonts, as root), builds once, then runs every test project.
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

configuration="${CONFIGURATION:-Release}"
dotnet build Dashboard.sln -c "$configuration" -nologo -clp:ErrorsOnly
results="artifacts/test-results"
rm -rf "$results"

status=0
for project in tests/*/*.csproj; do
    name="$(basename "$project" .csproj)"
    echo "== $name"
    dotnet test "$project" -c "$configuration" --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
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
