#!/usr/bin/env bash
# Makes dist/connect-desktop-<version>-linux-x86_64.tar.xz from the one-folder bundle
# dist/connect-desktop/: one top folder connect-desktop-<version>/ with the bundle, the
# menu entry, the icon and INSTALL.txt (English and French).
#
#   bash packaging/linux/make-tarball.sh
#
# Optional environment: VERSION (default: connect_desktop.__version__), DIST_DIR (default:
# dist, where the bundle is read and the archive written).
set -euo pipefail

cd "$(dirname "$0")/../.."

dist="${DIST_DIR:-dist}"
bundle="$dist/connect-desktop"
if [ ! -x "$bundle/connect-desktop" ]; then
    echo "$bundle/connect-desktop is missing: run python -m PyInstaller build.spec --noconfirm --clean first." >&2
    exit 1
fi
version="${VERSION:-$(python3 -c 'import connect_desktop; print(connect_desktop.__version__)')}"
name="connect-desktop-${version}"
archive="$dist/${name}-linux-x86_64.tar.xz"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
top="$staging/$name"

cp -a "$bundle" "$top"
cp packaging/linux/connect-desktop.desktop "$top/connect-desktop.desktop"
cp connect_desktop/resources/icons/app.png "$top/connect-desktop.png"

# Quoted here-document: $PWD and $HOME are for the user's shell, not this one.
sed "s/@NAME@/$name/g" >"$top/INSTALL.txt" <<'EOF'
Connect Desktop for Linux (x86_64)
==================================

Run
---
Extract the archive wherever you like, for example in ~/.local/opt:

    mkdir -p ~/.local/opt
    tar -xJf @NAME@-linux-x86_64.tar.xz -C ~/.local/opt

then start the application:

    ~/.local/opt/@NAME@/connect-desktop

Nothing else is needed: the folder holds Python, Qt and every library. If it does not
start and the terminal mentions "xcb-cursor", install that library once (Debian, Ubuntu:
sudo apt install libxcb-cursor0).

Add it to the applications menu
-------------------------------
From inside the extracted folder:

    cd ~/.local/opt/@NAME@
    mkdir -p ~/.local/share/applications
    sed -e "s|^Exec=.*|Exec=\"$PWD/connect-desktop\"|" \
        -e "s|^Icon=.*|Icon=$PWD/connect-desktop.png|" \
        connect-desktop.desktop > ~/.local/share/applications/connect-desktop.desktop

Do it again from the new folder after an upgrade.

Remove
------
Delete the folder and ~/.local/share/applications/connect-desktop.desktop. Your data
stays in ~/.local/share/Connect Desktop/: nothing here ever deletes it.


Connect Desktop pour Linux (x86_64)
===================================

Lancer
------
Décompressez l'archive où vous voulez, par exemple dans ~/.local/opt :

    mkdir -p ~/.local/opt
    tar -xJf @NAME@-linux-x86_64.tar.xz -C ~/.local/opt

puis lancez l'application :

    ~/.local/opt/@NAME@/connect-desktop

Rien d'autre n'est nécessaire : le dossier contient Python, Qt et toutes les
bibliothèques. Si elle ne démarre pas et que le terminal parle de « xcb-cursor »,
installez une fois cette bibliothèque (Debian, Ubuntu : sudo apt install libxcb-cursor0).

Ajouter au menu des applications
--------------------------------
Depuis le dossier décompressé :

    cd ~/.local/opt/@NAME@
    mkdir -p ~/.local/share/applications
    sed -e "s|^Exec=.*|Exec=\"$PWD/connect-desktop\"|" \
        -e "s|^Icon=.*|Icon=$PWD/connect-desktop.png|" \
        connect-desktop.desktop > ~/.local/share/applications/connect-desktop.desktop

Recommencez depuis le nouveau dossier après une mise à jour.

Désinstaller
------------
Supprimez le dossier et ~/.local/share/applications/connect-desktop.desktop. Vos
données restent dans ~/.local/share/Connect Desktop/ : rien ici ne les supprime.
EOF

# Sorted names, no user names: nothing of the build machine leaks in. xz rather than gzip:
# about 60 MB instead of 84 for the same bundle.
mkdir -p "$dist"
tar -C "$staging" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$name" \
    | xz -6 -T0 >"$archive.partial"
mv "$archive.partial" "$archive"
echo "Wrote $archive ($(du -h "$archive" | cut -f1))"
