// Provided at build time by esbuild.js.

/** The seed library indexed at build time, as the library store's bytes in base64. */
declare module 'verbatim-seed-index' {
  const base64: string;
  export default base64;
}

/** A hash of the engine's sources (src/core): a persisted index from another engine is rebuilt. */
declare const VERBATIM_ENGINE: string;
