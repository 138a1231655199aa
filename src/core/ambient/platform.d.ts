// The few host APIs the core relies on. They exist in Node (>= 11) and in every browser,
// but their typings live in lib.dom / @types/node, which the core deliberately does not load.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function setTimeout(callback: () => void, ms?: number): unknown;
