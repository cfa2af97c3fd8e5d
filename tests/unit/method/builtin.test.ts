// The built-in method definition (assets/methods/meta-cluster-method-v1.json): valid against the
// method schema, with the reinforcement (R1–R5) and meta-cluster (0–8) workshops of PRODUCT.md,
// realistic time boxes and every text written in both shipped languages.
import { describe, expect, it } from 'vitest';
import method from '../../../assets/methods/meta-cluster-method-v1.json';
import type { MethodDefinition } from '../../../src-core/method/schema';
import { methodSchema } from '../../../src-core/method/schema';

function parsed(): MethodDefinition {
  return methodSchema.parse(method);
}

function workshop(type: 'reinforcement' | 'meta-cluster'): MethodDefinition['workshops'][number] {
  const found = parsed().workshops.find((w) => w.type === type);
  if (!found) throw new Error(`no ${type} workshop`);
  return found;
}

/** Every localised text ({ en, es }) anywhere in the definition, with its path. */
function localisedTexts(value: unknown, path = ''): { path: string; en: string; es: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localisedTexts(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.es === 'string') {
      return [{ path, en: record.en, es: record.es }];
    }
    return Object.entries(record).flatMap(([k, v]) => localisedTexts(v, `${path}.${k}`));
  }
  return [];
}

describe('built-in method meta-cluster-method v1', () => {
  it('parses with the method schema', () => {
    const result = methodSchema.safeParse(method);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(parsed().format).toBe('meta-cluster-studio/method');
    expect(parsed().id).toBe('meta-cluster-method');
    expect(parsed().version).toBe('1.0.0');
  });

  it('has both workshop types', () => {
    expect(parsed().workshops.map((w) => w.type)).toEqual(['reinforcement', 'meta-cluster']);
  });

  it('runs the reinforcement stages R1–R5 in order', () => {
    const stages = workshop('reinforcement').stages;
    expect(stages.map((s) => s.code)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect(stages.map((s) => s.kind)).toEqual([
      'readiness-review',
      'gap-analysis',
      'candidates',
      'engagement-offer',
      'recruitment-plan',
    ]);
  });

  it('runs the meta-cluster stages 0–8 in order', () => {
    const stages = workshop('meta-cluster').stages;
    expect(stages.map((s) => s.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(stages.map((s) => s.kind)).toEqual([
      'scoping',
      'readiness-review',
      'commitments',
      'value-chain-mapping',
      'matchmaking',
      'prioritisation',
      'governance',
      'roadmap',
      'close',
    ]);
  });

  it('uses lowercase slug stage ids, unique per workshop', () => {
    for (const w of parsed().workshops) {
      const ids = w.stages.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has realistic time boxes', () => {
    const total = (type: 'reinforcement' | 'meta-cluster'): number =>
      workshop(type).stages.reduce((sum, s) => sum + s.minutes, 0);
    // A reinforcement workshop runs about 3 hours, a meta-cluster workshop a full day (6–7 hours).
    expect(total('reinforcement')).toBeGreaterThanOrEqual(150);
    expect(total('reinforcement')).toBeLessThanOrEqual(210);
    expect(total('meta-cluster')).toBeGreaterThanOrEqual(360);
    expect(total('meta-cluster')).toBeLessThanOrEqual(420);
  });

  it('carries the kind settings', () => {
    const candidates = workshop('reinforcement').stages.find((s) => s.kind === 'candidates');
    expect(candidates?.kind === 'candidates' && candidates.shortlist).toBeGreaterThan(0);
    const stages = workshop('meta-cluster').stages;
    const matchmaking = stages.find((s) => s.kind === 'matchmaking');
    if (matchmaking?.kind !== 'matchmaking') throw new Error('no matchmaking stage');
    // The B2B schedule fits the stage's time box.
    expect(matchmaking.slotMinutes).toBeLessThan(matchmaking.minutes);
    expect(matchmaking.tables).toBeGreaterThan(1);
    const prioritisation = stages.find((s) => s.kind === 'prioritisation');
    expect(prioritisation?.kind === 'prioritisation' && prioritisation.dotsPerParticipant).toBe(5);
  });

  it('has the gates of PRODUCT.md', () => {
    const checks = workshop('meta-cluster').stages.flatMap((s) => s.gates.map((g) => g.check.kind));
    expect(checks).toEqual(
      expect.arrayContaining([
        'min-countries',
        'knowledge-entity-per-cluster',
        'lead-cluster-chosen',
        'every-action-has-owner',
      ]),
    );
    // min-outputs gates only ask for outputs their stage captures.
    for (const w of parsed().workshops) {
      for (const stage of w.stages) {
        for (const gate of stage.gates) {
          if (gate.check.kind === 'min-outputs') expect(stage.outputs).toContain(gate.check.output);
        }
      }
    }
  });

  it('writes every text in English and Spanish', () => {
    const texts = localisedTexts(method);
    // title + 2 workshop titles + 14 stages × (title, purpose, guidance) + gate labels.
    expect(texts.length).toBeGreaterThan(3 + 14 * 3);
    for (const text of texts) {
      expect(text.en.trim(), text.path).not.toBe('');
      expect(text.es.trim(), text.path).not.toBe('');
      if (text.en.trim().split(/\s+/).length > 3) expect(text.es, text.path).not.toBe(text.en);
    }
  });
});
