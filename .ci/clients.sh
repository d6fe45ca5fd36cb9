#!/usr/bin/env bash
# Tests of the non-Swift clients against the real daemon (issue 15): the Python
# package and its pytest plugin, the Node package, the Neovim plugin, and every
# example in the client READMEs. Called by .ci/run after `swift build`, before
# `swift test`. Each client's block installs what it needs and is skipped with a
# message (never silently) when its runtime cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=$root/.build/debug
export PATH="$bin:$PATH"
export DOPPELD="$bin/doppeld"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
apt_install() {
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$@" >/dev/null
}

# systemd-socket-activate, for InstallEndToEndTests in `swift test` (Debian's
# systemd package; it needs no running systemd).
[ -x /usr/bin/systemd-socket-activate ] || command -v systemd-socket-activate >/dev/null 2>&1 || apt_install systemd

# A private daemon for the run: its own socket directory, debug methods for the
# cancellation tests, stopped on exit whatever happens.
work=$(mktemp -d /tmp/doppel-clients.XXXXXX)
chmod 700 "$work"
export DOPPEL_SOCKET=$work/doppel.sock
"$bin/doppeld" --detach --socket "$DOPPEL_SOCKET" --enable-debug-methods --idle-timeout 900
cleanup() {
    "$bin/doppel" daemon stop --socket "$DOPPEL_SOCKET" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# pytest exits 5 when it collects no tests: that is a failure here (a suite went missing).
run_pytest() {
    local status=0
    "$@" || status=$?
    if [ "$status" -eq 5 ]; then echo "pytest collected no tests: $*" >&2; return 1; fi
    return "$status"
}

# --- Python: the package, its pytest plugin and the example suite -------------
echo "== clients/python" >&2
# Debian's python3 needs python3-venv for this; install it once if the first try fails.
python3 -m venv "$work/venv" 2>/dev/null || { rm -rf "$work/venv"; apt_install python3-venv; python3 -m venv "$work/venv"; }
"$work/venv/bin/pip" install -q --disable-pip-version-check "$root/clients/python" pytest
run_pytest "$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$root/clients/python/tests" "$root/clients/python/examples"
"$work/venv/bin/python" .ci/readme_examples.py python "$root/clients/python/README.md" "$work/venv/bin/python"

# --- Node: the package and its node:test example ------------------------------
if [ -d clients/node ] && [ -f clients/node/package.json ]; then
    echo "== clients/node" >&2
    command -v node >/dev/null 2>&1 || apt_install nodejs
    (cd clients/node && node --test)
    python3 .ci/readme_examples.py node "$root/clients/node/README.md" node
fi

# --- Neovim: the plugin, headless --------------------------------------------
if [ -d clients/nvim ]; then
    echo "== clients/nvim" >&2
    command -v nvim >/dev/null 2>&1 || apt_install neovim
    # `-c luafile` rather than `-l`: Debian 12's Neovim 0.7 has no -l. The script exits with cquit on failure.
    nvim --headless -u NONE -i NONE --cmd "set rtp+=$root/clients/nvim" -c "luafile $root/clients/nvim/test/run.lua"
    python3 .ci/readme_examples.py nvim "$root/clients/nvim/README.md" "$root/clients/nvim"
fi
