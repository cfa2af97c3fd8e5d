import { describe, expect, it } from 'vitest';
import builtinMethodJson from '../../../assets/methods/meta-cluster-method-v1.json' with { type: 'json' };
import { agendaFromMethod, loadMethod, stagesOf } from '../../../src-core/method';
import {
  changedDetails,
  countryNamedIn,
  detailsOf,
  durationText,
  formatClockTime,
  parseLanguageList,
  parseNameList,
  plannedStartOf,
  workshopCountry,
  workshopDetailsSchema,
  type WorkshopDetails,
} from '../../../src-core/workshop/plan-edits';

const stored: WorkshopDetails = {
  name: 'Valencia pilot workshop',
  date: '2026-03-14',
  venue: 'Port Authority',
  facilitators: ['Amal Haddad'],
  languages: ['en', 'es'],
};

describe('workshop details', () => {
  it('validates with the workshop schema: a name and a real date are needed', () => {
    const result = workshopDetailsSchema.safeParse({ ...stored, name: '  ', date: '14/03/2026' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(['date', 'name']);
    expect(result.error?.issues.find((i) => i.path[0] === 'name')?.message).toBe('validation.name');
  });

  it('trims what was typed', () => {
    const parsed = workshopDetailsSchema.parse({ ...stored, name: '  Day two ', venue: ' Hall ' });
    expect(parsed.name).toBe('Day two');
    expect(parsed.venue).toBe('Hall');
  });

  it('refuses language tags that are not codes', () => {
    expect(workshopDetailsSchema.safeParse({ ...stored, languages: ['english'] }).success).toBe(
      false,
    );
  });

  it('reads the details off a record, nothing else', () => {
    const record = { ...stored, kind: 'meta-cluster', startTime: '09:00' };
    expect(detailsOf(record)).toEqual(stored);
  });

  it('a save writes only the fields that changed', () => {
    expect(changedDetails(stored, { ...stored })).toEqual({});
    expect(
      changedDetails(stored, { ...stored, venue: 'Town hall', languages: ['en', 'es', 'fr'] }),
    ).toEqual({ venue: 'Town hall', languages: ['en', 'es', 'fr'] });
    expect(changedDetails(stored, { ...stored, facilitators: [] })).toEqual({ facilitators: [] });
  });

  it('reads comma-separated lists', () => {
    expect(parseNameList(' Ana Ruiz, , Karim B. ,')).toEqual(['Ana Ruiz', 'Karim B.']);
    expect(parseLanguageList('EN, fr ar;pt-BR')).toEqual(['en', 'fr', 'ar', 'pt-BR']);
    expect(parseLanguageList('  ')).toEqual([]);
  });
});

describe('plannedStartOf', () => {
  const method = loadMethod(builtinMethodJson);
  const stages = stagesOf(method, 'reinforcement');
  const agenda = agendaFromMethod(stages);

  it('is the start time plus the stages before it, skipped ones taking no time', () => {
    // R1–R5 take 30, 40, 45, 30, 35 minutes.
    expect(plannedStartOf(stages, agenda, '09:00', stages[0]!.id)).toBe('09:00');
    expect(plannedStartOf(stages, agenda, '08:30', stages[2]!.id)).toBe('09:40');
    const skipped = agenda.map((item, index) => (index === 1 ? { ...item, skipped: true } : item));
    expect(plannedStartOf(stages, skipped, '08:30', stages[2]!.id)).toBe('09:00');
  });

  it('follows the planned order', () => {
    const reordered = [agenda[4]!, ...agenda.slice(0, 4)];
    expect(plannedStartOf(stages, reordered, '09:00', stages[0]!.id)).toBe('09:35');
  });

  it('is null for a stage the agenda does not list', () => {
    expect(plannedStartOf(stages, agenda, '09:00', 'no-such-stage')).toBeNull();
  });
});

describe('durations', () => {
  it('are written in the language’s short units, minutes left out when none', () => {
    expect(durationText(135, 'en')).toBe('2 hrs 15 mins');
    expect(durationText(120, 'es')).toBe('2 h');
    expect(durationText(45, 'en')).toBe('45 mins');
  });
});

describe('clock times', () => {
  it('writes bare English as British English, 24-hour', () => {
    expect(formatClockTime('2026-03-14', '14:05', 'en')).toBe('14:05');
    expect(formatClockTime('2026-03-14', '09:05', 'es')).toBe('09:05');
  });

  it('keeps the 12-hour clock where the language asks for it', () => {
    expect(formatClockTime('2026-03-14', '14:05', 'en-US')).toMatch(/^02:05\s?PM$/);
  });

  it('does not shift with the time zone or on a broken date', () => {
    expect(formatClockTime('2026-03-29', '02:30', 'en')).toBe('02:30');
    expect(formatClockTime('', '23:59', 'en')).toBe('23:59');
  });
});

describe('the country walk-ins come from', () => {
  const countries = new Map([
    ['es-cluster', 'ES'],
    ['tn-cluster', 'TN'],
    ['ps-cluster', 'PS'],
  ]);
  const countryOf = (id: string) => countries.get(id);
  const metaCluster = {
    members: [
      { clusterId: 'tn-cluster', role: 'member' },
      { clusterId: 'ps-cluster', role: 'lead' },
      { clusterId: 'es-cluster', role: 'member' },
    ],
    leadClusterId: null,
  };

  it('finds a country named in the venue, in several languages, as a whole word', () => {
    expect(countryNamedIn('Palacio de Congresos, Valencia, España')).toBe('ES');
    expect(countryNamedIn('Technopole de Sfax, Tunisie')).toBe('TN');
    expect(countryNamedIn('Chamber of Commerce, Nablus (Palestine)')).toBe('PS');
    expect(countryNamedIn('Bosnia and Herzegovina House')).toBe('BA');
    // "France" is not a word of "Francesca".
    expect(countryNamedIn('Villa Francesca, Trieste')).toBeNull();
    expect(countryNamedIn('')).toBeNull();
  });

  it('is the cluster’s for a reinforcement workshop', () => {
    const place = {
      kind: 'reinforcement',
      venue: 'Paris',
      clusterId: 'tn-cluster',
      metaCluster: null,
    } as const;
    expect(workshopCountry(place, countryOf)).toBe('TN');
  });

  it('is the venue’s, else the host’s, else the first member’s for a meta-cluster workshop', () => {
    const base = { kind: 'meta-cluster', clusterId: null } as const;
    expect(
      workshopCountry({ ...base, venue: 'Hotel, Valencia, Spain', metaCluster }, countryOf),
    ).toBe('ES');
    expect(workshopCountry({ ...base, venue: 'Conference Centre', metaCluster }, countryOf)).toBe(
      'PS',
    );
    expect(
      workshopCountry(
        { ...base, venue: '', metaCluster: { ...metaCluster, leadClusterId: 'es-cluster' } },
        countryOf,
      ),
    ).toBe('ES');
    const noLead = {
      members: metaCluster.members.map((m) => ({ ...m, role: 'member' })),
      leadClusterId: null,
    };
    expect(workshopCountry({ ...base, venue: '', metaCluster: noLead }, countryOf)).toBe('TN');
    // A member missing from the workspace is passed over.
    const missingFirst = {
      members: [{ clusterId: 'gone', role: 'member' }, ...noLead.members],
      leadClusterId: null,
    };
    expect(workshopCountry({ ...base, venue: '', metaCluster: missingFirst }, countryOf)).toBe(
      'TN',
    );
    expect(workshopCountry({ ...base, venue: '', metaCluster: null }, countryOf)).toBeNull();
  });
});
