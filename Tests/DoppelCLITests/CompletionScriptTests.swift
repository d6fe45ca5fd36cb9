import Foundation
import Testing
@testable import DoppelCLI

/// The checked-in scripts are exactly what `doppel completions` prints, and
/// real shells load them and complete subcommands and flags.
@Suite struct CompletionScriptTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("clients/completions")

    static func path(_ shell: CompletionShell) -> String { directory.appendingPathComponent(shell.fileName).path }

    static func generated(_ shell: CompletionShell) -> String {
        CompletionScript.generate(shell, root: CommandTable.root, globalFlags: CommandTable.globalFlags)
    }

    /// A shell is required in CI (.ci/run installs it); elsewhere its tests run when it is installed.
    static func available(_ shell: String) -> Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || ["/usr/bin/", "/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + shell) }
    }

    @Test(arguments: CompletionShell.allCases)
    func checkedInScriptMatchesTheCommandTable(shell: CompletionShell) throws {
        let onDisk = try String(contentsOfFile: Self.path(shell), encoding: .utf8)
        #expect(onDisk == Self.generated(shell),
                "clients/completions/\(shell.fileName) is stale: regenerate with `doppel completions \(shell.rawValue) > clients/completions/\(shell.fileName)`")
    }

    @Test(.enabled(if: available("bash")))
    func bashLoadsAndCompletes() throws {
        let script = """
            source '\(Self.path(.bash))'
            complete -p doppel
            t() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _doppel; echo "${COMPREPLY[*]}"; }
            t doppel ''
            t doppel daemon ''
            t doppel --socket /tmp/x st
            t doppel status --j
            t doppel completions ''
            t doppel daemon stop --no
            """
        let out = try shell("/bin/bash", ["--norc", "--noprofile", "-c", script])
        #expect(out == """
            complete -F _doppel doppel
            generate plan schema generate-data datasets replay feedback tickets interviews conversations augment ping status daemon rpc completions --socket --timeout --no-autostart --help -h --version
            start stop status restart --socket --timeout --no-autostart --help -h --version
            status
            --json
            bash zsh fish --socket --timeout --no-autostart --help -h --version
            --no-autostart

            """)
    }

    @Test(.enabled(if: available("zsh")))
    func zshLoadsAndCompletes() throws {
        // compinit registers the function; _describe (zsh's own widget
        // plumbing) is replaced by a printer so the candidates can be read.
        let script = """
            autoload -U compinit && compinit -u -D
            source '\(Self.path(.zsh))'
            print -r -- "registered: ${_comps[doppel]}"
            _describe() { local name=${@[-1]}; print -r -- "${(j: :)${(@)${(P)name}%%:*}}" }
            t() { words=("$@"); CURRENT=${#words}; _doppel }
            t doppel ''
            t doppel daemon ''
            t doppel --timeout 3 status ''
            """
        let out = try shell("/usr/bin/zsh", ["-f", "-c", script])
        #expect(out == """
            registered: _doppel
            generate plan schema generate-data datasets replay feedback tickets interviews conversations augment ping status daemon rpc completions --socket --timeout --no-autostart --help -h --version
            start stop status restart --socket --timeout --no-autostart --help -h --version
            --json --socket --timeout --no-autostart --help -h --version

            """)
    }

    /// Interactive zsh in a pseudo-terminal (zpty): Tab really completes a
    /// subcommand and a flag on the command line.
    @Test(.enabled(if: available("zsh")))
    func zshCompletesOnTab() throws {
        let script = #"""
            zmodload zsh/zpty
            zpty z zsh -f -i
            buffer=""
            expect() {
                local deadline=$(( SECONDS + 10 )) chunk
                while (( SECONDS < deadline )); do
                    if zpty -r -t z chunk; then
                        buffer+=$chunk
                        [[ $buffer == *$1* ]] && { print -r -- "saw: $1"; buffer=""; return 0 }
                    else
                        sleep 0.05
                    fi
                done
                print -r -- "missing: $1"
                return 1
            }
            zpty -w z "PS1='ready> '; autoload -U compinit; compinit -u -D; source '\#(Self.path(.zsh))'; setopt nobeep"
            expect 'ready> '
            zpty -w -n z $'doppel daemon rest	'
            expect 'doppel daemon restart'
            zpty -w -n z $'\C-u'
            zpty -w -n z $'doppel --socket /tmp/x status --js	'
            expect 'status --json'
            zpty -d z
            """#
        let out = try shell("/usr/bin/zsh", ["-f", "-c", script])
        #expect(out == "saw: ready> \nsaw: doppel daemon restart\nsaw: status --json\n")
    }

    @Test(.enabled(if: available("fish")))
    func fishLoadsAndCompletes() throws {
        let script = """
            source '\(Self.path(.fish))'
            complete -C'doppel daemon ' | string replace -r '\\t.*' ''
            echo ==
            complete -C'doppel status --j' | string replace -r '\\t.*' ''
            """
        let out = try shell("/usr/bin/fish", ["--no-config", "-c", script])
        #expect(out == "restart\nstart\nstatus\nstop\n==\n--json\n")
    }

    private func shell(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
