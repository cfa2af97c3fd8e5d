// A bar chart's row label in at most two lines, broken between words, cut with an ellipsis.
import { describe, expect, it } from 'vitest';
import { labelLines } from '../../../src-renderer/ui/charts/HorizontalBarChart';

describe('labelLines', () => {
  it('keeps a short label whole, on one line', () => {
    expect(labelLines('Shared pomace plant', 30)).toEqual(['Shared pomace plant']);
  });

  it('breaks between words into two lines, and cuts the rest with an ellipsis', () => {
    const lines = labelLines(
      '1. Idea 1: a shared pilot line where the mills of the three regions test pomace drying',
      28,
    );
    expect(lines).toEqual(['1. Idea 1: a shared pilot', 'line where the mills of the…']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
  });

  it('cuts a word longer than a line', () => {
    expect(labelLines('Pneumonoultramicroscopicsilicovolcanoconiosis', 12)).toEqual([
      'Pneumonoult…',
    ]);
  });
});
