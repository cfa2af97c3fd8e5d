/**
 * What protects the signing key on disk (signing-key.ts): Electron's `safeStorage`, which
 * encrypts with the system's key store — DPAPI on Windows, the Keychain on macOS, libsecret or
 * KWallet on Linux — and which store that is. On Linux without a keyring Chromium falls back to
 * 'basic_text', whose key is written in Chromium's source: that is plaintext, and said so.
 */
import type { Buffer } from 'node:buffer';

/**
 * What the system offers to protect the key: Electron's `safeStorage`, plus the name of the store
 * behind it (`keyProtectionFrom`). Tests pass their own.
 */
export type KeyProtection = {
  isEncryptionAvailable(): boolean;
  /** 'basic_text', 'gnome_libsecret', 'kwallet5'… on Linux; 'keychain' or 'dpapi' elsewhere. */
  backend(): string;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

/** How a key is kept on disk. */
export type StoredProtection = 'os' | 'plaintext';

/**
 * Linux stores that encrypt with a key written in Chromium's source ('basic_text'), or that are
 * not known yet ('unknown', before the app is ready): as good as plaintext, and said so.
 */
const PLAINTEXT_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/** The protection a key written now would get. */
export function protectionOffered(protection: KeyProtection): StoredProtection {
  try {
    if (!protection.isEncryptionAvailable()) return 'plaintext';
    return PLAINTEXT_BACKENDS.has(protection.backend()) ? 'plaintext' : 'os';
  } catch {
    return 'plaintext';
  }
}

/** The part of Electron's `safeStorage` used here (structural, so this module needs no Electron). */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend(): string;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

/** The store behind safeStorage where the system has only one (asked of Linux, which has several). */
const systemStores: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'keychain',
  win32: 'dpapi',
};

/**
 * Electron's `safeStorage` as a KeyProtection. `getSelectedStorageBackend` exists on Linux only;
 * elsewhere the store is the system's own (Keychain, DPAPI), which always encrypts. _Decision:_
 * the synchronous calls, deprecated in Electron 45 in favour of `encryptStringAsync`, still work
 * and read the same data; moving to the async ones changes only this adapter.
 */
export function keyProtectionFrom(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): KeyProtection {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    backend: () =>
      platform === 'linux'
        ? safeStorage.getSelectedStorageBackend()
        : (systemStores[platform] ?? 'unknown'),
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
