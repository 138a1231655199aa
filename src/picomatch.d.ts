// The part of picomatch (bundled by esbuild) that Verbatim uses: glob matchers and a glob's static base.
declare module 'picomatch' {
  interface Options {
    readonly dot?: boolean;
    readonly nocase?: boolean;
  }
  interface ScanResult {
    /** The folder part before the first glob character (`sources` for `sources/**\/*.md`). */
    readonly base: string;
    /** The rest, relative to `base`. */
    readonly glob: string;
    readonly isGlob: boolean;
  }
  function picomatch(glob: string | readonly string[], options?: Options): (path: string) => boolean;
  namespace picomatch {
    function scan(glob: string, options?: Options): ScanResult;
  }
  export = picomatch;
}
