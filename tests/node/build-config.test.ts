// The installers' configuration as electron-builder reads it: every Electron fuse the app relies
// on is set, to its safe value (docs/security.md, "The packaged app").
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { asRecord, readYaml } from './yaml';

const config = asRecord(readYaml('electron-builder.yml'));

type FuseOptions = NonNullable<Configuration['electronFuses']>;

/** Every fuse of FuseOptionsV1 and the value a hardened build needs. */
const safeFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
} as const satisfies Required<Omit<FuseOptions, 'resetAdHocDarwinSignature'>>;

describe('electron-builder.yml', () => {
  it('parses to a configuration', () => {
    expect(config).not.toBeNull();
    expect(config?.appId).toBe('org.medmci.metaclusterstudio');
  });

  it('sets every fuse, each to its safe value', () => {
    const fuses = asRecord(config?.electronFuses);
    expect(fuses).not.toBeNull();
    expect(fuses).toEqual(safeFuses);
  });

  it.each(Object.entries(safeFuses))('%s is %s, as a boolean', (name, value) => {
    // A quoted "false" would be a truthy string to electron-builder.
    expect(asRecord(config?.electronFuses)?.[name]).toBe(value);
  });

  it('packs the app into an ASAR archive, which the integrity fuses check', () => {
    expect(config?.asar).toBe(true);
    expect(asRecord(config?.asar)?.disableIntegrity).toBeUndefined();
  });
});
