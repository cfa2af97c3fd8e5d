import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, receiveHlc, tickHlc, type Hlc } from '../../src-core/sync/hlc';

const node = fc.stringMatching(/^[0-9a-f]{16}$/);
const clock = fc.record({
  millis: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  counter: fc.integer({ min: 0, max: 0xfff0 }),
  node,
});

function tupleCompare(a: Hlc, b: Hlc): number {
  return (
    a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)
  );
}

describe('hybrid logical clock properties', () => {
  it('string order is the same as (millis, counter, node) order', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const byCodeUnits = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(byCodeUnits).toBe(Math.sign(tupleCompare(a, b)));
      }),
    );
  });

  it('a tick is always later than the clock it came from', () => {
    fc.assert(
      fc.property(clock, fc.integer({ min: 0, max: 4_102_444_800_000 }), (local, now) => {
        expect(formatHlc(tickHlc(local, now)) > formatHlc(local)).toBe(true);
      }),
    );
  });

  it('a receive is later than both the local and the remote clock', () => {
    fc.assert(
      fc.property(
        clock,
        clock,
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (local, remote, now) => {
          const merged = receiveHlc(local, { ...remote, node: remote.node }, now, {
            maxDriftMs: Number.POSITIVE_INFINITY,
          });
          expect(tupleCompare(merged, local)).toBeGreaterThan(0);
          expect(
            merged.millis > remote.millis ||
              (merged.millis === remote.millis && merged.counter > remote.counter),
          ).toBe(true);
        },
      ),
    );
  });
});
