/**
 * The laptop's candidate addresses for the room (issue 15): the IPv4 addresses phones on the
 * venue's network might reach it at, most likely first. Phones need an IP address, not a .local
 * name (Android cannot resolve mDNS names). Wi-Fi comes first (the usual venue setup), then wired
 * Ethernet, then anything unrecognised, then VPN and virtual adapters (Docker, VirtualBox, VMware,
 * Hyper-V, WireGuard…), which phones can never reach, then link-local addresses (169.254.x.x, no
 * DHCP answered), then loopback (only this laptop: useful to test the phone page here).
 */
import type { NetworkInterfaceInfo } from 'node:os';
import { networkInterfaces } from 'node:os';

export type AddressKind = 'wifi' | 'ethernet' | 'other' | 'virtual' | 'link-local' | 'loopback';

export interface CandidateAddress {
  /** The adapter's name as the system calls it ("Wi-Fi", "wlp2s0", "en0"). */
  readonly interfaceName: string;
  readonly address: string;
  readonly kind: AddressKind;
}

/** What `os.networkInterfaces()` returns (a fake in tests). */
export type InterfaceTable = NodeJS.Dict<readonly NetworkInterfaceInfo[]>;

const VIRTUAL =
  /^(tun|tap|utun|wg|ppp|docker|veth|br-|vethernet|virtualbox|vmware|hyper-v|vmnet|vboxnet|virbr|zt|tailscale|awdl|llw|anpi|gif|stf|bridge|lxc|lxd|cni|flannel|cali|nordlynx|proton|mullvad)/i;
const VIRTUAL_ANYWHERE = /(virtual|vmware|virtualbox|hyper-v|vpn|tunnel|loopback pseudo)/i;
const WIFI = /^(wi-?fi|wlan|wlp|wlx|wl\d|wireless|ath\d|ra\d)|wi-?fi|wireless|wlan/i;
const ETHERNET = /^(eth|enp|eno|ens|enx|em\d|ethernet|local area connection)|ethernet/i;
/** macOS names every physical adapter enN; on a laptop en0 is the Wi-Fi. */
const MAC_EN = /^en\d+$/;

const ORDER: readonly AddressKind[] = [
  'wifi',
  'ethernet',
  'other',
  'virtual',
  'link-local',
  'loopback',
];

function isIPv4(info: NetworkInterfaceInfo): boolean {
  // Node 18.0–18.3 reported the family as a number.
  return info.family === 'IPv4' || (info.family as unknown) === 4;
}

function kindOf(interfaceName: string, info: NetworkInterfaceInfo, platform: string): AddressKind {
  if (info.internal || info.address.startsWith('127.')) return 'loopback';
  if (info.address.startsWith('169.254.')) return 'link-local';
  if (VIRTUAL.test(interfaceName) || VIRTUAL_ANYWHERE.test(interfaceName)) return 'virtual';
  if (WIFI.test(interfaceName)) return 'wifi';
  if (platform === 'darwin' && MAC_EN.test(interfaceName)) {
    return interfaceName === 'en0' ? 'wifi' : 'ethernet';
  }
  if (ETHERNET.test(interfaceName)) return 'ethernet';
  return 'other';
}

/**
 * The IPv4 addresses of `interfaces` in the order phones are most likely to reach them; the order
 * of the system is kept within a kind.
 */
export function candidateAddresses(
  interfaces: InterfaceTable = networkInterfaces(),
  platform: string = process.platform,
): CandidateAddress[] {
  const found: CandidateAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (!isIPv4(info)) continue;
      found.push({
        interfaceName,
        address: info.address,
        kind: kindOf(interfaceName, info, platform),
      });
    }
  }
  const rank = (kind: AddressKind) => ORDER.indexOf(kind);
  // Array.prototype.sort is stable: the system's order stays within a kind.
  return found.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** True for addresses that only this computer can use (IPv4 127/8, IPv6 ::1, mapped 127/8). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
