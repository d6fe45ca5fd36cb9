import DoppelJSON
import Testing
@testable import DoppelCLI

/// `doppel status` shows the LLM backend in one line.
@Suite struct StatusReportLLMTests {
    @Test func configuredBackendShowsItsFigures() {
        let llm: JSON = ["configured": true, "model": "llama3", "base_url": "http://127.0.0.1:11434/v1", "api_key": "unset",
                         "cache": "disk", "hits": 3, "misses": 1, "upstream_calls": 1, "tokens_in": 10, "tokens_out": 20,
                         "bytes_held": 512, "budget": ["requests_today": 1, "tokens_today": 30, "max_requests_per_day": 100,
                                                       "max_tokens_per_day": .null]]
        #expect(StatusReport.llmLine(llm) == "llama3 at http://127.0.0.1:11434/v1, API key unset, cache disk: 3 hits, 1 misses, "
            + "1 upstream calls, 10/20 tokens in/out, 512 bytes held; today 1/100 requests, 30 tokens")
        let report = StatusReport.render(["workers": ["threads": 2, "busy": 0, "queued": 0], "llm": llm])
        #expect(report.contains("workers:     2 threads, 0 busy, 0 queued\nllm:         llama3 at "))
        let processes = StatusReport.render(["workers": ["threads": 2, "busy": 1, "queued": 0, "processes": true, "running": 2,
                                                         "warm": 1, "crashes": 3]])
        #expect(processes.contains("workers:     2 threads, 1 busy, 0 queued; processes: 2 running (1 warm), 3 crashed\n"), "\(processes)")
    }

    @Test func failuresByKindAndTheLastErrorAreShown() {
        let llm: JSON = ["configured": true, "model": "m", "base_url": "http://127.0.0.1:8080/v1", "api_key": "unset",
                         "cache": "off", "failures_by_kind": ["LLM_OUTPUT_INVALID": 1, "LLM_TIMEOUT": 2],
                         "last_error": ["kind": "LLM_TIMEOUT", "message": "no complete answer within 60 s",
                                        "at": "2026-12-03T08:00:00Z"]]
        #expect(StatusReport.llmLine(llm).hasSuffix("; failures LLM_OUTPUT_INVALID 1, LLM_TIMEOUT 2; "
            + "last error LLM_TIMEOUT at 2026-12-03T08:00:00Z: no complete answer within 60 s"))
    }

    @Test func unconfiguredBackendSaysSo() {
        #expect(StatusReport.llmLine(["configured": false, "model": .null]) == "no model configured (text comes from the built-in engine)")
    }
}
