#!/usr/bin/env bash
# Build the Linux bundle with build.spec and prove that it starts and works:
#   --version, --self-check (database, migrations, PDFs written and read back),
#   --smoke on an empty data folder and on the sample data.
# Every run uses a temporary data folder; any exit code but 0, or an error or a
# traceback printed, fails the script. Prints the build time and the bundle's size.
#
#     packaging/smoke.sh            # build, then check
#     packaging/smoke.sh --no-build # check dist/connect-desktop as it is
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=dist/connect-desktop
app="$bundle/connect-desktop"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bundle's own log goes to the temporary folder, not the user's.
export XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/share"

if [ "${1:-}" != "--no-build" ]; then
    python3 -m pip install --quiet "pyinstaller>=6.10"
    started=$(date +%s)
    python3 -m PyInstaller build.spec --noconfirm --clean --log-level WARN
    echo "build: $(( $(date +%s) - started )) s"
fi

unpacked=$(du -sm "$bundle" | cut -f1)
compressed=$(tar -C dist -cf - connect-desktop | gzip -6 | wc -c)
echo "bundle: ${unpacked} MB unpacked, $(( compressed / 1048576 )) MB as .tar.gz"

# Run the bundle; fail on a non-zero exit or on anything that looks like an error.
check() {
    local name=$1
    shift
    local output="$work/$name.log"
    local code=0
    "$app" "$@" >"$output" 2>&1 || code=$?
    if [ "$code" -ne 0 ]; then
        echo "FAILED: connect-desktop $* (exit code $code)"
        cat "$output"
        exit 1
    fi
    if grep -Eiq "traceback|error|critical|cannot|failed" "$output"; then
        echo "FAILED: connect-desktop $* printed an error"
        cat "$output"
        exit 1
    fi
    echo "ok: connect-desktop $*"
}

# No screen on a CI runner: --smoke then uses Qt's offscreen platform by itself.
check version --version
check self-check --self-check
check smoke-empty --smoke --data-dir "$work/empty"
check smoke-demo --smoke --demo --data-dir "$work/demo"
grep -q "Connect Desktop" "$work/version.log"
echo "frozen bundle: all checks passed"
