-- Attaches Verbatim's language server (`verbatim lsp --stdio`) to the draft in the current buffer
-- with Neovim's own LSP client, waits until the library has loaded and the draft's diagnostics
-- have arrived, writes the diagnostics Neovim holds for the buffer as JSON, and quits.
local out = os.getenv('VERBATIM_NVIM_OUT')
local bufnr = vim.api.nvim_get_current_buf()
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

local client_id
client_id = vim.lsp.start_client({
  name = 'verbatim',
  cmd = { os.getenv('VERBATIM_NODE'), os.getenv('VERBATIM_CLI'), 'lsp', '--stdio' },
  root_dir = os.getenv('VERBATIM_WORKSPACE'),
  init_options = { storagePath = os.getenv('VERBATIM_STORAGE') },
  handlers = {
    ['verbatim/libraryStatus'] = function(_, status)
      if status.state == 'ready' then
        ready = true
      end
    end,
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if ready and vim.uri_to_bufnr(result.uri) == bufnr then
        -- What Neovim itself now holds for the buffer, as it would show it.
        local diagnostics = {}
        for _, d in ipairs(vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(ctx.client_id) })) do
          table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, code = d.code, message = d.message })
        end
        finish({ filetype = vim.bo[bufnr].filetype, diagnostics = diagnostics })
      end
    end,
  },
  on_exit = function(code)
    finish({ error = 'the server exited with code ' .. tostring(code) })
  end,
})

if not client_id then
  finish({ error = 'vim.lsp.start_client did not start the server' })
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)
