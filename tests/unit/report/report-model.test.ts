import { uiLanguages } from '../../../src-core/model/workspace';
import type { LocalisedText } from '../../../src-core/method/schema';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../src-core/method';
import type { WorkshopEntryRecord } from '../../../src-core/model/entities';
import type { EntryOf, WorkshopEntry } from '../../../src-core/model/workshop-run';
import {
  addMinutes,
  agendaRows,
  formatCalendarDate,
  ideaRefsOf,
  impactPoints,
  participantCounts,
  reportStageId,
  scheduleGrid,
  stageSections,
  valueChainGrid,
  votesOf,
} from '../../../src-renderer/features/workshops/report/report-model';

const text = (en: string) =>
  Object.fromEntries(uiLanguages.map((language) => [language, en])) as LocalisedText;

function stage(id: string, kind: Stage['kind'], outputs: Stage['outputs'], minutes = 30): Stage {
  return {
    id,
    code: id.toUpperCase(),
    title: text(id),
    purpose: text(id),
    guidance: text(id),
    minutes,
    outputs,
    gates: [],
    kind,
  } as Stage;
}

function record(id: string, stageId: string, entry: WorkshopEntry): WorkshopEntryRecord {
  return { id, stageId, workshopId: 'w1', entry } as WorkshopEntryRecord;
}

const ideas = stage('ideas', 'scoping', ['idea-cards', 'dot-votes']);
const plan = stage('plan', 'roadmap', ['action-plan'], 45);
const close = stage('close', 'close', ['workshop-report'], 20);

describe('agendaRows', () => {
  it('compares planned and actual minutes, skipped stages keeping their reason', () => {
    const rows = agendaRows(
      [ideas, plan, close],
      [
        { stageId: 'ideas', minutes: 40, skipped: false, skipReason: '' },
        { stageId: 'plan', minutes: 45, skipped: true, skipReason: 'No time' },
        { stageId: 'close', minutes: 20, skipped: false, skipReason: '' },
      ],
      '09:00',
      { ideas: 50 * 60_000 + 29_000 },
    );
    expect(
      rows.map((row) => [row.stageId, row.start, row.plannedMinutes, row.actualMinutes]),
    ).toEqual([
      ['ideas', '09:00', 40, 50],
      ['plan', '09:40', 0, null],
      ['close', '09:40', 20, null],
    ]);
    expect(rows[1]).toMatchObject({ skipped: true, skipReason: 'No time' });
  });

  it("uses the method's stages when the workshop has no agenda", () => {
    const rows = agendaRows([ideas, plan], [], '10:00', {});
    expect(rows.map((row) => [row.stageId, row.start, row.plannedMinutes])).toEqual([
      ['ideas', '10:00', 30],
      ['plan', '10:30', 45],
    ]);
  });
});

describe('scheduleGrid', () => {
  it('lays meetings out as tables × slots with clock times', () => {
    const entry: EntryOf<'b2b-schedule'> = {
      kind: 'b2b-schedule',
      tables: 2,
      slots: 3,
      slotMinutes: 20,
      startTime: '23:30',
      meetings: [
        { slot: 0, table: 0, a: 'o1', b: 'o2' },
        { slot: 2, table: 1, a: 'o3', b: 'o4' },
      ],
    };
    const grid = scheduleGrid(entry);
    expect(grid.slotTimes).toEqual(['23:30', '23:50', '00:10']);
    expect(
      grid.rows.map((row) => row.cells.map((cell) => (cell ? `${cell.a}-${cell.b}` : null))),
    ).toEqual([
      ['o1-o2', null, null],
      [null, null, 'o3-o4'],
    ]);
  });
});

describe('addMinutes', () => {
  it('wraps around midnight both ways', () => {
    expect(addMinutes('09:15', 50)).toBe('10:05');
    expect(addMinutes('00:10', -20)).toBe('23:50');
  });
});

