import { describe, expect, it } from 'vitest';
import { escapeSpreadsheetCell, toCsv } from '../../../src-core/roster/spreadsheet';

describe('escapeSpreadsheetCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['-1+cmd|" /C calc"!A0', `'-1+cmd|" /C calc"!A0`],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\ncmd', "'\ncmd"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises %j', (value, escaped) => {
    expect(escapeSpreadsheetCell(value)).toBe(escaped);
  });

  it('strips stray control characters, including one hiding a formula', () => {
    expect(escapeSpreadsheetCell('Olive\u0000 Oil\u0007')).toBe('Olive Oil');
    expect(escapeSpreadsheetCell('\u0001=1+1')).toBe("'=1+1");
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Cluster Oléicole de Sfax', 'a=b', 'x-y', 'mail@foo.tn', '', "'quoted"]) {
      expect(escapeSpreadsheetCell(text)).toBe(text);
    }
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180 with CRLF line ends', () => {
    const csv = toCsv(
      ['name', 'note'],
      [
        ['Aceites "El Sur"', 'one, two'],
        ['Line\nbreak', 'cr\rhere'],
        ['plain', null],
      ],
    );
    expect(csv).toBe(
      'name,note\r\n"Aceites ""El Sur""","one, two"\r\n"Line\nbreak","cr\rhere"\r\nplain,\r\n',
    );
  });

  it('escapes text cells but keeps numbers and booleans as data', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [[-2, '-2', true, Number.NaN]]);
    expect(csv).toBe("a,b,c,d\r\n-2,'-2,true,\r\n");
  });

  it('escapes header cells and quotes an escaped formula with a comma', () => {
    expect(toCsv(['=1,2'], [])).toBe(`"'=1,2"\r\n`);
  });

  it('writes a BOM and another delimiter on request', () => {
    const csv = toCsv(['nom', 'pays'], [['Société; Générale', 'TN']], {
      bom: true,
      delimiter: ';',
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('nom;pays\r\n"Société; Générale";TN\r\n');
  });
});
