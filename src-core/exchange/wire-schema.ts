/**
 * The wire format of result packages, described from the zod schemas so that it can be compared
 * with a committed snapshot of every format version (`wire-schema.snapshot.json`, checked by
 * tests/unit/exchange/wire-schema.test.ts, policy in docs/exchange-format.md, "Versions").
 *
 * The description lists, per synced table and for the manifest, every top-level field with its
 * presence (required, optional, or defaulted with its default) and its type as JSON Schema of the
 * input a reader accepts: nested shapes, enum values and constraints included, keys sorted, so any
 * change shows. What JSON Schema cannot say is marked: `x-refinements` counts custom checks
 * (`.refine`), `x-protocol` / `x-hostname` give a URL's restrictions. The code of a refinement is
 * not described: a change to what one accepts must be reviewed by hand.
 *
 * `checkWireFormat` (wire-schema-check.ts) compares the description with the history and says
 * what to do.
 */
import { z } from 'zod';
import { manifestSchema } from './format';
import { LOCAL_ONLY_KEYS } from './write';
import { syncedTableNames, syncedTables } from '../model/entities';

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** How a field may be absent: never (required), simply (optional), or filled in (defaulted). */
export type Presence = 'required' | 'optional' | 'defaulted';

export interface FieldDescription {
  readonly presence: Presence;
  /** What a reader fills in when the field is absent (presence `defaulted` only). */
  readonly default?: JsonValue;
  /** JSON Schema of what a reader accepts (without the field's own `default`), keys sorted. */
  readonly type: JsonValue;
}

/** Field name → description. */
export type ObjectDescription = Readonly<Record<string, FieldDescription>>;

export interface WireDescription {
  readonly manifest: ObjectDescription;
  /** Synced table → its records' fields (without the local-only `origin`, which never travels). */
  readonly tables: Readonly<Record<string, ObjectDescription>>;
}

/** Version (`"<major>.<minor>"`) → the wire format of that version. */
export type WireHistory = Readonly<Record<string, WireDescription>>;

export interface FormatVersion {
  readonly major: number;
  readonly minor: number;
}

// ---------------------------------------------------------------------------------------------
// Describing

/** The part of a zod schema's definition the description reads (zod 4 internals). */
interface ZodDefinition {
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string } } }[];
  readonly protocol?: unknown;
  readonly hostname?: unknown;
}

/** Marks what JSON Schema leaves out: custom refinements, a URL's protocol and host name. */
function markHidden(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod: { def: ZodDefinition } })._zod.def;
  const refinements = (def.checks ?? []).filter((check) => check._zod.def.check === 'custom');
  if (refinements.length > 0) ctx.jsonSchema['x-refinements'] = refinements.length;
  if (def.protocol instanceof RegExp) ctx.jsonSchema['x-protocol'] = def.protocol.source;
  if (def.hostname instanceof RegExp) ctx.jsonSchema['x-hostname'] = def.hostname.source;
}

/** JSON Schema keywords whose array is a set: sorted, so a reordering is no change. */
const SET_KEYWORDS = new Set(['enum', 'required']);
/** JSON Schema keywords that hold data, not schema: their arrays keep their order. */
const VALUE_KEYWORDS = new Set(['default', 'const', 'examples']);

export const jsonText = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** Keys sorted at every depth; set-like keyword arrays sorted too (outside data values). */
function canonical(value: unknown, inData = false): JsonValue {
  if (Array.isArray(value)) return value.map((member) => canonical(member, inData));
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(source).sort()) {
      const data = inData || VALUE_KEYWORDS.has(key);
      let member = canonical(source[key], data);
      if (!data && SET_KEYWORDS.has(key) && Array.isArray(member)) {
        member = [...(member as JsonValue[])].sort((a, b) =>
          jsonText(a) < jsonText(b) ? -1 : jsonText(a) > jsonText(b) ? 1 : 0,
        );
      }
      out[key] = member;
    }
    return out;
  }
  return value as JsonValue;
}

/** The top-level fields of an object schema, each with its presence and type. */
export function describeObject(
  schema: z.ZodType,
  leaveOut: readonly string[] = [],
): ObjectDescription {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // An empty registry: descriptions and other metadata are documentation, not wire format.
    metadata: z.registry<Record<string, unknown>>(),
    override: (ctx) =>
      markHidden(ctx as { zodSchema: unknown; jsonSchema: Record<string, unknown> }),
  }) as { properties?: Record<string, unknown>; required?: string[] };
  if (json.properties === undefined) throw new Error('describeObject: not an object schema');
  const required = new Set(json.required ?? []);
  const out: Record<string, FieldDescription> = {};
  for (const field of Object.keys(json.properties).sort()) {
    if (leaveOut.includes(field)) continue;
    const { default: fallback, ...type } = canonical(json.properties[field]) as Record<
      string,
      JsonValue
    >;
    if (required.has(field)) out[field] = { presence: 'required', type };
    else if (fallback !== undefined)
      out[field] = { presence: 'defaulted', default: fallback, type };
    else out[field] = { presence: 'optional', type };
  }
  return out;
}

/**
 * The wire format of this version: the manifest (`manifestSchema`, or an older manifest schema
 * such as `manifestSchemaV1_0`) and every synced table's record schema.
 */
export function describeWireFormat(manifest: z.ZodType = manifestSchema): WireDescription {
  const tables: Record<string, ObjectDescription> = {};
  for (const table of syncedTableNames) {
    tables[table] = describeObject(syncedTables[table].record, LOCAL_ONLY_KEYS);
  }
  return { manifest: describeObject(manifest), tables };
}

// ---------------------------------------------------------------------------------------------
// The snapshot file

const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

const fieldDescriptionSchema = z
  .object({
    presence: z.enum(['required', 'optional', 'defaulted']),
    default: jsonValueSchema.optional(),
    type: jsonValueSchema,
  })
  .strict();

const objectDescriptionSchema = z.record(z.string(), fieldDescriptionSchema);

export const wireHistorySchema = z.record(
  z.string(),
  z
    .object({
      manifest: objectDescriptionSchema,
      tables: z.record(z.string(), objectDescriptionSchema),
    })
    .strict(),
);

/** The snapshot file's content, checked (throws a zod error naming the bad part). */
export function parseWireHistory(json: unknown): WireHistory {
  return wireHistorySchema.parse(json) as WireHistory;
}

export const versionKey = ({ major, minor }: FormatVersion): string => `${major}.${minor}`;

const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function parseVersionKey(key: string): FormatVersion | null {
  const match = VERSION_PATTERN.exec(key);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

export const compareVersions = (a: FormatVersion, b: FormatVersion): number =>
  a.major - b.major || a.minor - b.minor;

/** The history with its versions in order (oldest first), as the snapshot file keeps them. */
export function sortedHistory(history: WireHistory): WireHistory {
  const keys = Object.keys(history).sort((a, b) => {
    const va = parseVersionKey(a);
    const vb = parseVersionKey(b);
    if (va === null || vb === null) return a < b ? -1 : a > b ? 1 : 0;
    return compareVersions(va, vb);
  });
  const out: Record<string, WireDescription> = {};
  for (const key of keys) out[key] = history[key] as WireDescription;
  return out;
}
