// Provided at build time by the esbuild plugin in esbuild.js: the seed articles and their catalog.
declare module 'verbatim-seeds' {
  const seeds: { readonly catalog: string; readonly files: readonly { readonly name: string; readonly base64: string }[] };
  export default seeds;
}
