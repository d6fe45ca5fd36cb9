-- The wire protocol over vim.loop pipes: a 4-byte big-endian length, then
-- that many bytes of UTF-8 JSON-RPC 2.0 (protocol/PROTOCOL.md).
-- Works on Neovim 0.7 (LuaJIT: the `bit` library, vim.json, vim.wait).
local uv = vim.loop
local bit = require("bit")

local M = {}

local MAX_FRAME = 16 * 1024 * 1024

--- The daemon's socket, by the same rule as `doppel`.
function M.socket_path(explicit)
  if explicit and explicit ~= "" then return explicit end
  local env = vim.env
  if env.DOPPEL_SOCKET and env.DOPPEL_SOCKET ~= "" then return env.DOPPEL_SOCKET end
  if env.XDG_RUNTIME_DIR and env.XDG_RUNTIME_DIR ~= "" then return env.XDG_RUNTIME_DIR .. "/doppel/doppel.sock" end
  return (env.TMPDIR or "/tmp") .. "/doppel-" .. uv.getuid() .. "/doppel.sock"
end

local function be32(n)
  return string.char(bit.band(bit.rshift(n, 24), 255), bit.band(bit.rshift(n, 16), 255),
                     bit.band(bit.rshift(n, 8), 255), bit.band(n, 255))
end

local function read_be32(s, i)
  local a, b, c, d = s:byte(i, i + 3)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

local Connection = {}
Connection.__index = Connection

--- Connects to `path`; `on_ready(conn, err)` runs on the main loop.
function M.connect(path, on_ready)
  local pipe = uv.new_pipe(false)
  local conn = setmetatable({ pipe = pipe, path = path, next_id = 1, pending = {}, buffer = "", closed = false }, Connection)
  pipe:connect(path, vim.schedule_wrap(function(err)
    if err then
      pipe:close()
      on_ready(nil, err)
      return
    end
    pipe:read_start(function(read_err, data)
      if read_err or not data then
        vim.schedule(function() conn:fail(read_err or "doppeld closed the connection") end)
        return
      end
      conn.buffer = conn.buffer .. data
      vim.schedule(function() conn:drain() end)
    end)
    on_ready(conn, nil)
  end))
  return conn
end

function Connection:drain()
  while #self.buffer >= 4 do
    local n = read_be32(self.buffer, 1)
    if n == 0 or n > MAX_FRAME then return self:fail("bad frame length " .. n) end
    if #self.buffer < 4 + n then return end
    local body = self.buffer:sub(5, 4 + n)
    self.buffer = self.buffer:sub(5 + n)
    local ok, message = pcall(vim.json.decode, body)
    if ok and type(message) == "table" then self:dispatch(message) end
  end
end

function Connection:dispatch(message)
  if message.id == nil then
    local params = message.params
    local p = type(params) == "table" and self.pending[params.id]
    if p and p.on_notification then p.on_notification(message.method, params) end
    return
  end
  local p = self.pending[message.id]
  if not p then return end
  self.pending[message.id] = nil
  if message.error and message.error ~= vim.NIL then
    p.callback(message.error, nil)
  else
    p.callback(nil, message.result)
  end
end

function Connection:fail(reason)
  if self.closed then return end
  self.closed = true
  for id, p in pairs(self.pending) do
    self.pending[id] = nil
    p.callback({ message = tostring(reason) }, nil)
  end
  if not self.pipe:is_closing() then self.pipe:close() end
end

function Connection:send(message)
  local body = vim.json.encode(message)
  self.pipe:write(be32(#body) .. body)
end

--- Sends a request; `callback(err, result)` runs on the main loop.
function Connection:request(method, params, callback, on_notification)
  if self.closed then return callback({ message = "not connected" }, nil) end
  local id = self.next_id
  self.next_id = id + 1
  local message = { jsonrpc = "2.0", id = id, method = method }
  if params ~= nil then message.params = params end
  self.pending[id] = { callback = callback, on_notification = on_notification }
  self:send(message)
  return id
end

function Connection:cancel(id)
  self:send({ jsonrpc = "2.0", method = "$/cancel", params = { id = id } })
end

--- Waits (running the event loop) for a request; returns err, result.
function Connection:request_sync(method, params, timeout_ms)
  local done, err, result = false, nil, nil
  local id = self:request(method, params, function(e, r) done, err, result = true, e, r end)
  if not vim.wait(timeout_ms or 60000, function() return done end, 10) then
    if id then self:cancel(id) end
    return { message = "no reply to " .. method .. " within " .. (timeout_ms or 60000) .. " ms; cancelled" }, nil
  end
  return err, result
end

function Connection:close()
  self.closed = true
  if not self.pipe:is_closing() then self.pipe:close() end
end

return M
