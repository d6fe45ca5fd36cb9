"""Drives bench/llm-local.sh: plans and texts through a doppeld whose model is
a local llama-cpp-python server, with the daemon's CPU read from /proc/PID/stat
around every call. Prints a Markdown section for bench/RESULTS.md."""
import json, os, re, statistics, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "clients", "python"))
from doppel_client import DoppelClient  # noqa: E402

# General prompts of the kinds users write (none from ../shared/eval).
PROMPTS = [
    "A library with members, books, authors and loans",
    "customers (id, name, email, signup_date) and their orders (id, customer_id, total, placed_at)",
    "A gym with members, trainers, classes and bookings",
    "Employees, departments and the projects they work on",
    "A school with students, teachers, courses and enrollments with grades",
    "An online store with products, categories, carts and cart items",
    "A hospital with patients, doctors and appointments",
    "A ride-sharing app with drivers, riders and trips (id, driver_id, rider_id, fare, started_at)",
    "A blog with users, posts and comments",
    "A warehouse with suppliers, products, stock levels and shipments",
]
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def call(client, method, params):
    """The whole reply (result and envelope warnings), the seconds it took, and the daemon's CPU meanwhile."""
    client.next_id += 1
    message = {"jsonrpc": "2.0", "id": client.next_id, "method": method, "params": params}
    before, start = cpu_seconds(PID), time.monotonic()
    client._send(message)
    while True:
        reply = client._receive()
        if reply.get("id") == client.next_id:
            break
    return reply, time.monotonic() - start, cpu_seconds(PID) - before


def words(text):
    return re.findall(r"[a-z']+", text.lower())


def bigram_ratio(texts):
    bigrams = [tuple(w[i:i + 2]) for w in map(words, texts) for i in range(len(w) - 1)]
    return len(set(bigrams)) / max(1, len(bigrams))


PID = int(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
client = DoppelClient(sys.argv[1], timeout=3600)

outcomes = {"accepted": 0, "repaired": 0, "fallback": 0, "error": 0}
times, cpu, wall = [], 0.0, 0.0
for prompt in PROMPTS[:count]:
    reply, seconds, used = call(client, "schema.plan", {"prompt": prompt, "planner": "llm"})
    times.append(seconds)
    cpu, wall = cpu + used, wall + seconds
    if "error" in reply:
        outcomes["error"] += 1
        why = reply["error"].get("message", "")[:120]
    else:
        result = reply["result"]
        warnings = " ".join(result.get("warnings", []))
        if result.get("planner") != "llm":
            outcomes["fallback"] += 1
        elif "repaired" in warnings:
            outcomes["repaired"] += 1
        else:
            outcomes["accepted"] += 1
        why = next((w for w in result.get("warnings", []) if "LLM" in w), "")[:160]
    print(f"- plan {seconds:6.1f} s, daemon CPU {used:.2f} s: {prompt[:60]!r} {why}", file=sys.stderr)

text_rows = []
for source in ["llm", "builtin"]:
    params = {"productType": "hotel", "sentimentMix": "balanced", "feedbackCount": 10,
              "complexityLevel": "simple", "seed": 1, "text_source": source}
    reply, seconds, used = call(client, "feedback.generate", params)
    items = reply.get("result", {}).get("data", [])
    texts = [i["content"] for i in items]
    fallback = sum(int(m.group(2)) - int(m.group(1)) + 1
                   for w in reply.get("warnings", []) for m in [re.search(r"(\d+)–(\d+)", w)] if m)
    text_rows.append((source, seconds, used, len(items), min(fallback, len(items)), bigram_ratio(texts),
                      statistics.mean(len(words(t)) for t in texts) if texts else 0, reply.get("warnings", [])))

status = client.call("status")["llm"]
print()
print(f"Plans over {count} prompts (`schema.plan`, `planner: llm`, response cache off):")
print()
print("| accepted | repaired | fell back | errors | time per call, median (min–max) | daemon CPU while waiting |")
print("|---:|---:|---:|---:|---|---:|")
print(f"| {outcomes['accepted']} | {outcomes['repaired']} | {outcomes['fallback']} | {outcomes['error']} | "
      f"{statistics.median(times):.1f} s ({min(times):.1f}–{max(times):.1f}) | "
      f"{cpu:.2f} CPU-s in {wall:.0f} s = {100 * cpu / max(wall, 1e-9):.2f} % of a core |")
print()
print("Feedback texts (10, simple, hotel, balanced):")
print()
print("| source | time | daemon CPU | items | by the built-in engine | distinct bigrams | words per text |")
print("|---|---:|---:|---:|---:|---:|---:|")
for source, seconds, used, n, fallback, ratio, length, _ in text_rows:
    print(f"| {source} | {seconds:.1f} s | {used:.2f} s | {n} | {fallback} | {ratio:.2f} | {length:.1f} |")
for source, *_, warnings in text_rows:
    for w in warnings:
        print(f"\n- {source} warning: {w[:300]}")
print()
print(f"status.llm: failures_by_kind {json.dumps(status.get('failures_by_kind'))}, "
      f"upstream_calls {status.get('upstream_calls')}, tokens_out {status.get('tokens_out')}")
