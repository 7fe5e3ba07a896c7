#!/usr/bin/env bash
# Makes dist/connect-desktop-<version>-macos.dmg from dist/Connect Desktop.app (macOS only).
#
#   bash packaging/macos/make-dmg.sh
#
# Optional environment:
#   VERSION              the version in the file name (default: connect_desktop.__version__)
#   MACOS_SIGN_IDENTITY  a "Developer ID Application: ..." identity in the keychain: signs
#                        the app (hardened runtime) and the disk image
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                        notarise the signed disk image and staple the ticket to it
set -euo pipefail

cd "$(dirname "$0")/../.."

app="dist/Connect Desktop.app"
entitlements="packaging/macos/entitlements.plist"
volume="Connect Desktop"

if [ ! -d "$app" ]; then
    echo "$app is missing: run python -m PyInstaller build.spec --noconfirm --clean first." >&2
    exit 1
fi
version="${VERSION:-$(python3 -c 'import connect_desktop; print(connect_desktop.__version__)')}"
dmg="dist/connect-desktop-${version}-macos.dmg"

notarise=false
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notarise=true
    # Apple only notarises software signed with a Developer ID and the hardened runtime.
    if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
        echo "Notarisation needs MACOS_SIGN_IDENTITY as well." >&2
        exit 1
    fi
fi

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "Signing $app"
    # --deep signs nested bundles but can miss the loose libraries PyInstaller puts in
    # sub-folders (Qt plugins, Python extension modules), and the notary service rejects
    # any Mach-O file without our signature: sign those one by one first.
    while IFS= read -r -d '' file; do
        case "$(file -b "$file")" in
            *Mach-O*) codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$file" ;;
        esac
    done < <(find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0)
    codesign --deep --force --options runtime --timestamp \
        --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, permissions and signatures as they are.
ditto "$app" "$staging/$(basename "$app")"
# Lets the user drag the app onto Applications in the opened image.
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" on CI machines; a second try usually works.
attempt=1
until hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"; do
    if [ "$attempt" -ge 3 ]; then
        echo "hdiutil create failed $attempt times." >&2
        exit 1
    fi
    attempt=$((attempt + 1))
    sleep 5
done

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "Signing $dmg"
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi

if [ "$notarise" = true ]; then
    echo "Notarising $dmg (this takes a few minutes)"
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    # Stapling fails when Apple refused the submission, which stops the script there.
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
fi

echo "Wrote $dmg"
