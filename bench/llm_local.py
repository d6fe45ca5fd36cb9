"""Drives bench/llm-local.sh: plans and texts through a doppeld whose model is
a local llama-cpp-python server, with the daemon's CPU read from /proc/PID/stat
around every call. Prints a Markdown section for bench/RESULTS.md."""
import json, os, re, statistics, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "clients", "python"))
from doppel_client import DoppelClient  # noqa: E402
import text_judges  # noqa: E402  (bench/text_judges.py)

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

# Feedback reviews, the model against the built-in engine, judged by the
# realism issue's judges. Items the model did not write (the built-in engine
# filled them in) are told apart by comparing with the built-in run of the
# same request: the built-in text of a slot is drawn from the slot's own seed.
FEEDBACK = [("hotel", "simple", 20, 1), ("mobile_app", "simple", 20, 2), ("restaurant", "medium", 10, 3)]
text_calls, pairs, warnings_seen = [], {"llm": [], "builtin": [], "model": []}, []
for product, complexity, n, seed in FEEDBACK:
    items = {}
    for source in ["builtin", "llm"]:
        params = {"productType": product, "sentimentMix": "balanced", "feedbackCount": n,
                  "complexityLevel": complexity, "seed": seed, "text_source": source}
        reply, seconds, used = call(client, "feedback.generate", params)
        if "error" in reply:
            print(f"- feedback {source} {product}: error {reply['error']}", file=sys.stderr)
            items[source] = []
            continue
        items[source] = reply["result"].get("data", [])
        warnings = reply["result"].get("warnings", []) + reply.get("warnings", [])
        text_calls.append((source, product, complexity, seconds, used, warnings))
        if source == "llm":
            warnings_seen += [f"{product}/{complexity}: {w}" for w in warnings]
        pairs[source] += [(i["rating"], i["title"] + ". " + i["content"]) for i in items[source]]
        print(f"- feedback {source} {product}/{complexity} x{n}: {seconds:.1f} s, {len(warnings)} warnings", file=sys.stderr)
    builtin_texts = {(i["id"], i["content"]) for i in items["builtin"]}
    pairs["model"] += [(i["rating"], i["title"] + ". " + i["content"]) for i in items["llm"]
                       if (i["id"], i["content"]) not in builtin_texts]

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
print("Feedback calls (`feedback.generate`, balanced mix):")
print()
print("| text_source | product / complexity | time | daemon CPU | warnings |")
print("|---|---|---:|---:|---:|")
for source, product, complexity, seconds, used, warnings in text_calls:
    print(f"| {source} | {product} / {complexity} | {seconds:.1f} s | {used:.2f} s | {len(warnings)} |")
llm_wall = sum(c[3] for c in text_calls if c[0] == "llm")
llm_cpu = sum(c[4] for c in text_calls if c[0] == "llm")
print()
print(f"Daemon CPU over the `text_source: llm` calls: {llm_cpu:.2f} CPU-s in {llm_wall:.0f} s = "
      f"{100 * llm_cpu / max(llm_wall, 1e-9):.2f} % of a core.")
print()
print("Text judges (issue 13) on the same feedback items (title and content):")
print()
print("| texts | items | VADER agrees with rating | mean compound, ratings 1–2 | ratings 4–5 | article errors | distinct bigram ratio |")
print("|---|---:|---:|---:|---:|---:|---:|")
labels = {"builtin": "built-in engine", "llm": "`text_source: llm`, as returned", "model": "of those, written by the model"}
for key in ["builtin", "llm", "model"]:
    group = pairs[key]
    texts = [t for _, t in group]
    if not group:
        print(f"| {labels[key]} | 0 | – | – | – | – | – |")
        continue
    agree, neg, pos, judged = text_judges.vader(group)
    print(f"| {labels[key]} | {len(group)} | {100 * agree:.1f} % of {judged} | {neg:.3f} | {pos:.3f} | "
          f"{text_judges.article_errors(texts)} | {text_judges.bigram_ratio(texts):.3f} |")
for w in warnings_seen:
    print(f"\n- warning ({w[:300]})")
print()
print(f"status.llm: failures_by_kind {json.dumps(status.get('failures_by_kind'))}, "
      f"last_error {json.dumps(status.get('last_error'))[:300]}, "
      f"upstream_calls {status.get('upstream_calls')}, tokens_out {status.get('tokens_out')}")
