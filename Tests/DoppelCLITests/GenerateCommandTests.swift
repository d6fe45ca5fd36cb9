import DoppelJSON
import DoppelProtocol
import Testing
@testable import DoppelCLI

/// `doppel generate` in-process: usage errors, paths, what it prints.
@Suite struct GenerateCommandTests {
    private func run(_ arguments: [String]) -> (ExitCode, CapturingConsole) {
        let console = CapturingConsole()
        let code = DoppelCommandLine.run(arguments, console: console, environment: ["DOPPEL_NO_AUTOSTART": "1"])
        return (code, console)
    }

    @Test func helpListsEveryFlag() {
        let (code, console) = run(["generate", "--help"])
        #expect(code == .ok)
        let help = console.standardOutput
        #expect(help.hasPrefix("Usage: doppel generate [options] [prompt]\n"))
        for flag in ["--schema FILE", "--datasets K", "--rows N", "--rows-per TABLE=N", "--reality R", "--manifest", "--format json|jsonl|csv|sql",
                     "--dialect sqlite|postgres|mysql", "--sql-style copy|inserts", "--csv-null TOKEN", "--csv-datetime iso|sql",
                     "--seed S", "--out DIR", "--shard K/N", "--json",
                     "--planner auto|llm|builtin", "--text-source auto|llm|builtin"] {
            #expect(help.contains(flag), "\(flag)")
        }
        #expect(help.contains("DIR/<schema name>.sql") && help.contains("<table>.defects.jsonl"))
    }

