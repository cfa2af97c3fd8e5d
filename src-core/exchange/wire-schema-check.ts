/**
 * Checks of the wire format against its snapshot history (wire-schema.ts describes it): what
 * differs between two versions, whether a difference keeps partners on the older minor version
 * reading (additions only: new optional or defaulted fields, new tables, new optional manifest
 * keys), and what to do when the check fails.
 */
import { compareVersions, jsonText, parseVersionKey, versionKey } from './wire-schema';
import type {
  FormatVersion,
  JsonValue,
  ObjectDescription,
  Presence,
  WireDescription,
  WireHistory,
} from './wire-schema';

/** One difference between two descriptions; `where` is `manifest` or a table. */
export type WireChange =
  | { readonly kind: 'tableAdded'; readonly table: string }
  | { readonly kind: 'tableRemoved'; readonly table: string }
  | {
      readonly kind: 'fieldAdded';
      readonly where: string;
      readonly field: string;
      readonly presence: Presence;
    }
  | { readonly kind: 'fieldRemoved'; readonly where: string; readonly field: string }
  | {
      readonly kind: 'fieldRenamed';
      readonly where: string;
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly kind: 'presenceChanged';
      readonly where: string;
      readonly field: string;
      readonly from: Presence;
      readonly to: Presence;
    }
  | {
      readonly kind: 'defaultChanged';
      readonly where: string;
      readonly field: string;
      readonly from: JsonValue | undefined;
      readonly to: JsonValue | undefined;
    }
  | {
      readonly kind: 'typeChanged';
      readonly where: string;
      readonly field: string;
      /** What changed inside the type, e.g. `enum values changed: added "x"`. */
      readonly details: readonly string[];
    };

const MAX_DETAILS = 6;

