/** Canonical JSON: the text every package line and every signature depends on. */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-core/exchange/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and keeps array order', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: 'é' }, e: undefined };
    expect(canonicalJson(value)).toBe('{"a":{"c":"é","d":[3,{"x":null,"z":1}]},"b":1}');
  });

  it('sorts by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, a: 4 })).toBe('{"Z":3,"a":4,"z":2,"é":1}');
  });

  it('keeps a `__proto__` key as a plain key and never touches a prototype', () => {
    const hostile = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":[{"__proto__":2}]}');
    const text = canonicalJson(hostile);
    expect(text).toBe('{"__proto__":{"polluted":true},"a":[{"__proto__":2}],"b":1}');
    expect(JSON.parse(text)).toEqual(hostile);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('gives the same text for the same data whatever the key order it was built in', () => {
    expect(canonicalJson({ id: 'x', clocks: { '*': 'c' }, name: 'n' })).toBe(
      canonicalJson({ name: 'n', clocks: { '*': 'c' }, id: 'x' }),
    );
  });

  it("leaves out the listed top-level keys only (a record's local-only keys)", () => {
    const record = { id: 'x', origin: 'sample', clocks: { origin: 'c' }, list: [{ origin: 1 }] };
    expect(canonicalJson(record, ['origin'])).toBe(
      '{"clocks":{"origin":"c"},"id":"x","list":[{"origin":1}]}',
    );
    expect(record.origin).toBe('sample');
  });
});
