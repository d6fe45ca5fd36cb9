#!/usr/bin/env bash
# Installs doppel like a system tool (issue 15):
#   scripts/install.sh [--prefix DIR] [--bin-dir DIR]
# DIR defaults to ~/.local. Builds release binaries (unless --bin-dir names
# already built ones), then installs:
#   DIR/bin/doppel, DIR/bin/doppeld
#   completions: DIR/share/bash-completion/completions/doppel,
#                DIR/share/zsh/site-functions/_doppel,
#                DIR/share/fish/vendor_completions.d/doppel.fish
#   man pages, generated from the --help text: DIR/share/man/man1/doppel.1, man8/doppeld.8
#   systemd user units: DIR/share/systemd/user/doppel.socket and doppel.service
# Then, to have the first client's connect start the daemon:
#   systemctl --user daemon-reload && systemctl --user enable --now doppel.socket
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="$HOME/.local"
bin_dir=""
while (($# > 0)); do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        --bin-dir) bin_dir="${2:?--bin-dir needs a directory}"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

if [ -z "$bin_dir" ]; then
    swift build -c release --product doppeld
    swift build -c release --product doppel
    bin_dir=$(swift build -c release --show-bin-path)
fi
for exe in doppel doppeld; do
    [ -x "$bin_dir/$exe" ] || { echo "install.sh: $bin_dir/$exe is missing or not executable" >&2; exit 1; }
done

# Each file is written beside its target and renamed, so a failure never leaves half a file.
put() { # put MODE TARGET (content on stdin)
    mkdir -p "$(dirname "$2")"
    cat > "$2.tmp.$$"
    chmod "$1" "$2.tmp.$$"
    mv -f "$2.tmp.$$" "$2"
    echo "installed $2"
}

put 755 "$prefix/bin/doppel" < "$bin_dir/doppel"
put 755 "$prefix/bin/doppeld" < "$bin_dir/doppeld"
doppel="$prefix/bin/doppel"
doppeld="$prefix/bin/doppeld"

"$doppel" completions bash | put 644 "$prefix/share/bash-completion/completions/doppel"
"$doppel" completions zsh | put 644 "$prefix/share/zsh/site-functions/_doppel"
"$doppel" completions fish | put 644 "$prefix/share/fish/vendor_completions.d/doppel.fish"

scripts/manpage.sh doppel 1 "$doppel" | put 644 "$prefix/share/man/man1/doppel.1"
scripts/manpage.sh doppeld 8 "$doppeld" | put 644 "$prefix/share/man/man8/doppeld.8"

put 644 "$prefix/share/systemd/user/doppel.socket" < clients/systemd/doppel.socket
sed "s|@BINDIR@|$prefix/bin|g" clients/systemd/doppel.service | put 644 "$prefix/share/systemd/user/doppel.service"

case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on PATH" ;; esac
echo "for socket activation: systemctl --user daemon-reload && systemctl --user enable --now doppel.socket"
