export const SEEDS_DIR: string;
export function readSeedModule(): { catalog: string; files: { name: string; base64: string }[] };
