/**
 * The room's small rules (issue 15): which of the laptop's addresses to offer phones first, which
 * origins may open the room's sockets, the phone page's policy, PINs and tokens, the QR code.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { candidateAddresses, type InterfaceTable } from '../../src-main/room/addresses';
import {
  isHostOrigin,
  isPhoneOrigin,
  randomPin,
  randomToken,
  RateWindow,
  sameSecret,
} from '../../src-main/room/limits';
import { phonePolicy } from '../../src-main/room/phone-files';
import { joinQrSvg } from '../../src-main/room/qr';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal,
    cidr: `${address}/24`,
  };
}

function v6(address: string): NetworkInterfaceInfo {
  return {
    address,
    netmask: 'ffff:ffff:ffff:ffff::',
    family: 'IPv6',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: `${address}/64`,
    scopeid: 0,
  };
}

describe('candidate addresses', () => {
  it('puts Wi-Fi first and VPN, virtual and loopback adapters last (Windows names)', () => {
    const table: InterfaceTable = {
      'vEthernet (WSL)': [v4('172.28.16.1')],
      'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true)],
      'VirtualBox Host-Only Network': [v4('192.168.56.1')],
      Ethernet: [v4('169.254.12.7')],
      'Ethernet 2': [v4('10.20.0.15')],
      'Wi-Fi': [v6('fe80::1c2b:3d4e'), v4('192.168.1.34')],
      'VMware Network Adapter VMnet8': [v4('192.168.200.1')],
    };
    expect(candidateAddresses(table, 'win32').map((c) => [c.interfaceName, c.kind])).toEqual([
      ['Wi-Fi', 'wifi'],
      ['Ethernet 2', 'ethernet'],
      ['vEthernet (WSL)', 'virtual'],
      ['VirtualBox Host-Only Network', 'virtual'],
      ['VMware Network Adapter VMnet8', 'virtual'],
      ['Ethernet', 'link-local'],
      ['Loopback Pseudo-Interface 1', 'loopback'],
    ]);
  });

  it('orders Linux adapters: wlp before enp, Docker, WireGuard and tun after, IPv6 left out', () => {
    const table: InterfaceTable = {
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      'br-3f2a9c': [v4('172.18.0.1')],
      veth12ab: [v4('172.18.0.5')],
      enp3s0: [v4('192.168.0.20')],
      wg0: [v4('10.8.0.2')],
      tun0: [v4('10.9.0.6')],
      wlp2s0: [v4('192.168.43.117'), v6('fe80::aaaa')],
      usb0: [v4('192.168.42.9')],
    };
    expect(candidateAddresses(table, 'linux').map((c) => c.address)).toEqual([
      '192.168.43.117',
      '192.168.0.20',
      '192.168.42.9',
      '172.17.0.1',
      '172.18.0.1',
      '172.18.0.5',
      '10.8.0.2',
      '10.9.0.6',
      '127.0.0.1',
    ]);
  });

  it('takes en0 for the Wi-Fi on a Mac, utun and bridges as virtual', () => {
    const table: InterfaceTable = {
      lo0: [v4('127.0.0.1', true)],
      utun3: [v4('100.64.0.3')],
      en5: [v4('192.168.2.40')],
      bridge100: [v4('192.168.64.1')],
      en0: [v4('192.168.1.12')],
    };
    expect(candidateAddresses(table, 'darwin').map((c) => [c.interfaceName, c.kind])).toEqual([
      ['en0', 'wifi'],
      ['en5', 'ethernet'],
      ['utun3', 'virtual'],
      ['bridge100', 'virtual'],
      ['lo0', 'loopback'],
    ]);
  });

  it('lists nothing for a laptop with no network but loopback', () => {
    expect(candidateAddresses({ lo: [v4('127.0.0.1', true)] }, 'linux')).toEqual([
      { interfaceName: 'lo', address: '127.0.0.1', kind: 'loopback' },
    ]);
    expect(candidateAddresses({}, 'linux')).toEqual([]);
  });
});

describe('socket origins', () => {
  it("accepts a phone's socket only from the page this server served", () => {
    expect(isPhoneOrigin('http://192.168.1.34:4180', '192.168.1.34:4180')).toBe(true);
    expect(isPhoneOrigin('http://evil.example', '192.168.1.34:4180')).toBe(false);
    expect(isPhoneOrigin('https://192.168.1.34:4180', '192.168.1.34:4180')).toBe(false);
    expect(isPhoneOrigin(undefined, '192.168.1.34:4180')).toBe(false);
    expect(isPhoneOrigin('http://192.168.1.34:4180', undefined)).toBe(false);
  });

  it("accepts the facilitator's page from the app or from this computer only", () => {
    expect(isHostOrigin('app://bundle', ['app://bundle'])).toBe(true);
    expect(isHostOrigin('http://127.0.0.1:5173', [])).toBe(true);
    expect(isHostOrigin('http://localhost:4173', [])).toBe(true);
    expect(isHostOrigin('http://[::1]:4173', [])).toBe(true);
    expect(isHostOrigin(undefined, [])).toBe(true);
    expect(isHostOrigin('app://bundle', [])).toBe(false);
    expect(isHostOrigin('http://192.168.1.34:5173', [])).toBe(false);
    expect(isHostOrigin('http://127.0.0.1.evil.example', [])).toBe(false);
    expect(isHostOrigin('null', [])).toBe(false);
    expect(isHostOrigin('file://', [])).toBe(false);
  });

  it('names the socket address in the policy only when the Host header is a plain host', () => {
    expect(phonePolicy('192.168.1.34:4180')).toContain(
      "connect-src 'self' ws://192.168.1.34:4180;",
    );
    expect(phonePolicy('x; script-src *')).toContain("connect-src 'self';");
    expect(phonePolicy(undefined)).toContain("connect-src 'self';");
  });
});

describe('secrets and limits', () => {
  it('makes six-digit PINs and long URL-safe tokens', () => {
    for (let i = 0; i < 50; i++) expect(randomPin(6)).toMatch(/^\d{6}$/);
    expect(randomToken(32)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(Array.from({ length: 100 }, () => randomToken(24))).size).toBe(100);
  });

  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('ab', 'abc')).toBe(false);
    expect(sameSecret(null, 'abc')).toBe(false);
  });

  it('allows a number of events per window, then none until the window moves on', () => {
    let now = 1_000;
    const rate = new RateWindow(3, 5_000, () => now);
    expect([rate.take(), rate.take(), rate.take(), rate.take()]).toEqual([true, true, true, false]);
    now += 4_999;
    expect(rate.take()).toBe(false);
    now += 1;
    expect(rate.take()).toBe(true);
    expect(rate.idle()).toBe(false);
    now += 5_000;
    expect(rate.idle()).toBe(true);
  });
});

describe('the join QR code', () => {
  it('is an SVG that encodes the address', async () => {
    const svg = await joinQrSvg('http://192.168.1.34:4180/');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<path');
    expect(svg.length).toBeGreaterThan(500);
  });
});
