-- Headless test of the plugin against the real daemon ($DOPPEL_SOCKET).
--   nvim --headless -u NONE -i NONE --cmd "set rtp+=clients/nvim" -c "luafile clients/nvim/test/run.lua"
-- Exits 0 when every check passes, 1 (cquit) otherwise, naming the failed check.
vim.cmd("runtime plugin/doppel.lua")
local doppel = require("doppel")
local failures = 0

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    io.stdout:write("ok   " .. name .. "\n")
  else
    failures = failures + 1
    io.stdout:write("FAIL " .. name .. ": " .. tostring(err) .. "\n")
  end
end

local function expect(cond, message) if not cond then error(message, 2) end end

check("kinds.list through the socket", function()
  local found
  for _, k in ipairs(doppel.kinds()) do if k.kind == "internet.email" then found = k end end
  expect(found and found.type == "string", "internet.email missing from kinds.list")
end)

local dir = vim.fn.tempname()
vim.fn.mkdir(dir, "p")

check("diagnostics from schema.validate on save", function()
  vim.cmd("edit " .. dir .. "/shop.json")
  vim.api.nvim_buf_set_lines(0, 0, -1, false, {
    '{"entities": [',
    '  {"name": "users", "fields": [',
    '    {"name": "é", "kind": "internet.emial"},',
    '    {"name": "age", "nulable": true, "kind": "person.age"}]}]}',
  })
  vim.cmd("write")
  local d = vim.diagnostic.get(0, { namespace = doppel.namespace })
  table.sort(d, function(a, b) return a.lnum < b.lnum end)
  expect(#d == 2, "expected 2 diagnostics, got " .. #d .. ": " .. vim.inspect(d))
  expect(d[1].lnum == 2 and d[1].severity == vim.diagnostic.severity.ERROR, vim.inspect(d[1]))
  -- Byte column of the value "internet.emial": the é before it is two bytes.
  local line = vim.api.nvim_buf_get_lines(0, 2, 3, false)[1]
  expect(d[1].col == line:find('"internet.emial"', 1, true) - 1, "col " .. d[1].col)
  expect(d[1].message:find("did you mean `internet.email`", 1, true), d[1].message)
  expect(d[2].lnum == 3 and d[2].severity == vim.diagnostic.severity.WARN and d[2].message:find("nullable"), vim.inspect(d[2]))
end)

check("completion of kind names inside \"kind\": \"…\"", function()
  expect(vim.bo.omnifunc == "v:lua.require'doppel'.complete", "omnifunc not set: " .. vim.bo.omnifunc)
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { '    {"name": "m", "kind": "internet.em' })
  vim.api.nvim_win_set_cursor(0, { 1, #vim.api.nvim_get_current_line() })
  local start = doppel.complete(1, "")
  expect(start == #'    {"name": "m", "kind": "', "start " .. tostring(start))
  local words = {}
  for _, item in ipairs(doppel.complete(0, "internet.em")) do table.insert(words, item.word) end
  expect(vim.deep_equal(words, { "internet.email" }), vim.inspect(words))
  vim.api.nvim_buf_set_lines(0, 0, -1, false, { '    {"name": "internet.em' })
  vim.api.nvim_win_set_cursor(0, { 1, #vim.api.nvim_get_current_line() })
  expect(doppel.complete(1, "") == -3, "completes outside a kind")
end)

local planned
check(":DoppelPlan opens the schema in a JSON buffer", function()
  vim.cmd("DoppelPlan customers (id, name, email) and their orders (id, customer_id, total)")
  planned = vim.api.nvim_get_current_buf()
  expect(vim.bo[planned].filetype == "json", "filetype " .. vim.bo[planned].filetype)
  local text = table.concat(vim.api.nvim_buf_get_lines(planned, 0, -1, false), "\n")
  local schema = vim.json.decode(text)
  expect(#schema.entities == 2 and schema.entities[1].name == "customers", text)
  expect(text:find('^{\n  "name"'), "members in the schema's order: " .. text:sub(1, 40))
end)

check(":DoppelGenerate 3 shows the first rows in a split", function()
  local windows = #vim.api.nvim_list_wins()
  vim.cmd("DoppelGenerate 3")
  expect(#vim.api.nvim_list_wins() == windows + 1, "no split")
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  expect(lines[1] == "-- customers (3 rows)", lines[1])
  expect(lines[2]:find("^id,"), "CSV header: " .. tostring(lines[2]))
  expect(#vim.tbl_filter(function(l) return l:match("^%d+,") end, lines) == 6, vim.inspect(lines))
end)

check(":DoppelStatus", function()
  local lines = doppel.status()
  expect(lines[1]:find("^doppeld ") and lines[1]:find(vim.env.DOPPEL_SOCKET, 1, true), lines[1])
end)

vim.fn.delete(dir, "rf")
io.stdout:write(failures == 0 and "all nvim checks passed\n" or (failures .. " nvim check(s) failed\n"))
vim.cmd(failures == 0 and "qall!" or "cquit 1")
