/** Shared by the IPC tests: invoke events as Electron sends them, the trust rule, sample answers. */
import { isTrustedIpcEvent, type SenderEventLike } from '../../src-main/ipc';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../src-main/security';

export const OUR_WINDOW = 7;

export function eventFrom(
  url: string,
  options: { iframe?: boolean; contentsId?: number; noFrame?: boolean } = {},
) {
  return {
    senderFrame: options.noFrame ? null : { url, parent: options.iframe ? {} : null },
    sender: { id: options.contentsId ?? OUR_WINDOW },
  } satisfies SenderEventLike;
}

export const trusted = (event: SenderEventLike) =>
  isTrustedIpcEvent(event, APP_ORIGIN, (id) => id === OUR_WINDOW);
export const appEvent = eventFrom(APP_ENTRY_URL);
export const bytes = new Uint8Array([1, 2, 3]);

/** A room description the contract accepts. */
export const roomAnswer = {
  port: 8790,
  pin: '482913',
  hostKey: 'k'.repeat(43),
  server: 'http://127.0.0.1:8790',
  addresses: [{ interfaceName: 'Wi-Fi', address: '192.168.1.24', kind: 'wifi' as const }],
  address: '192.168.1.24',
  joinUrl: 'http://192.168.1.24:8790/',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

/** A raw Ed25519 public key as the contract spells it (base64 of 32 bytes). */
export const PUBLIC_KEY = `${'A'.repeat(43)}=`;
