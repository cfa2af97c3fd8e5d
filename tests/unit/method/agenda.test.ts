import { uiLanguages } from '../../../src-core/model/workspace';
import type { LocalisedText } from '../../../src-core/method/schema';
import { describe, expect, it } from 'vitest';
import {
  agendaFromMethod,
  agendaProblems,
  loadMethod,
  MethodError,
  methodText,
  planAgenda,
  stagesOf,
  type MethodDefinition,
} from '../../../src-core/method';
import { moveAgendaStage } from '../../../src-core/edits';

/** A text in every UI language, each marked with its language ("Scoping (es)"), English bare. */
const text = (en: string) =>
  Object.fromEntries(
    uiLanguages.map((language) => [language, language === 'en' ? en : `${en} (${language})`]),
  ) as LocalisedText;

function stage(id: string, kind: string, minutes: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    code: id.slice(0, 2),
    kind,
    title: text(`Stage ${id}`),
    purpose: text('Why'),
    guidance: text('How'),
    minutes,
    outputs: ['scoping-note'],
    gates: [],
    ...extra,
  };
}

const raw = {
  format: 'meta-cluster-studio/method',
  id: 'test-method',
  version: '1.2.0',
  title: text('Test method'),
  workshops: [
    {
      type: 'meta-cluster',
      title: text('Meta'),
      stages: [
        stage('s0', 'scoping', 30),
        stage('s4', 'matchmaking', 90, { tables: 6, slotMinutes: 20 }),
        stage('s5', 'prioritisation', 60, { dotsPerParticipant: 5 }),
        stage('s8', 'close', 15),
      ],
    },
  ],
};

describe('method definitions', () => {
  it('load when valid, with the kind-specific settings', () => {
    const method = loadMethod(raw);
    const stages = stagesOf(method, 'meta-cluster');
    expect(stages.map((s) => s.kind)).toEqual([
      'scoping',
      'matchmaking',
      'prioritisation',
      'close',
    ]);
    const matchmaking = stages[1];
    expect(matchmaking?.kind === 'matchmaking' && matchmaking.tables).toBe(6);
    expect(stagesOf(method, 'reinforcement')).toEqual([]);
  });

  it.each([
    [
      'an unknown stage kind',
      { ...raw, workshops: [{ ...raw.workshops[0], stages: [stage('x', 'dancing', 30)] }] },
    ],
    [
      'a kind without its settings',
      { ...raw, workshops: [{ ...raw.workshops[0], stages: [stage('x', 'matchmaking', 30)] }] },
    ],
    [
      'a stage id used twice',
      {
        ...raw,
        workshops: [
          { ...raw.workshops[0], stages: [stage('x', 'scoping', 30), stage('x', 'close', 10)] },
        ],
      },
    ],
    ['a text without Spanish', { ...raw, title: { en: 'Only English' } }],
    ['an unknown key', { ...raw, extra: true }],
    [
      'a time box under 5 minutes',
      { ...raw, workshops: [{ ...raw.workshops[0], stages: [stage('x', 'scoping', 2)] }] },
    ],
  ])('refuse %s, naming where', (_name, bad) => {
    let error: unknown;
    try {
      loadMethod(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MethodError);
    expect((error as MethodError).path).not.toBe('');
  });

  it('names the stage by its id and the field when a stage is broken', () => {
    const bad = {
      ...raw,
      workshops: [
        {
          ...raw.workshops[0],
          stages: [stage('s0', 'scoping', 30), stage('s9-vote', 'scoping', 2)],
        },
      ],
    };
    expect(() => loadMethod(bad)).toThrow(MethodError);
    try {
      loadMethod(bad);
    } catch (error) {
      expect(error).toMatchObject({ stage: 's9-vote', field: 'minutes' });
      expect((error as Error).message).toMatch(/^method stage s9-vote, field minutes: /);
    }
    const noSettings = {
      ...raw,
      workshops: [{ ...raw.workshops[0], stages: [stage('mm', 'matchmaking', 30)] }],
    };
    expect(() => loadMethod(noSettings)).toThrow(/stage mm, field tables/);
  });

  it('texts come in the UI language, English otherwise', () => {
    expect(methodText(text('Scoping'), 'es')).toBe('Scoping (es)');
    expect(methodText(text('Scoping'), 'ar')).toBe('Scoping (ar)');
    expect(methodText(text('Scoping'), 'de')).toBe('Scoping');
  });
});

describe('agenda', () => {
  const method: MethodDefinition = loadMethod(raw);
  const stages = stagesOf(method, 'meta-cluster');

  it('starts as the method designed it, with planned times from the start time', () => {
    const agenda = agendaFromMethod(stages);
    expect(agenda.map((item) => [item.stageId, item.minutes])).toEqual([
      ['s0', 30],
      ['s4', 90],
      ['s5', 60],
      ['s8', 15],
    ]);
    const plan = planAgenda(stages, agenda, '09:00');
    expect(plan.stages.map((s) => `${s.start}-${s.end}`)).toEqual([
      '09:00-09:30',
      '09:30-11:00',
      '11:00-12:00',
      '12:00-12:15',
    ]);
    expect(plan.totalMinutes).toBe(195);
    expect(plan.end).toBe('12:15');
  });

  it('reordering, shortening and skipping recompute the totals', () => {
    let agenda = agendaFromMethod(stages);
    const prioritisation = agenda[2]!.stageId;
    agenda = moveAgendaStage(moveAgendaStage(agenda, prioritisation, -1), prioritisation, -1);
    agenda = agenda.map((item) => (item.stageId === 's4' ? { ...item, minutes: 45 } : item));
    agenda = agenda.map((item) =>
      item.stageId === 's0' ? { ...item, skipped: true, skipReason: 'Scoped by e-mail' } : item,
    );
    const plan = planAgenda(stages, agenda, '14:30');
    expect(plan.stages.map((s) => [s.stage.id, s.start, s.end])).toEqual([
      ['s5', '14:30', '15:30'],
      ['s0', '15:30', '15:30'],
      ['s4', '15:30', '16:15'],
      ['s8', '16:15', '16:30'],
    ]);
    expect(plan.totalMinutes).toBe(120);
    expect(agendaProblems(stages, agenda)).toEqual([]);
    expect(moveAgendaStage(agenda, prioritisation, -1)).toEqual(agenda); // first stays first
  });

  it('a skip needs a reason; unknown or repeated stages are named', () => {
    const agenda = [
      { stageId: 's0', minutes: 30, skipped: true, skipReason: '  ' },
      { stageId: 's0', minutes: 30, skipped: false, skipReason: '' },
      { stageId: 'nope', minutes: 30, skipped: false, skipReason: '' },
    ];
    expect(agendaProblems(stages, agenda)).toEqual([
      { kind: 'skip-without-reason', stageId: 's0' },
      { kind: 'repeated-stage', stageId: 's0' },
      { kind: 'unknown-stage', stageId: 'nope' },
    ]);
  });
});