    @Test func daemonHintsNameTheFlagTheUserTyped() {
        #expect(GenerateFlagNames.renamed("Set dataset_size to at most 5,000,000") == "Set --rows to at most 5,000,000")
        #expect(GenerateFlagNames.renamed("max_dataset_size and dataset_sizes stay") == "max_dataset_size and dataset_sizes stay")
        #expect(GenerateFlagNames.renamed("out_dir must be a directory; Set output_format to \"csv\"")
            == "--out must be a directory; Set --format to \"csv\"")
        var extra = JSONObject()
        extra.appendUnique("issues", ["Dataset size 9 exceeds limit"])
        extra.appendUnique("suggestions", ["Set dataset_size to at most 5", "Or generate fewer datasets per request"])
        let error = GenerateFlagNames.renamed(RPCError(code: .invalidParams, message: "Invalid request payload: dataset_size", extra: extra))
        #expect(error.message == "Invalid request payload: --rows")
        #expect(error.data["suggestions"] == ["Set --rows to at most 5", "Or generate fewer datasets per request"])
        #expect(error.data["issues"] == ["Dataset size 9 exceeds limit"])
    }

    @Test func aPromptOrASchemaIsRequiredButNotBoth() {
        let (none, noneConsole) = run(["generate"])
        #expect(none == .usage)
        #expect(noneConsole.standardError.contains("a PROMPT or --schema FILE is required"))
        let (both, bothConsole) = run(["generate", "users", "--schema", "/nonexistent/schema.json"])
        #expect(both == .usage)
        #expect(bothConsole.standardError.contains("--schema /nonexistent/schema.json: cannot read it"))
        let (badRows, rowsConsole) = run(["generate", "users", "--rows", "many"])
        #expect(badRows == .usage)
        #expect(rowsConsole.standardError.contains("--rows expects a whole number, got 'many'"))
    }

    @Test func rowsSendsFactRowsAndRowsPerEachTable() throws {
        let arguments = ParsedArguments(commandPath: ["doppel", "generate"],
                                        flags: ["rows": ["5000"], "rows-per": ["products=2000", "customers=1,500", "products=2500"]],
                                        positionals: ["shop with customers, products and orders"])
        let context = CLIContext(console: CapturingConsole(), environment: [:], root: CommandTable.root, globalFlags: CommandTable.globalFlags)
        let params = try GenerateRun(arguments: arguments, context: context).requestParams()
        #expect(params["fact_rows"] == 5000)
        #expect(params["dataset_size"] == nil)
        #expect(params["rows_per"] == ["products": 2500, "customers": 1500])
        let (code, console) = run(["generate", "users", "--rows-per", "products"])
        #expect(code == .usage)
        #expect(console.standardError.contains("--rows-per expects TABLE=N (a table name and a whole number), got 'products'"))
        let (bad, badConsole) = run(["generate", "users", "--rows-per", "=5"])
        #expect(bad == .usage && badConsole.standardError.contains("got '=5'"))
    }

    @Test func shapeHintsNameRowsAndRowsPer() {
        #expect(GenerateFlagNames.renamed("rows_per: unknown table \"widgets\"; the tables are customers, orders")
            == "--rows-per: unknown table \"widgets\"; the tables are customers, orders")
        #expect(GenerateFlagNames.renamed("fact_rows must be between 1 and 5,000,000, got 0") == "--rows must be between 1 and 5,000,000, got 0")
    }

    @Test func relativeOutIsTheCLIsWorkingDirectory() throws {
        let arguments = ParsedArguments(commandPath: ["doppel", "generate"], flags: [:], positionals: [])
        #expect(try GenerateRun.absolute("/srv/data", arguments: arguments) == "/srv/data")
        let resolved = try GenerateRun.absolute("./data/", arguments: arguments)
        #expect(resolved.hasPrefix("/") && resolved.hasSuffix("/data/") && !resolved.contains("/./"))
    }

    @Test func rawContentIsWhatTheFileWouldHold() {
        #expect(GenerateSummary.raw("id\n1\n", format: "csv") == "id\n1\n")
        let rows: JSON = [["id": 1], ["id": 2]]
        #expect(GenerateSummary.raw(rows, format: "jsonl") == "{\"id\":1}\n{\"id\":2}\n")
        #expect(GenerateSummary.raw(rows, format: "json") == "[\n{\"id\":1},\n{\"id\":2}\n]\n")
        #expect(GenerateSummary.raw([], format: "json") == "[\n]\n")
    }

    @Test func theSummaryNamesEveryFile() throws {
        let result = try JSONParser.parse("""
            {"success": true, "datasets": {"customers": {"size": 1200, "path": "/d/customers.csv"},
                                           "orders": {"size": 5, "path": "/d/orders.csv", "defects_path": "/d/orders.defects.jsonl"}},
             "metadata": {"total_records": 1205, "reality_level": 4, "seed": 42, "validation": {"validation_score": 9}}}
            """)
        #expect(GenerateSummary.render(result) == """
            Generated 2 datasets, 1,205 records (reality 4, seed 42, structural checks 9/10):
              customers  1,200 rows  /d/customers.csv
              orders     5 rows  /d/orders.csv
                         defects  /d/orders.defects.jsonl

            """)
    }

    @Test func theProgressLineShowsShareAndCounts() {
        #expect(ProgressBar.line(done: 300_000, total: 1_000_000, message: "rows")
                == "[#########---------------------]  30%  300,000/1,000,000 rows")
        #expect(ProgressBar.line(done: 5, total: 5, message: nil).hasPrefix("[##############################] 100%"))
        // No total: the tokens a model has streamed so far.
        #expect(ProgressBar.countLine(done: 1234, message: "tokens from the model") == "1,234 tokens from the model")
    }

    /// On a terminal, the daemon's heartbeat while a model that does not stream works (no tokens yet,
    /// the seconds waited) is drawn over the previous line; off a terminal nothing is drawn.
    @Test func aModelHeartbeatIsDrawnOnATerminalOnly() throws {
        let heartbeat = RPCNotification(method: "$/progress", params: [
            "id": 1, "done": 0, "total": .null, "message": "tokens from the model (3 s)"])
        let terminal = CapturingConsole(terminal: true)
        let bar = ProgressBar(console: terminal, delayNanos: 0)
        bar.notification(heartbeat)
        #expect(terminal.standardError == "\r\u{1B}[K0 tokens from the model (3 s)")
        bar.finish()
        #expect(terminal.standardError.hasSuffix("\r\u{1B}[K"))
        let pipe = CapturingConsole()
        ProgressBar(console: pipe, delayNanos: 0).notification(heartbeat)
        #expect(pipe.standardError.isEmpty)
    }
}
