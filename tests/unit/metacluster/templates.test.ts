// Built-in value-chain templates and their conversion to editable value chains.
import { describe, expect, it } from 'vitest';
import { valueChainFieldsSchema } from '../../../src-core/model/entities';
import {
  templateLanguages,
  templateNames,
  valueChainFromTemplate,
  valueChainTemplateById,
  valueChainTemplates,
} from '../../../src-core/metacluster';
import { sampleChains } from '../../../src-core/sample/value-chains';

describe('value-chain templates', () => {
  it('offers at least five templates with unique slug ids', () => {
    expect(valueChainTemplates.length).toBeGreaterThanOrEqual(5);
    const ids = valueChainTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(ids).toEqual(
      expect.arrayContaining([
        'olive-agrifood',
        'aquaculture',
        'tourism',
        'electronics-ict',
        'renewables',
      ]),
    );
  });

  it('has 5–8 segments per template, slug keys, unique keys and names in every language', () => {
    for (const template of valueChainTemplates) {
      expect(template.segments.length).toBeGreaterThanOrEqual(5);
      expect(template.segments.length).toBeLessThanOrEqual(8);
      const keys = template.segments.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const language of templateLanguages) {
        expect(template.names[language].trim()).not.toBe('');
        for (const segment of template.segments) {
          expect(segment.key).toMatch(/^[a-z0-9-]{1,40}$/);
          expect(segment.names[language].trim()).not.toBe('');
        }
      }
    }
  });

  it('has every name written in every language (none falls back to English)', () => {
    const keys = Object.keys(templateNames.en).sort();
    expect(keys.length).toBe(
      valueChainTemplates.reduce((n, template) => n + 1 + template.segments.length, 0),
    );
    for (const language of templateLanguages) {
      expect(Object.keys(templateNames[language]).sort(), language).toEqual(keys);
    }
  });

  it('uses the sample chain keys and segment keys, in the same order, where they overlap', () => {
    for (const chain of sampleChains) {
      const template = valueChainTemplateById(chain.key);
      expect(template, chain.key).toBeDefined();
      expect(template?.names.en).toBe(chain.name);
      expect(template?.segments.map((s) => s.key)).toEqual(chain.segments.map((s) => s.key));
      expect(template?.segments.map((s) => s.names.en)).toEqual(chain.segments.map((s) => s.name));
    }
  });

  it('builds valid value-chain fields in the chosen language with orders 0..n-1', () => {
    const olive = valueChainTemplateById('olive-agrifood');
    if (olive === undefined) throw new Error('missing template');
    const fields = valueChainFromTemplate(olive, 'it');
    expect(fields.name).toBe("Olio d'oliva e agroalimentare mediterraneo");
    expect(fields.description).toBe('');
    expect(fields.segments[0]).toEqual({ key: 'inputs', name: 'Input e vivai', order: 0 });
    expect(fields.segments.map((s) => s.order)).toEqual(fields.segments.map((_, i) => i));
    for (const template of valueChainTemplates) {
      for (const language of templateLanguages) {
        expect(() =>
          valueChainFieldsSchema.parse(valueChainFromTemplate(template, language)),
        ).not.toThrow();
      }
    }
    expect(valueChainTemplateById('nope')).toBeUndefined();
  });
});
