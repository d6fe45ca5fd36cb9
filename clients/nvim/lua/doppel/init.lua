-- Doppel in Neovim: plan, generate, validate on save, complete kind names.
-- Talks to doppeld over its socket (lua/doppel/rpc.lua). Neovim 0.7 or later.
local rpc = require("doppel.rpc")
local jsonfmt = require("doppel.jsonfmt")

local M = {}

M.config = { socket = nil, autostart = true, daemon = nil, timeout = 60000, preview_rows = 20 }
M.namespace = vim.api.nvim_create_namespace("doppel")

local connection = nil
local kinds_cache = nil

local function notify(message, level)
  vim.notify("doppel: " .. message, level or vim.log.levels.INFO)
end

--- The open connection, connecting (and starting doppeld when allowed) if needed.
function M.connection()
  if connection and not connection.closed then return connection end
  local path = rpc.socket_path(M.config.socket)
  local function try()
    local ready, conn, err = false, nil, nil
    rpc.connect(path, function(c, e) ready, conn, err = true, c, e end)
    vim.wait(5000, function() return ready end, 5)
    return conn, err
  end
  local conn, err = try()
  if not conn and M.config.autostart then
    local exe = M.config.daemon or vim.env.DOPPELD or "doppeld"
    vim.fn.mkdir(vim.fn.fnamemodify(path, ":h"), "p", 448) -- 0700
    vim.fn.system({ exe, "--detach", "--socket", path })
    conn, err = try()
  end
  if not conn then error("no doppeld at " .. path .. " (" .. tostring(err) .. ")", 0) end
  conn:request_sync("initialize", { client = { name = "doppel-nvim", version = "0.1.0" }, protocol = "1.0" }, M.config.timeout)
  connection = conn
  return conn
end

--- A request that waits for its reply; raises with the daemon's message on error.
function M.call(method, params)
  local err, result = M.connection():request_sync(method, params, M.config.timeout)
  if err then error(type(err) == "table" and (err.message or vim.inspect(err)) or tostring(err), 0) end
  return result
end

--- Every kind from kinds.list (cached for the session).
function M.kinds()
  if not kinds_cache then kinds_cache = M.call("kinds.list").kinds end
  return kinds_cache
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n") .. "\n"
end

local function scratch(lines, filetype, split)
  vim.cmd(split and "botright new" or "enew")
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].swapfile = false
  if filetype then vim.bo[buf].filetype = filetype end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  return buf
end

--- :DoppelPlan {prompt}: the planned schema in a new JSON buffer.
function M.plan(prompt)
  local result = M.call("schema.plan", { prompt = prompt })
  local lines = vim.split(jsonfmt.schema(result.schema), "\n", { plain = true })
  local buf = scratch(lines, "json", false)
  for _, w in ipairs(result.warnings or {}) do notify(w, vim.log.levels.WARN) end
  return buf
end

--- :DoppelGenerate [rows]: runs the schema in the current buffer; the first rows of each table in a split.
function M.generate(rows)
  local ok, schema = pcall(vim.json.decode, buffer_text(0))
  if not ok or type(schema) ~= "table" then error("the buffer is not a JSON schema: " .. tostring(schema), 0) end
  local result = M.call("generate", { schema = schema, rows = tonumber(rows) or 10, output_format = "csv" })
  local lines = {}
  for _, name in ipairs(result.metadata.validation.entity_types_generated or {}) do
    local d = result.datasets[name]
    table.insert(lines, "-- " .. name .. " (" .. d.size .. " rows)")
    local body = vim.split(d.content or "", "\n", { plain = true })
    for i = 1, math.min(#body, M.config.preview_rows + 1) do
      if body[i] ~= "" then table.insert(lines, body[i]) end
    end
    table.insert(lines, "")
  end
  return scratch(lines, "csv", true)
end

--- :DoppelStatus: the daemon's figures.
function M.status()
  local s = M.call("status")
  local lines = {
    string.format("doppeld %s (pid %s, %s) on %s", tostring(s.version), tostring(s.pid), tostring(s.state), tostring(s.socket)),
    string.format("uptime %ss, %s open connection(s) of %s", tostring(s.uptimeSeconds),
                  tostring((s.connections or {}).open), tostring((s.connections or {}).total)),
  }
  for method, m in pairs(s.methods or {}) do
    table.insert(lines, string.format("  %-24s %6d calls %4d errors", method, m.count or 0, m.errors or 0))
  end
  print(table.concat(lines, "\n"))
  return lines
end

--- Diagnostics from schema.validate for `bufnr` (the quickfix of a schema file).
function M.validate(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local result = M.call("schema.validate", { text = buffer_text(bufnr) })
  local diagnostics = {}
  for _, p in ipairs(result.problems or {}) do
    local lnum = p.line - 1
    local text = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ""
    -- The daemon counts characters; Neovim wants bytes.
    local ok, col = pcall(vim.str_byteindex, text, p.column - 1)
    table.insert(diagnostics, {
      lnum = lnum, col = ok and col or 0, source = "doppel", message = p.message,
      severity = p.severity == "warning" and vim.diagnostic.severity.WARN or vim.diagnostic.severity.ERROR,
      user_data = { pointer = p.pointer, suggestion = p.suggestion },
    })
  end
  vim.diagnostic.set(M.namespace, bufnr, diagnostics)
  return diagnostics
end

--- Whether a buffer holds a Doppel schema (JSON with "entities", or a $schema naming ours).
function M.is_schema(bufnr)
  local head = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, 50, false), "\n")
  return head:find('"entities"') ~= nil or head:find("doppel%-schema") ~= nil
end

--- omnifunc: kind names inside "kind": "…".
function M.complete(findstart, base)
  local line = vim.api.nvim_get_current_line()
  local col = vim.api.nvim_win_get_cursor(0)[2]
  local before = line:sub(1, col)
  local start = before:match('.*"kind"%s*:%s*"()[%w%._]*$')
  if findstart == 1 then
    return start and (start - 1) or -3 -- -3: cancel silently
  end
  local items = {}
  for _, k in ipairs(M.kinds()) do
    if k.kind:sub(1, #base) == base then
      table.insert(items, { word = k.kind, menu = k.type, info = k.summary, kind = k.group })
    end
  end
  return items
end

function M.setup(opts)
  M.config = vim.tbl_extend("force", M.config, opts or {})
  local group = vim.api.nvim_create_augroup("doppel", { clear = true })
  vim.api.nvim_create_autocmd("BufWritePost", {
    group = group, pattern = "*.json",
    callback = function(args)
      if not M.is_schema(args.buf) then return end
      local ok, err = pcall(M.validate, args.buf)
      if not ok then notify(err, vim.log.levels.WARN) end
    end,
  })
  -- By file name as well as file type, so it works without `filetype on`.
  local function complete_here(args) vim.bo[args.buf].omnifunc = "v:lua.require'doppel'.complete" end
  vim.api.nvim_create_autocmd("FileType", { group = group, pattern = "json", callback = complete_here })
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, { group = group, pattern = "*.json", callback = complete_here })
end

return M
