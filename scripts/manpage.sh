#!/usr/bin/env bash
# Prints a man page made from an executable's --help text:
#   scripts/manpage.sh NAME SECTION EXECUTABLE
# For doppel, every subcommand's --help becomes a subsection of COMMANDS, so
# the page says exactly what the help says (one home for the words).
set -euo pipefail
name=$1 section=$2 exe=$3

# roff: backslashes doubled as \e, and a line may not start with . or '.
escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

help=$("$exe" --help)
summary=$(printf '%s\n' "$help" | awk 'NF && !/^Usage:/ {print; exit}')
version=$("$exe" --version 2>/dev/null | head -1 || true)
upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')

printf '.\\" -*- coding: UTF-8 -*-\n'
printf '.TH %s %s "" "%s" "%s"\n' "$upper" "$section" "$version" \
    "$([ "$section" = 8 ] && echo "System Administration" || echo "User Commands")"
printf '.SH NAME\n%s \\- %s\n' "$name" "$(printf '%s' "$summary" | escape)"
printf '.SH DESCRIPTION\n.nf\n'
printf '%s\n' "$help" | escape
printf '.fi\n'

if [ "$name" = doppel ]; then
    printf '.SH COMMANDS\n'
    # Subcommands are the indented first words of the "Commands:" block.
    commands=$(printf '%s\n' "$help" | awk '/^Commands:/ {on=1; next} on && /^[^ ]/ {on=0} on && NF {print $1}')
    for c in $commands; do
        printf '.SS %s %s\n.nf\n' "$name" "$c"
        "$exe" "$c" --help | escape
        printf '.fi\n'
        subs=$("$exe" "$c" --help | awk '/^Commands:/ {on=1; next} on && /^[^ ]/ {on=0} on && NF {print $1}')
        for s in $subs; do
            printf '.SS %s %s %s\n.nf\n' "$name" "$c" "$s"
            "$exe" "$c" "$s" --help | escape
            printf '.fi\n'
        done
    done
fi
printf '.SH SEE ALSO\n'
if [ "$name" = doppel ]; then printf 'doppeld(8)\n'; else printf 'doppel(1), systemd.socket(5)\n'; fi
