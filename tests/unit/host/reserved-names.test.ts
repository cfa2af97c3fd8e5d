// Windows device names and names Windows would change (trailing dot or space) are refused by the
// contract's file-name rule, on every system, for every operation that takes a file name.
import { describe, expect, it } from 'vitest';
import {
  exchangeFileNameSchema,
  HostError,
  isWindowsDeviceName,
  parseHostRequest,
  safeFileNameSchema,
} from '../../../src-core/host/contract';

const devices = [
  'CON',
  'PRN',
  'AUX',
  'NUL',
  ...Array.from({ length: 9 }, (_, i) => `COM${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `LPT${i + 1}`),
];

describe('isWindowsDeviceName', () => {
  it.each(devices)('%s is a device, in any case and with any extension', (device) => {
    for (const name of [
      device,
      device.toLowerCase(),
      `${device[0]}${device.slice(1).toLowerCase()}`,
      `${device}.txt`,
      `${device.toLowerCase()}.mcpkg`,
      `${device}.tar.gz`,
      `${device} .csv`,
      `${device}.`,
      `${device}   `,
    ]) {
      expect(isWindowsDeviceName(name), name).toBe(true);
    }
  });

  it.each(['COM¹', 'lpt³.txt', 'CONIN$', 'conout$.log'])('%s is a device too', (name) => {
    expect(isWindowsDeviceName(name)).toBe(true);
  });

  it.each([
    'CONSOLE.txt',
    'console',
    'icon.png',
    'NULL',
    'COM0',
    'COM10',
    'LPT0.txt',
    'AUXILIARY.csv',
    'prn-report.pdf',
    'report.CON',
    'x.nul.txt',
    'CON - participants.pdf',
    'workspace-2026-03-14T14-32-00-000Z.mcsbackup',
  ])('%s is an ordinary name', (name) => {
    expect(isWindowsDeviceName(name)).toBe(false);
  });
});

describe('safeFileNameSchema', () => {
  it.each([
    ...devices,
    ...devices.map((d) => `${d.toLowerCase()}.pdf`),
    'Com1.mcpkg',
    'nul.tar.gz',
    'AUX .csv',
    'report.',
    'report.pdf.',
    'report ',
    'report.pdf ',
    'report. . ',
  ])('refuses %j', (name) => {
    expect(safeFileNameSchema.safeParse(name).success).toBe(false);
  });

  it.each([
    'report.pdf',
    'CONSOLE.txt',
    'COM10.csv',
    'con-report.pdf',
    'Meta-cluster report (final).pdf',
    'x.mcpkg',
  ])('accepts %j', (name) => {
    expect(safeFileNameSchema.safeParse(name).success).toBe(true);
  });

  it('refuses device names for packages, backups and saved files alike', () => {
    expect(exchangeFileNameSchema.safeParse('NUL.mcpkg').success).toBe(false);
    expect(exchangeFileNameSchema.safeParse('partner.mcpkg.').success).toBe(false);
    expect(() => parseHostRequest('readExchangeFile', { name: 'com1.mcpkg' })).toThrow(HostError);
    expect(() => parseHostRequest('readBackup', { name: 'PRN.mcsbackup' })).toThrow(HostError);
    expect(() =>
      parseHostRequest('saveFile', {
        suggestedName: 'aux.csv',
        data: new Uint8Array(),
        filters: [],
      }),
    ).toThrow(HostError);
    expect(() => parseHostRequest('printToPdf', { suggestedName: 'LPT1.pdf' })).toThrow(HostError);
  });

  it('words the refusal by the name, as for any invalid file name', () => {
    try {
      parseHostRequest('printToPdf', { suggestedName: 'CON.pdf' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid-request',
        reason: 'invalidFileName',
        values: { name: 'CON.pdf' },
      });
    }
  });
});
