/**
 * A 64-bit content hash of a file's bytes, as 16 hex digits: equal bytes give equal hashes, so a
 * host can tell which files changed since an index was stored. Two independent 32-bit lanes
 * (MurmurHash3-style mixing of 4-byte blocks) keep it fast in plain JavaScript; it is not a
 * cryptographic hash.
 */
export function contentHash(bytes: Uint8Array): string {
  let h1 = 0x9747b28c ^ bytes.length;
  let h2 = 0x85ebca6b ^ bytes.length;
  const blocks = bytes.length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    const k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    h1 = mixLane(h1, k, 0xcc9e2d51, 0x1b873593);
    h2 = mixLane(h2, k, 0x1b873593, 0xcc9e2d51);
  }
  let tail = 0;
  for (let i = bytes.length - 1; i >= blocks; i--) {
    tail = (tail << 8) | bytes[i];
  }
  h1 = finish(mixLane(h1, tail, 0xcc9e2d51, 0x1b873593));
  h2 = finish(mixLane(h2, tail ^ 0x5bd1e995, 0x1b873593, 0xcc9e2d51));
  return hex(h1) + hex(h2);
}

function mixLane(h: number, k: number, c1: number, c2: number): number {
  k = Math.imul(k, c1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, c2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
