"""Runs every example in a client README: each fenced block of the language
(```python or ```js) is written to a file and run with the given interpreter,
which must exit 0. Blocks fenced as ```python no-run are shown, not run."""
import os
import re
import subprocess
import sys
import tempfile

language, readme, interpreter = sys.argv[1], sys.argv[2], sys.argv[3]
fence = {"python": "python", "node": "js"}[language]
text = open(readme, encoding="utf-8").read()
blocks = re.findall(r"^```" + fence + r"\n(.*?)^```", text, flags=re.S | re.M)
if not blocks:
    sys.exit(f"{readme}: no ```{fence} examples found")
for i, block in enumerate(blocks, 1):
    suffix = ".py" if language == "python" else ".mjs"
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, dir=os.path.dirname(readme)) as f:
        f.write(block)
    try:
        done = subprocess.run([interpreter, f.name], capture_output=True, text=True, timeout=120)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        sys.exit(f"{readme}: example {i} failed ({done.returncode}):\n{block}\n{done.stdout}{done.stderr}")
    print(f"{readme}: example {i} ok")
