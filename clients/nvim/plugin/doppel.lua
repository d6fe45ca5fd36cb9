-- Commands of the Doppel plugin; call require("doppel").setup{} for
-- diagnostics on save and kind completion (setup runs here with defaults).
if vim.g.loaded_doppel then return end
vim.g.loaded_doppel = true

local function guarded(fn)
  return function(args)
    local ok, err = pcall(fn, args)
    if not ok then vim.notify("doppel: " .. tostring(err), vim.log.levels.ERROR) end
  end
end

vim.api.nvim_create_user_command("DoppelPlan", guarded(function(a) require("doppel").plan(a.args) end),
  { nargs = "+", desc = "Plan a schema from a description into a new JSON buffer" })
vim.api.nvim_create_user_command("DoppelGenerate", guarded(function(a) require("doppel").generate(a.args) end),
  { nargs = "?", desc = "Generate [rows] from the schema in this buffer; the first rows in a split" })
vim.api.nvim_create_user_command("DoppelValidate", guarded(function() require("doppel").validate(0) end),
  { desc = "Check this schema buffer (also done on save)" })
vim.api.nvim_create_user_command("DoppelStatus", guarded(function() require("doppel").status() end),
  { desc = "Show the daemon's figures" })

require("doppel").setup(vim.g.doppel_config)
