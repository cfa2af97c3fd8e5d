/**
 * The wire format of result packages against its committed snapshot history
 * (src-core/exchange/wire-schema.snapshot.json; docs/exchange-format.md, "Versions"), and the
 * checker itself: fed histories with a removed field, a changed enum, a required addition, … it
 * reports each, so the guard is proven to fail when it must.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  PACKAGE_FORMAT_MINOR,
  PACKAGE_FORMAT_VERSION,
  manifestSchemaV1_0,
} from '../../../src-core/exchange/format';
import {
  describeObject,
  describeWireFormat,
  parseWireHistory,
  versionKey,
  type FieldDescription,
  type WireDescription,
  type WireHistory,
} from '../../../src-core/exchange/wire-schema';
import {
  checkWireFormat,
  checkWireHistory,
  diffWire,
} from '../../../src-core/exchange/wire-schema-check';

const history = parseWireHistory(
  JSON.parse(
    readFileSync(
      new URL('../../../src-core/exchange/wire-schema.snapshot.json', import.meta.url),
      'utf8',
    ),
  ),
);
const current = { major: PACKAGE_FORMAT_VERSION, minor: PACKAGE_FORMAT_MINOR };

describe('the wire format', () => {
  it('is exactly the snapshot of the current version, and the history only ever added', () => {
    const problems = checkWireFormat(describeWireFormat(), history, current);
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it('is described deterministically', () => {
    expect(JSON.stringify(describeWireFormat())).toBe(JSON.stringify(describeWireFormat()));
  });

  it('1.0 is the manifest as app 0.1.0 wrote it; 1.1 adds four optional manifest keys', () => {
    const v1_0 = history['1.0'] as WireDescription;
    const v1_1 = history['1.1'] as WireDescription;
    expect(v1_0.manifest).toEqual(describeObject(manifestSchemaV1_0));
    expect(diffWire(v1_0, v1_1)).toEqual(
      ['attachments', 'carriedFields', 'formatMinor', 'omitted'].map((field) => ({
        kind: 'fieldAdded',
        where: 'manifest',
        field,
        presence: 'optional',
      })),
    );
  });

  it('shows presence, defaults, nested shapes, enum values and hidden checks', () => {
    const { tables, manifest } = describeWireFormat();
    const field = (table: string, name: string) => tables[table]?.[name] as FieldDescription;
    expect(field('clusters', 'name').presence).toBe('required');
    expect(manifest.formatMinor?.presence).toBe('optional');
    expect(field('workshops', 'startTime')).toMatchObject({
      presence: 'defaulted',
      default: '09:00',
    });
    expect(field('metaClusters', 'actions')).toMatchObject({ presence: 'defaulted', default: [] });
    expect(field('organisations', 'type').type).toMatchObject({
      enum: expect.arrayContaining(['university', 'sme-small']),
    });
    expect(JSON.stringify(field('metaClusters', 'agreement').type)).toContain('"signatories"');
    expect(field('clusters', 'clocks').type).toMatchObject({
      additionalProperties: { 'x-refinements': 1 },
    });
    expect(JSON.stringify(field('clusters', 'website').type)).toContain('"x-protocol":"^https?$"');
    // `origin` is local to one computer and never travels.
    expect(tables.clusters).not.toHaveProperty('origin');
  });
});

describe('describeObject sees every change to a zod schema', () => {
  const describeOne = (schema: z.ZodType) => ({
    manifest: {},
    tables: { t: describeObject(schema) },
  });
  const change = (before: z.ZodType, after: z.ZodType) =>
    diffWire(describeOne(before), describeOne(after)).map((c) => c.kind);

  it.each([
    ['an enum value', z.object({ k: z.enum(['a', 'b']) }), z.object({ k: z.enum(['a', 'c']) })],
    [
      'a nested key',
      z.object({ k: z.object({ a: z.string() }) }),
      z.object({ k: z.object({ a: z.string(), b: z.string().optional() }) }),
    ],
    ['a constraint', z.object({ k: z.string().max(200) }), z.object({ k: z.string().max(100) })],
    [
      'a refinement',
      z.object({ k: z.string() }),
      z.object({ k: z.string().refine((s) => s !== '') }),
    ],
    ['a type', z.object({ k: z.string() }), z.object({ k: z.number() })],
  ])('%s', (_label, before, after) => {
    expect(change(before, after)).toEqual(['typeChanged']);
  });

  it('presence and defaults', () => {
    expect(change(z.object({ k: z.string() }), z.object({ k: z.string().optional() }))).toEqual([
      'presenceChanged',
    ]);
    expect(
      change(z.object({ k: z.string().default('a') }), z.object({ k: z.string().default('b') })),
    ).toEqual(['defaultChanged']);
  });

  it('not a reordering of enum values or a description', () => {
    expect(
      change(
        z.object({ k: z.enum(['a', 'b']) }),
        z.object({ k: z.enum(['b', 'a']).describe('which one') }),
      ),
    ).toEqual([]);
  });
});

/** The real 1.1 description, edited. */
function edited(
  edit: (draft: {
    manifest: Record<string, unknown>;
    tables: Record<string, Record<string, unknown>>;
  }) => void,
): WireDescription {
  const draft = structuredClone(history['1.1']) as unknown as {
    manifest: Record<string, unknown>;
    tables: Record<string, Record<string, unknown>>;
  };
  edit(draft);
  return draft as unknown as WireDescription;
}

