// Types of demoWorkspace.mjs for the TypeScript end-to-end tests.
export declare const REPO_ROOT: string;
export declare const EXAMPLES: string;
export declare function makeDemoWorkspace(options?: { parent?: string; leaveOut?: string[] }): string;
