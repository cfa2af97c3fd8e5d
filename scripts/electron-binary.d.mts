// Types for scripts/electron-binary.mjs, so TypeScript tests and configs can import it.

/** Absolute path of the Electron executable, or null when none is present. Never downloads. */
export declare function findElectronBinary(): string | null;

/** One line saying why findElectronBinary() is null, or null when a binary was found. */
export declare function electronUnavailableReason(): string | null;