const base = history['1.1'] as WireDescription;
const v1_1 = { major: 1, minor: 1 };
/** Problems of a history `1.0` = base, `1.1` = `next`. */
const stepProblems = (next: WireDescription) =>
  checkWireHistory({ '1.0': base, '1.1': next }, v1_1);

describe('the checker refuses what breaks partners on an older minor version', () => {
  const cases: [string, WireDescription, string][] = [
    [
      'a removed field',
      edited((d) => delete d.tables.clusters?.website),
      'from 1.0 to 1.1: clusters.website removed',
    ],
    [
      'a renamed field',
      edited((d) => {
        const organisations = d.tables.organisations as Record<string, unknown>;
        organisations.supply = organisations.offers;
        delete organisations.offers;
      }),
      'organisations.offers renamed to supply',
    ],
    [
      'a changed enum',
      edited((d) => {
        const type = (d.tables.organisations?.type as { type: { enum: string[] } }).type;
        type.enum = type.enum.map((v) => (v === 'university' ? 'academia' : v));
      }),
      'organisations.type: type changed (enum values changed (added "academia"; removed "university"))',
    ],
    [
      'a changed nested shape',
      edited((d) => {
        const agreement = d.tables.metaClusters?.agreement as {
          type: { properties: Record<string, unknown> };
        };
        agreement.type.properties.witness = { type: 'string' };
      }),
      'metaClusters.agreement: type changed (properties.witness: added {"type":"string"})',
    ],
    [
      'a tightened constraint',
      edited((d) => {
        (d.tables.clusters?.name as { type: { maxLength: number } }).type.maxLength = 100;
      }),
      'clusters.name: type changed (maxLength: 200 → 100)',
    ],
    [
      'a required addition',
      edited((d) => {
        (d.tables.clusters as Record<string, unknown>).tenderPortal = {
          presence: 'required',
          type: { type: 'string' },
        };
      }),
      'clusters.tenderPortal added (required); a new field must be optional or have a default',
    ],
    [
      'a required manifest key',
      edited((d) => {
        d.manifest.fundingCall = { presence: 'required', type: { type: 'string' } };
      }),
      'manifest.fundingCall added (required)',
    ],
    [
      'a field made optional',
      edited((d) => {
        (d.tables.clusters?.country as { presence: string }).presence = 'optional';
      }),
      'clusters.country changed from required to optional',
    ],
    [
      'a changed default',
      edited((d) => {
        (d.tables.workshops?.startTime as { default: string }).default = '08:30';
      }),
      'workshops.startTime: default changed from "09:00" to "08:30"',
    ],
    ['a removed table', edited((d) => delete d.tables.pilotKpis), 'table pilotKpis removed'],
  ];

  it.each(cases)('%s', (_label, next, expected) => {
    const problems = stepProblems(next);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
    expect(problems[0]).toContain('see docs/exchange-format.md, Versions');
  });

  it('accepts additions: optional or defaulted fields, new tables, optional manifest keys', () => {
    const next = edited((d) => {
      const clusters = d.tables.clusters as Record<string, unknown>;
      clusters.tenderPortal = { presence: 'optional', type: { type: 'string' } };
      clusters.tenderCount = { presence: 'defaulted', default: 0, type: { type: 'integer' } };
      d.tables.fundingCalls = { title: { presence: 'required', type: { type: 'string' } } };
      d.manifest.provenance = { presence: 'optional', type: { type: 'string' } };
    });
    expect(stepProblems(next)).toEqual([]);
  });

  it('compares consecutive versions only: 1.0 → 1.1 → 1.2', () => {
    const removedIn2 = edited((d) => delete d.tables.clusters?.website);
    const problems = checkWireHistory(
      { '1.0': base, '1.1': base, '1.2': removedIn2 },
      { major: 1, minor: 2 },
    );
    expect(problems).toEqual([
      expect.stringContaining('from 1.1 to 1.2: clusters.website removed'),
    ]);
  });

  it('a new major version may change anything', () => {
    const changed = edited((d) => delete d.tables.clusters?.website);
    expect(checkWireHistory({ '1.0': base, '2.0': changed }, { major: 2, minor: 0 })).toEqual([]);
  });
});

