-- Pretty JSON for schemas. vim.json.decode forgets member order, so members
-- come back in the schema form's documented order (protocol/SCHEMA.md), then
-- alphabetically.
local M = {}

local order = {}
for i, k in ipairs({ "$schema", "name", "seed", "locale", "reference_date", "rows", "type", "kind", "primary_key",
                     "unique", "nullable", "references", "fanout", "values", "weights", "min", "max",
                     "distribution", "precision", "pattern", "probability", "fields", "unique_together", "entities" }) do
  order[k] = i
end

local function is_array(t)
  if next(t) == nil then return getmetatable(t) ~= vim._empty_dict_mt end
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true
end

local function keys(t)
  local out = {}
  for k in pairs(t) do table.insert(out, k) end
  table.sort(out, function(a, b)
    local ra, rb = order[a] or 1000, order[b] or 1000
    if ra ~= rb then return ra < rb end
    return a < b
  end)
  return out
end

local function scalar(v)
  if v == vim.NIL or v == nil then return "null" end
  return vim.json.encode(v)
end

-- Fields and other small objects stay on one line; containers of containers break.
local function render(v, indent)
  if type(v) ~= "table" then return scalar(v) end
  local pad, inner = string.rep("  ", indent), string.rep("  ", indent + 1)
  local nested = false
  for _, x in pairs(v) do if type(x) == "table" and next(x) ~= nil then nested = true end end
  if is_array(v) then
    if next(v) == nil then return "[]" end
    local parts = {}
    for _, x in ipairs(v) do table.insert(parts, render(x, indent + 1)) end
    if not nested then return "[" .. table.concat(parts, ", ") .. "]" end
    return "[\n" .. inner .. table.concat(parts, ",\n" .. inner) .. "\n" .. pad .. "]"
  end
  local parts = {}
  for _, k in ipairs(keys(v)) do table.insert(parts, vim.json.encode(k) .. ": " .. render(v[k], indent + 1)) end
  if #parts == 0 then return "{}" end
  if not nested then return "{" .. table.concat(parts, ", ") .. "}" end
  return "{\n" .. inner .. table.concat(parts, ",\n" .. inner) .. "\n" .. pad .. "}"
end

function M.schema(value)
  return render(value, 0)
end

return M
