-- Sourced before the user's configuration (--cmd): watches what Neovim's LSP client receives from
-- Verbatim's server, started by the README's Neovim configuration (-u), waits until the library has
-- loaded and the draft's diagnostics have arrived, writes the diagnostics Neovim holds for the
-- draft's buffer as JSON, and quits.
local out = os.getenv('VERBATIM_NVIM_OUT')
local draft = os.getenv('VERBATIM_DRAFT')
local ready = false
local done = false

local function finish(result)
  if done then
    return
  end
  done = true
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

vim.lsp.handlers['verbatim/libraryStatus'] = function(_, status)
  if status.state == 'ready' then
    ready = true
  end
end

local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish(err, result, ctx, config)
  if ready and vim.uri_to_fname(result.uri) == draft then
    -- What Neovim itself now holds for the buffer, as it shows it.
    local bufnr = vim.fn.bufnr(draft)
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(ctx.client_id) })) do
      table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, code = d.code, message = d.message })
    end
    local client = vim.lsp.get_client_by_id(ctx.client_id)
    finish({ client = client and client.name, filetype = vim.bo[bufnr].filetype, diagnostics = diagnostics })
  end
end