describe('the checker refuses a history that does not match the app', () => {
  it('a version newer than PACKAGE_FORMAT_MINOR', () => {
    const problems = checkWireHistory({ '1.0': base, '1.1': base, '1.2': base }, v1_1);
    expect(problems).toEqual([
      expect.stringContaining(
        "version 1.2, newer than this app's format 1.1: bump PACKAGE_FORMAT_MINOR",
      ),
    ]);
  });

  it('the current version missing', () => {
    expect(checkWireHistory({ '1.0': base }, v1_1)).toEqual([
      expect.stringContaining(
        'no version 1.1 (PACKAGE_FORMAT_MINOR is 1): add it with `npm run wire-schema -- --add 1.1`',
      ),
    ]);
  });

  it('an earlier minor version missing, or a key that is not a version', () => {
    expect(
      checkWireHistory({ '1.0': base, latest: base, '1.2': base }, { major: 1, minor: 2 }),
    ).toEqual([
      expect.stringContaining('"latest", which is not a version'),
      expect.stringContaining('no version 1.1'),
    ]);
  });
});

describe('checkWireFormat says what to do when the schemas changed', () => {
  const snapshot: WireHistory = { '1.0': base, '1.1': base };

  it('an addition: bump PACKAGE_FORMAT_MINOR and add a snapshot', () => {
    const added = edited((d) => {
      (d.tables.clusters as Record<string, unknown>).tenderPortal = {
        presence: 'optional',
        type: { type: 'string' },
      };
    });
    expect(checkWireFormat(added, snapshot, v1_1)).toEqual([
      'the wire format changed: clusters.tenderPortal added (optional); additions need a new ' +
        'minor version: bump PACKAGE_FORMAT_MINOR and add a snapshot for it ' +
        '(`npm run wire-schema -- --add 1.2`; see docs/exchange-format.md, Versions)',
    ]);
  });

  it('a removal: not allowed at all', () => {
    const removed = edited((d) => delete d.tables.clusters?.website);
    const [problem, ...rest] = checkWireFormat(removed, snapshot, v1_1);
    expect(rest).toEqual([]);
    expect(problem).toContain('the wire format changed: clusters.website removed');
    expect(problem).toContain('not allowed at all within format 1: clusters.website removed');
  });

  it(`the current version is ${versionKey(current)}`, () => {
    expect(Object.keys(history)).toContain(versionKey(current));
  });
});
