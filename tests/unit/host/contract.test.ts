import { describe, expect, it } from 'vitest';
import {
  exchangeFileNameSchema,
  hostContract,
  HostError,
  MAX_FILE_BYTES,
  parseHostRequest,
} from '../../../src-core/host/contract';
import { hostChannel, hostOperationNames } from '../../../src-core/host/operations';

describe('HostApi contract', () => {
  it('has exactly one schema pair per operation name', () => {
    expect(Object.keys(hostContract).sort()).toEqual([...hostOperationNames].sort());
    expect(new Set(hostOperationNames.map(hostChannel)).size).toBe(hostOperationNames.length);
  });

  it('accepts a valid save request', () => {
    const request = parseHostRequest('saveFile', {
      suggestedName: 'clusters.csv',
      data: new Uint8Array([1, 2, 3]),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(request.suggestedName).toBe('clusters.csv');
  });

  it.each([
    [
      'a path instead of a name',
      { suggestedName: '../../etc/passwd', data: new Uint8Array(), filters: [] },
    ],
    ['a hidden file', { suggestedName: '.bashrc', data: new Uint8Array(), filters: [] }],
    ['text instead of bytes', { suggestedName: 'a.csv', data: 'hello', filters: [] }],
    [
      'an extra key',
      { suggestedName: 'a.csv', data: new Uint8Array(), filters: [], path: '/tmp/a' },
    ],
  ])('refuses saveFile with %s', (_label, payload) => {
    expect(() => parseHostRequest('saveFile', payload)).toThrow(HostError);
  });

  it('has no operation that takes a link: links are asked about by the main process', () => {
    expect(hostOperationNames).not.toContain('openExternal');
    expect(Object.values(hostContract).some((op) => 'url' in op.request.shape)).toBe(false);
  });

  describe('exchange folder operations', () => {
    const data = new Uint8Array([1, 2, 3]);

    it.each(['partner-a.mcpkg', 'Partner B 2025-06-01.MCPKG', 'x.sync-conflict-1.mcpkg'])(
      'accepts the package name %j',
      (name) => {
        expect(parseHostRequest('readExchangeFile', { name }).name).toBe(name);
        expect(parseHostRequest('writeExchangeFile', { name, data }).name).toBe(name);
      },
    );

    it.each([
      '../x.mcpkg',
      '../../etc/x.mcpkg',
      'sub/x.mcpkg',
      'sub\\x.mcpkg',
      'C:x.mcpkg',
      '.mcpkg',
      '.x.mcpkg',
      '.x.mcpkg.1a2b3c.tmp',
      'x.mcpkg.partial',
      'x.txt',
      'x.mcpkg.zip',
      'mcpkg',
      '',
      'x\u0000.mcpkg',
    ])('refuses the package name %j', (name) => {
      expect(exchangeFileNameSchema.safeParse(name).success).toBe(false);
      expect(() => parseHostRequest('readExchangeFile', { name })).toThrow(
        /Refused readExchangeFile: name/,
      );
      expect(() => parseHostRequest('writeExchangeFile', { name, data })).toThrow(
        /Refused writeExchangeFile: name/,
      );
    });

    it('refuses to write more than MAX_FILE_BYTES', () => {
      // Zero-filled and never touched, so the operating system does not really allocate it.
      const huge = new Uint8Array(MAX_FILE_BYTES + 1);
      expect(() =>
        parseHostRequest('writeExchangeFile', { name: 'big.mcpkg', data: huge }),
      ).toThrow(/Refused writeExchangeFile: data: File too large/);
    });

    it.each([
      ['text instead of bytes', { name: 'x.mcpkg', data: 'abc' }],
      ['no data', { name: 'x.mcpkg' }],
      ['an extra key', { name: 'x.mcpkg', data, overwrite: true }],
    ])('refuses writeExchangeFile with %s', (_label, payload) => {
      expect(() => parseHostRequest('writeExchangeFile', payload)).toThrow(HostError);
    });

    it.each([
      'exchangeFolderStatus',
      'chooseExchangeFolder',
      'listExchangeFolder',
      'takeOpenedPackages',
    ] as const)('%s takes an empty request only', (name) => {
      expect(parseHostRequest(name, {})).toEqual({});
      expect(() => parseHostRequest(name, { folder: '/etc' })).toThrow(HostError);
    });

    it('opens the presenter window for a workshop id only: no address, no path', () => {
      const workshopId = '0192f0c4-7b1e-7c3a-9d2e-00000000b006';
      expect(parseHostRequest('openPresenterWindow', { workshopId })).toEqual({ workshopId });
      for (const payload of [
        { workshopId: 'https://evil.example/' },
        { workshopId: `${workshopId}?view=plan` },
        { workshopId, url: 'file:///etc/passwd' },
        {},
      ]) {
        expect(() => parseHostRequest('openPresenterWindow', payload)).toThrow(HostError);
      }
    });

    it('describes the folder status and listings', () => {
      const { exchangeFolderStatus, listExchangeFolder, takeOpenedPackages } = hostContract;
      expect(exchangeFolderStatus.response.parse({ supported: true, folder: null })).toEqual({
        supported: true,
        folder: null,
      });
      expect(
        exchangeFolderStatus.response.safeParse({
          supported: false,
          folder: null,
          reason: 'Use the desktop app.',
        }).success,
      ).toBe(true);
      expect(exchangeFolderStatus.response.safeParse({ supported: true }).success).toBe(false);
      expect(listExchangeFolder.response.safeParse([{ name: 'a.mcpkg', size: 0 }]).success).toBe(
        true,
      );
      expect(listExchangeFolder.response.safeParse([{ name: 'a.txt', size: 0 }]).success).toBe(
        false,
      );
      expect(listExchangeFolder.response.safeParse([{ name: 'a.mcpkg', size: -1 }]).success).toBe(
        false,
      );
      expect(takeOpenedPackages.response.safeParse([{ name: 'a.mcpkg', data }]).success).toBe(true);
    });
  });
});