const short = (value: unknown): string => {
  const text = jsonText(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Where two JSON Schemas differ, as `path: old → new` lines (enum values named). */
function jsonDifferences(a: unknown, b: unknown, path = ''): string[] {
  if (jsonText(a) === jsonText(b)) return [];
  const at = path === '' ? 'type' : path;
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: string[] = [];
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const inner = path === '' ? key : `${path}.${key}`;
      const [before, after] = [a[key], b[key]];
      if (key === 'enum' && Array.isArray(before) && Array.isArray(after)) {
        const added = after.filter((v) => !before.some((w) => jsonText(w) === jsonText(v)));
        const removed = before.filter((v) => !after.some((w) => jsonText(w) === jsonText(v)));
        if (added.length + removed.length === 0) continue;
        const parts = [
          ...(added.length > 0 ? [`added ${added.map(short).join(', ')}`] : []),
          ...(removed.length > 0 ? [`removed ${removed.map(short).join(', ')}`] : []),
        ];
        out.push(`${path === '' ? '' : `${path}: `}enum values changed (${parts.join('; ')})`);
      } else if (before === undefined) out.push(`${inner}: added ${short(after)}`);
      else if (after === undefined) out.push(`${inner}: removed (was ${short(before)})`);
      else out.push(...jsonDifferences(before, after, inner));
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((member, index) => jsonDifferences(member, b[index], `${path}.${index}`));
  }
  return [`${at}: ${short(a)} → ${short(b)}`];
}

const sameJson = (a: unknown, b: unknown): boolean => jsonText(a) === jsonText(b);

function diffObject(where: string, older: ObjectDescription, newer: ObjectDescription) {
  const out: WireChange[] = [];
  const removed = Object.keys(older).filter((field) => !(field in newer));
  const added = Object.keys(newer).filter((field) => !(field in older));
  // A field that disappears while another with the very same description appears: a rename.
  const renamedTo = new Map<string, string>();
  for (const from of removed) {
    const to = added.find(
      (candidate) =>
        ![...renamedTo.values()].includes(candidate) && sameJson(newer[candidate], older[from]),
    );
    if (to !== undefined) renamedTo.set(from, to);
  }
  for (const field of Object.keys({ ...older, ...newer }).sort()) {
    const before = older[field];
    const after = newer[field];
    if (before === undefined && after !== undefined) {
      if (![...renamedTo.values()].includes(field)) {
        out.push({ kind: 'fieldAdded', where, field, presence: after.presence });
      }
    } else if (before !== undefined && after === undefined) {
      const to = renamedTo.get(field);
      out.push(
        to === undefined
          ? { kind: 'fieldRemoved', where, field }
          : { kind: 'fieldRenamed', where, from: field, to },
      );
    } else if (before !== undefined && after !== undefined) {
      if (before.presence !== after.presence) {
        out.push({
          kind: 'presenceChanged',
          where,
          field,
          from: before.presence,
          to: after.presence,
        });
      } else if (!sameJson(before.default, after.default)) {
        out.push({ kind: 'defaultChanged', where, field, from: before.default, to: after.default });
      }
      const details = jsonDifferences(before.type, after.type);
      if (details.length > 0) out.push({ kind: 'typeChanged', where, field, details });
    }
  }
  return out;
}

/** Everything that differs from `older` to `newer`: tables, manifest keys, record fields. */
export function diffWire(older: WireDescription, newer: WireDescription): WireChange[] {
  const out: WireChange[] = diffObject('manifest', older.manifest, newer.manifest);
  for (const table of Object.keys({ ...older.tables, ...newer.tables }).sort()) {
    const before = older.tables[table];
    const after = newer.tables[table];
    if (before === undefined) out.push({ kind: 'tableAdded', table });
    else if (after === undefined) out.push({ kind: 'tableRemoved', table });
    else out.push(...diffObject(table, before, after));
  }
  return out;
}

/** Whether a change keeps partners on the older minor version reading (additions only). */
export function isAdditive(change: WireChange): boolean {
  return (
    change.kind === 'tableAdded' || (change.kind === 'fieldAdded' && change.presence !== 'required')
  );
}

export function describeChange(change: WireChange): string {
  switch (change.kind) {
    case 'tableAdded':
      return `table ${change.table} added`;
    case 'tableRemoved':
      return `table ${change.table} removed`;
    case 'fieldAdded':
      return `${change.where}.${change.field} added (${change.presence})`;
    case 'fieldRemoved':
      return `${change.where}.${change.field} removed`;
    case 'fieldRenamed':
      return `${change.where}.${change.from} renamed to ${change.to}`;
    case 'presenceChanged':
      return `${change.where}.${change.field} changed from ${change.from} to ${change.to}`;
    case 'defaultChanged':
      return `${change.where}.${change.field}: default changed from ${short(change.from)} to ${short(change.to)}`;
    case 'typeChanged': {
      const shown = change.details.slice(0, MAX_DETAILS);
      const more = change.details.length - shown.length;
      return `${change.where}.${change.field}: type changed (${shown.join('; ')}${more > 0 ? `; … ${more} more` : ''})`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checks

const VERSIONS_DOC = 'see docs/exchange-format.md, Versions';

/** Why a change between consecutive minor versions breaks partners on the older one. */
function whyNotAllowed(change: WireChange): string {
  return change.kind === 'fieldAdded'
    ? 'a new field must be optional or have a default, or this version refuses the packages of ' +
        'partners on the older version'
    : 'within a major version only additions are allowed (new optional or defaulted fields, new ' +
        'tables, new optional manifest keys): partners on the older version must keep reading';
}

/**
 * Problems of the snapshot history itself: versions that are malformed or newer than this app,
 * the current version or an earlier minor of its major missing, and changes between consecutive
 * minor versions that are not additions.
 */
export function checkWireHistory(history: WireHistory, current: FormatVersion): string[] {
  const problems: string[] = [];
  const currentKey = versionKey(current);
  const versions: FormatVersion[] = [];
  for (const key of Object.keys(history)) {
    const version = parseVersionKey(key);
    if (version === null) {
      problems.push(`the snapshot history has "${key}", which is not a version (<major>.<minor>)`);
    } else if (compareVersions(version, current) > 0) {
      problems.push(
        `the snapshot history has version ${key}, newer than this app's format ${currentKey}: ` +
          `bump PACKAGE_FORMAT_MINOR (src-core/exchange/format.ts) if this app writes ${key}, ` +
          `or remove that snapshot (${VERSIONS_DOC})`,
      );
    } else {
      versions.push(version);
    }
  }
  const has = (minor: number) =>
    versions.some((v) => v.major === current.major && v.minor === minor);
  if (!has(current.minor)) {
    problems.push(
      `the snapshot history has no version ${currentKey} (PACKAGE_FORMAT_MINOR is ` +
        `${current.minor}): add it with \`npm run wire-schema -- --add ${currentKey}\` (${VERSIONS_DOC})`,
    );
  }
  for (let minor = 0; minor < current.minor; minor++) {
    if (!has(minor)) {
      problems.push(
        `the snapshot history has no version ${current.major}.${minor}: every minor version of ` +
          `format ${current.major} keeps its snapshot, so that each step can be checked`,
      );
    }
  }
  versions.sort(compareVersions);
  for (let i = 1; i < versions.length; i++) {
    const [older, newer] = [versions[i - 1] as FormatVersion, versions[i] as FormatVersion];
    if (older.major !== newer.major || newer.minor !== older.minor + 1) continue;
    const from = history[versionKey(older)] as WireDescription;
    const to = history[versionKey(newer)] as WireDescription;
    for (const change of diffWire(from, to)) {
      if (isAdditive(change)) continue;
      problems.push(
        `from ${versionKey(older)} to ${versionKey(newer)}: ${describeChange(change)}; ` +
          `${whyNotAllowed(change)} (${VERSIONS_DOC})`,
      );
    }
  }
  return problems;
}

/**
 * Everything wrong between this version's wire format and the snapshot history, each problem
 * saying what to do; empty when the snapshot of the current version is exactly `description` and
 * the history only ever added.
 */
export function checkWireFormat(
  description: WireDescription,
  history: WireHistory,
  current: FormatVersion,
): string[] {
  const problems = checkWireHistory(history, current);
  const snapshot = history[versionKey(current)];
  if (snapshot === undefined) return problems;
  const changes = diffWire(snapshot, description);
  if (changes.length === 0) return problems;
  const next = versionKey({ major: current.major, minor: current.minor + 1 });
  const breaking = changes.filter((change) => !isAdditive(change));
  problems.push(
    `the wire format changed: ${changes.map(describeChange).join('; ')}; additions need a new ` +
      `minor version: bump PACKAGE_FORMAT_MINOR and add a snapshot for it ` +
      `(\`npm run wire-schema -- --add ${next}\`; ${VERSIONS_DOC})` +
      (breaking.length > 0
        ? `; not allowed at all within format ${current.major}: ` +
          `${breaking.map(describeChange).join('; ')} (removals, renames, changes of a type, ` +
          `default or presence, and new required fields break partners on older versions)`
        : ''),
  );
  return problems;
}
