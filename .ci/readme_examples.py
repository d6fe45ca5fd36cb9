"""Runs every example in a client README: each fenced block of the language
(```python, ```js or ```lua) is written to a file and run with the given
interpreter, which must exit 0. For nvim the interpreter is the plugin's
directory: the block runs in a headless Neovim with the plugin on its runtimepath."""
import os
import re
import subprocess
import sys
import tempfile

language, readme, interpreter = sys.argv[1], sys.argv[2], sys.argv[3]
fence = {"python": "python", "node": "js", "nvim": "lua"}[language]
text = open(readme, encoding="utf-8").read()
blocks = re.findall(r"^```" + fence + r"\n(.*?)^```", text, flags=re.S | re.M)
if not blocks:
    sys.exit(f"{readme}: no ```{fence} examples found")
for i, block in enumerate(blocks, 1):
    suffix = {"python": ".py", "node": ".mjs", "nvim": ".lua"}[language]
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, dir=os.path.dirname(readme)) as f:
        f.write(block)
    try:
        if language == "nvim":
            run = ("lua local ok, e = pcall(dofile, %r); if ok then vim.cmd('qall!') "
                   "else io.stderr:write(tostring(e) .. '\\n'); vim.cmd('cquit 1') end") % f.name
            # -u NONE skips plugin loading; load this one as a normal start-up would.
            command = ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "--cmd", "set rtp+=" + interpreter,
                       "-c", "runtime plugin/doppel.lua", "-c", run]
        else:
            command = [interpreter, f.name]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        sys.exit(f"{readme}: example {i} failed ({done.returncode}):\n{block}\n{done.stdout}{done.stderr}")
    print(f"{readme}: example {i} ok")
