/**
 * Every message the importer and the readiness checks produce exists in English and Spanish, and
 * renders completely: the i18n keys passed as values (accepted, field, target …) are nested in.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateReadiness } from '../../../src-core/analysis/readiness';
import { guessMapping, type ImportKind } from '../../../src-core/roster/import-fields';
import { validateImportRows } from '../../../src-core/roster/import-rows';
import { createImportLookups } from '../../../src-core/roster/import-values';
import { resources, resourcesFor } from '../../../src-renderer/i18n/resources';

const lookups = createImportLookups({
  organisations: [
    { id: '0190f5c2-0000-7000-8000-000000000001', name: 'Twin' },
    { id: '0190f5c2-0000-7000-8000-000000000002', name: 'Twin' },
    { id: '0190f5c2-0000-7000-8000-000000000003', name: 'Solo' },
  ],
  clusters: [],
});

function run(kind: ImportKind, header: string[], rows: string[][]) {
  return validateImportRows({ kind, header, rows, mapping: guessMapping(header, kind), lookups });
}

const long = 'x'.repeat(201);
const results = [
  run(
    'clusters',
    [
      'Name',
      'Country',
      'Region',
      'Ecosystems',
      'NACE',
      'FTE',
      'Website',
      'English website',
      'Label',
      'Label expiry',
    ],
    [
      [
        long,
        'Atlantis',
        'X',
        'space',
        '999',
        'lots',
        'not a site',
        'maybe',
        'platinum',
        '2026-02-30',
      ],
      ['A', 'TN', 'ES51', '', '', '-3', '', '', 'gold', ''],
      ['B', 'TN', 'Nowhere', '', '', '', 'https://user:pw@b.example', '', '', ''],
      ['', 'TN', '', '', '', '', '', '', '', '', 'extra'],
      ['C', 'DE', '', '', '', '', 'c.example', '', '', ''],
      ['', 'TN', '', '', '', '', '', '', '', ''],
    ],
  ),
  run('organisations', ['Name'], [['A']]),
  run(
    'memberships',
    ['Organisation', 'Cluster', 'Status', 'Since', 'Until'],
    [['Twin', 'Nowhere', 'boss', '2026-01-02', '2026-01-01']],
  ),
  run(
    'contacts',
    ['Organisation', 'Given name', 'E-mail', 'Languages', 'Legal basis', 'Sharing'],
    [
      ['Twin', 'A', 'bad', 'Klingon', 'whim', 'world'],
      ['Twin', '', '', '', 'consent', ''],
      ['Solo', 'Ana', 'ana@solo.tn', 'es', 'consent', 'partners'],
    ],
  ),
];

const readiness = [
  evaluateReadiness({
    cluster: { managementFte: null, website: null, hasEnglishWebsite: false, label: null },
    members: [],
    today: '2026-11-28',
  }),
  evaluateReadiness({
    cluster: {
      managementFte: 0.2,
      website: 'https://x.example',
      hasEnglishWebsite: false,
      label: { level: 'gold', expires: '2026-01-01' },
    },
    members: [
      {
        organisation: { id: 'a', type: 'university' },
        membership: { status: 'member', until: null },
      },
    ],
    today: '2026-11-28',
  }),
  evaluateReadiness({
    cluster: {
      managementFte: 3,
      website: 'https://x.example',
      hasEnglishWebsite: true,
      label: { level: 'silver', expires: '2026-12-01' },
    },
    members: Array.from({ length: 16 }, (_, i) => ({
      organisation: { id: `o${i}`, type: i % 2 === 0 ? ('sme-micro' as const) : ('rto' as const) },
      membership: { status: 'member' as const, until: null },
    })),
    today: '2026-11-28',
  }),
  evaluateReadiness({
    cluster: {
      managementFte: 3,
      website: null,
      hasEnglishWebsite: true,
      label: { level: 'bronze', expires: '2030-01-01' },
    },
    members: Array.from({ length: 20 }, (_, i) => ({
      organisation: { id: `o${i}`, type: 'sme-small' as const },
      membership: { status: 'member' as const, until: null },
    })),
    settings: { knowledgeShareTarget: 0.5 },
    today: '2026-11-28',
  }),
];

interface Message {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}
const messages: Message[] = [
  ...results.flatMap((r) => [...r.problems, ...r.notes, ...r.assumed]),
  ...readiness.flatMap((r) => r.checks.map((c) => c.reason)),
];

describe('importer and readiness messages', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: await resourcesFor(['en', 'es']),
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it('cover every problem, note and reason key in the locale files', () => {
    const produced = new Set(messages.map((m) => m.key));
    const listed = (group: Record<string, string>, prefix: string) =>
      Object.keys(group).map((k) => `${prefix}.${k}`);
    const expected = [
      ...listed(resources.en.translation.importer.problems, 'importer.problems').filter(
        // Unreachable through validateImportRows (a region is only read once the country is).
        (key) => key !== 'importer.problems.regionWithoutCountry',
      ),
      ...listed(resources.en.translation.importer.notes, 'importer.notes'),
      ...listed(resources.en.translation.readiness.reasons, 'readiness.reasons'),
    ];
    for (const key of expected) expect(produced, key).toContain(key);
  });

  it.each(['en', 'es'])('render completely in %s', async (language) => {
    await i18next.changeLanguage(language);
    for (const { key, values } of messages) {
      expect(i18next.exists(key), key).toBe(true);
      const text = i18next.t(key as 'app.name', values);
      expect(text, key).not.toMatch(/\$t\(|\{\{|importer\.|readiness\.|codes\.|validation\./);
    }
  });
});
