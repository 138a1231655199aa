// src/core/tsconfig.json maps the module "vscode" to this file, so that an import of vscode from
// the core stops the type check here, with this message.
const error: 'src/core must not import vscode: keep editor code in src/' = 'imported from the core';
export default error;
