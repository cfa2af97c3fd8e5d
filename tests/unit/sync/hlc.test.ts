import { describe, expect, it } from 'vitest';
import {
  ClockError,
  compareHlc,
  formatHlc,
  initialHlc,
  nodeOfHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
} from '../../../src-core/sync/hlc';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

describe('hybrid logical clock', () => {
  it('formats as fixed-width text that parses back', () => {
    const clock = { millis: 1_741_962_720_000, counter: 42, node: A };
    const text = formatHlc(clock);
    expect(text).toBe('000001741962720000-002a-aaaaaaaaaaaaaaaa');
    expect(parseHlc(text)).toEqual(clock);
    expect(nodeOfHlc(text)).toBe(A);
  });

  it('refuses malformed clocks and node ids', () => {
    expect(() => parseHlc('1741962720000-0-a')).toThrow(ClockError);
    expect(() => initialHlc('not-a-node')).toThrow(/node id/);
  });

  it('ticks forward with wall time, and by counter when time stands still or goes back', () => {
    const start = initialHlc(A);
    const first = tickHlc(start, 1000);
    expect(first).toEqual({ millis: 1000, counter: 0, node: A });
    const same = tickHlc(first, 1000);
    expect(same).toEqual({ millis: 1000, counter: 1, node: A });
    const backwards = tickHlc(same, 500);
    expect(backwards).toEqual({ millis: 1000, counter: 2, node: A });
    expect(compareHlc(formatHlc(first), formatHlc(same))).toBe(-1);
    expect(compareHlc(formatHlc(same), formatHlc(backwards))).toBe(-1);
  });

  it('after receiving a remote clock, the next local clock sorts after it', () => {
    const local = { millis: 1000, counter: 0, node: A };
    const remote = { millis: 5000, counter: 7, node: B };
    const merged = receiveHlc(local, remote, 2000);
    expect(merged).toEqual({ millis: 5000, counter: 8, node: A });
    expect(formatHlc(tickHlc(merged, 2000)) > formatHlc(remote)).toBe(true);
  });

  it('reports a remote clock too far in the future as clock skew, naming the node', () => {
    const local = initialHlc(A);
    const remote = { millis: 3 * 86_400_000, counter: 0, node: B };
    try {
      receiveHlc(local, remote, 0);
      expect.unreachable('skew must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ClockError);
      expect((error as ClockError).code).toBe('clock-skew');
      expect((error as ClockError).node).toBe(B);
    }
  });

  it('refuses more than 65,536 events in one millisecond rather than wrapping', () => {
    const full = { millis: 1000, counter: 0xffff, node: A };
    expect(() => tickHlc(full, 1000)).toThrow(/one millisecond/);
  });
});