describe('valueChainGrid', () => {
  it('puts segments in rows and clusters in columns, a later mark winning', () => {
    const cell = (
      segmentKey: string,
      clusterId: string,
      mark: EntryOf<'value-chain-map'>['mark'],
    ): EntryOf<'value-chain-map'> => ({
      kind: 'value-chain-map',
      segmentKey,
      clusterId,
      mark,
      organisationIds: [],
      note: '',
    });
    const grid = valueChainGrid([
      cell('growing', 'c1', 'present'),
      cell('milling', 'c2', 'gap'),
      cell('growing', 'c1', 'strength'),
    ]);
    expect(grid.segmentKeys).toEqual(['growing', 'milling']);
    expect(grid.clusterIds).toEqual(['c1', 'c2']);
    expect(grid.cells.map((row) => row.map((c) => c?.mark ?? null))).toEqual([
      ['strength', null],
      [null, 'gap'],
    ]);
  });
});

describe('ideas, votes and scores', () => {
  const entries = [
    record('i1', 'ideas', { kind: 'idea-cards', text: 'Shared lab', theme: 'R&D' }),
    record('v1', 'ideas', {
      kind: 'dot-votes',
      ideaId: 'i1',
      dots: 2,
      source: 'proxy',
      voterId: 'p1',
      table: null,
    }),
  ];

  it('turns idea cards and dot votes into what the tally takes', () => {
    expect(ideaRefsOf(entries)).toEqual([{ id: 'i1', text: 'Shared lab', theme: 'R&D' }]);
    expect(votesOf(entries)).toEqual([
      { ideaId: 'i1', dots: 2, source: 'proxy', voterId: 'p1', table: null },
    ]);
  });

  it("keeps each idea's latest impact × feasibility score", () => {
    const points = impactPoints(
      [
        { entry: { ideaId: 'i1', impact: 2, feasibility: 2 } },
        { entry: { ideaId: 'i1', impact: 5, feasibility: 4 } },
      ],
      (id) => `idea ${id}`,
    );
    expect(points).toEqual([
      {
        ideaId: 'i1',
        label: 'idea i1',
        impact: 5,
        feasibility: 4,
        decidedBy: 'facilitator',
        phones: null,
      },
    ]);
  });
});

describe('participantCounts', () => {
  it('counts invited, checked in and walk-ins', () => {
    expect(
      participantCounts([
        { walkIn: false, checkedInAt: '2025-05-14T08:00:00.000Z' },
        { walkIn: false, checkedInAt: null },
        { walkIn: true, checkedInAt: '2025-05-14T08:10:00.000Z' },
      ]),
    ).toEqual({ invited: 2, checkedIn: 2, walkIns: 1 });
  });
});

describe('reportStageId', () => {
  it('prefers the close stage, else the last stage run', () => {
    expect(reportStageId([ideas, plan, close], [ideas, plan])).toBe('close');
    expect(reportStageId([ideas, plan], [ideas, plan])).toBe('plan');
    expect(reportStageId([ideas], [])).toBeNull();
  });
});

describe('stageSections', () => {
  it('follows the run order, groups by output kind and keeps skipped stages with entries', () => {
    const entries = [
      record('a1', 'plan', {
        kind: 'action-plan',
        text: 'Pilot',
        owner: 'Ana',
        due: null,
        kpi: '',
        status: 'planned',
      }),
      record('v1', 'ideas', {
        kind: 'dot-votes',
        ideaId: 'i1',
        dots: 1,
        source: 'table',
        voterId: null,
        table: 2,
      }),
      record('i1', 'ideas', { kind: 'idea-cards', text: 'Lab', theme: '' }),
      record('n1', 'ideas', { kind: 'scoping-note', text: 'Aside' }),
    ];
    const sections = stageSections([ideas, plan, close], [ideas, close], entries);
    expect(sections.map((s) => [s.stage.id, s.isRun, s.groups.map((g) => g.kind)])).toEqual([
      ['ideas', true, ['idea-cards', 'dot-votes', 'scoping-note']],
      ['close', true, []],
      ['plan', false, ['action-plan']],
    ]);
  });
});

describe('formatCalendarDate', () => {
  it('reads the date as a local calendar day', () => {
    expect(formatCalendarDate('2025-05-14', 'en')).toBe('14 May 2025');
    expect(formatCalendarDate('not a date', 'en')).toBe('not a date');
  });
});
