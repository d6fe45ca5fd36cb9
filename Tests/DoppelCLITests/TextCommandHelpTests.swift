import Testing
@testable import DoppelCLI

/// Snapshots of the text commands' help, and their usage errors before any daemon is reached.
@Suite struct TextCommandHelpTests {
    private func run(_ arguments: [String]) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        let code = DoppelCommandLine.run(arguments, console: console, environment: ["DOPPEL_NO_AUTOSTART": "1"])
        return (code, console)
    }

    @Test func feedbackHelpSnapshot() {
        let (code, console) = run(["feedback", "--help"])
        #expect(code == .ok)
        #expect(console.standardOutput == """
            Usage: doppel feedback [options]

            Generate customer feedback with an exact sentiment mix (feedback.generate)

            Prints {"success": true, "data": [...]}: each item has an id, a rating that agrees with its
            sentiment, a title, the review and a timestamp. Product types: mobile_app, web_app, ecommerce,
            saas, game, hardware, restaurant, hotel, airline, bank, healthcare, education, streaming,
            car_rental, food_delivery, fitness, telecom, insurance.

            Options:
              --product-type TYPE         What is reviewed, e.g. mobile_app or hotel (required)
              --sentiment-mix balanced|positive|negative|mixed
                                          The sentiment mix (required)
              --count N                   How many items, 1 to 50 (required)
              --complexity simple|medium|complex
                                          Length and detail (default medium)
              --seed SEED                 Seed: the same seed gives the same output (default: a fresh one, printed to standard error)
              --text-source auto|llm|builtin
                                          The model if configured (auto, default), the model or an error (llm), or the built-in engine
              --out FILE                  Write the JSON to FILE (via a temporary name, then renamed) instead of standard output

            Global options:
              --socket PATH      Daemon socket (default: $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, /tmp/doppel-UID/doppel.sock)
              --timeout SECONDS  Seconds to wait for each reply; 0 waits for ever (default 60)
              --no-autostart     Never start doppeld; fail with exit 3 instead (also DOPPEL_NO_AUTOSTART=1)
              -h, --help         Show help for the command
              --version          Show the version

            """)
    }

    @Test func augmentHelpSnapshot() {
        let (code, console) = run(["augment", "-h"])
        #expect(code == .ok)
        #expect(console.standardOutput.hasPrefix("""
            Usage: doppel augment [options]

            Generate more rows like the examples in a file (synth_data.generate)

            Reads example rows from a .json file (an array of objects) or a .jsonl file (one object per
            line) and prints [{"original": {...}, "generated": "<JSON text of a new row>"}, ...]:
            examples × multiplier rows of the same shape with new values, none a copy of an example.

            Options:
              --examples FILE             Example rows: FILE.json (an array of objects) or FILE.jsonl (required)
              --multiplier M              New rows per example, 1 to 100 (default 1)
              --prompt TEXT               What the data is about; steers free text
              --model-id ID               The model to use when the daemon has one configured (ignored otherwise)
              --seed SEED
            """))
    }

    @Test(arguments: [
        (["tickets", "--count", "3"], "doppel: --product is required (a product name or type)\nRun 'doppel tickets --help' for usage.\n"),
        (["interviews", "--role", "nurse", "--count", "3"], "doppel: --level is required (junior, mid, senior or lead)\nRun 'doppel interviews --help' for usage.\n"),
        (["conversations", "--prompt", "x", "--count", "2", "--turns", "two"], "doppel: --turns expects a whole number, got 'two'\nRun 'doppel conversations --help' for usage.\n"),
        (["augment", "--multiplier", "2"], "doppel: --examples is required (a .json or .jsonl file of example rows)\nRun 'doppel augment --help' for usage.\n"),
        (["feedback", "--product-type", "hotel", "--sentiment-mix", "positive", "--count", "2", "--text-source", "gpt"],
         "doppel: --text-source must be one of auto, llm, builtin, got 'gpt'\nRun 'doppel feedback --help' for usage.\n"),
    ])
    func usageErrorsNameTheFlag(arguments: [String], message: String) {
        let (code, console) = run(arguments)
        #expect(code == .usage)
        #expect(console.standardOutput.isEmpty)
        #expect(console.standardError == message)
    }
}
