/**
 * The name a package file is saved under: sender first, then recipient (for changes meant for
 * one partner) or what it holds, then when — so nobody picks the wrong file from a shared folder
 * or an e-mail: `from-tunis-olive-cluster-to-jaen-agrifood-changes-2026-03-14-14-32.mcpkg`.
 */
import { slugify } from '../text/slug';

export interface PackageFileNameParts {
  /** The sender's partner organisation. */
  readonly from: string;
  /** The recipient's partner organisation, for a package of changes meant for one partner. */
  readonly to?: string;
  /** What it holds: "workspace", "cluster", "meta-cluster", "workshop", "changes". */
  readonly what: string;
  /** The name of the cluster, meta-cluster or workshop exported, if one. */
  readonly name?: string;
  /** Wall-clock ms of the export. */
  readonly at: number;
}

const part = (text: string | undefined, fallback: string): string =>
  slugify(text ?? '', 40) || fallback;

export function packageFileName({ from, to, what, name, at }: PackageFileNameParts): string {
  const stamp = new Date(at).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const sender = `from-${part(from, 'workspace')}`;
  const recipient = to === undefined ? '' : `-to-${part(to, 'partner')}`;
  const subject = name === undefined ? what : `${what}-${part(name, 'package')}`;
  return `${sender}${recipient}-${subject}-${stamp}.mcpkg`;
}
