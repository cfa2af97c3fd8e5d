import { describe, expect, it } from 'vitest';
import { hostContract, HostError, parseHostRequest } from '../../../src-core/host/contract';
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

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'not a url'])(
    'refuses to open %s externally',
    (url) => {
      expect(() => parseHostRequest('openExternal', { url })).toThrow(/Refused openExternal/);
    },
  );

  it('accepts an https link', () => {
    expect(parseHostRequest('openExternal', { url: 'https://interreg-euro-med.eu/' }).url).toBe(
      'https://interreg-euro-med.eu/',
    );
  });
});
