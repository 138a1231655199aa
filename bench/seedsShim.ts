import Module from 'node:module';
import * as path from 'node:path';

// src/bundledSeeds.ts imports 'verbatim-seeds', a module that esbuild.js makes at build time. The
// bench runs the TypeScript sources directly, so it resolves that name to the same module made
// from seeds/ (bench/seedsModule.ts). Import this file before anything under src/.
const target = path.join(__dirname, 'seedsModule.ts');
const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  return request === 'verbatim-seeds' ? target : resolve.call(this, request, ...rest);
};
