/**
 * Builds small XLSX workbooks the way Excel writes them (shared strings, rows with their numbers,
 * empty rows left out, merged cells, hyperlinks as sheet relationships), zipped with fflate: the
 * parts a real file has that write-excel-file cannot produce (it writes no hyperlinks).
 */
import { strToU8, zipSync } from 'fflate';

/** A cell: text, a number, a linked text (`link` is its web address), or empty. */
export type FixtureCell = string | number | { readonly text: string; readonly link: string } | null;

export interface FixtureSheet {
  readonly name: string;
  readonly rows: readonly (readonly FixtureCell[])[];
  /** Merged ranges, such as "A1:E1" for a title across the table. */
  readonly merges?: readonly string[];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnName = (index: number): string => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = `${REL_NS}`;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetXml(
  sheet: FixtureSheet,
  stringIndex: (text: string) => number,
): { xml: string; rels: string | null } {
  const links: { ref: string; id: string; url: string }[] = [];
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (cell === null || cell === '') return '';
          const ref = `${columnName(c)}${r + 1}`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          const text = typeof cell === 'string' ? cell : cell.text;
          if (typeof cell !== 'string') {
            links.push({ ref, id: `rId${links.length + 1}`, url: cell.link });
          }
          return `<c r="${ref}" t="s"><v>${stringIndex(text)}</v></c>`;
        })
        .join('');
      // Excel leaves empty rows out; the row numbers say where the others are.
      return cells === '' ? '' : `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map((ref) => `<mergeCell ref="${ref}"/>`)
        .join('')}</mergeCells>`
    : '';
  const hyperlinks = links.length
    ? `<hyperlinks>${links.map((l) => `<hyperlink ref="${l.ref}" r:id="${l.id}"/>`).join('')}</hyperlinks>`
    : '';
  const xml = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetData>${rows}</sheetData>${merges}${hyperlinks}</worksheet>`;
  const rels = links.length
    ? `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links
        .map(
          (l) =>
            `<Relationship Id="${l.id}" Type="${REL_TYPE}/hyperlink" Target="${escapeXml(l.url)}" TargetMode="External"/>`,
        )
        .join('')}</Relationships>`
    : null;
  return { xml, rels };
}

/** The workbook's bytes, as an .xlsx file. */
export function buildXlsx(sheets: readonly FixtureSheet[]): Uint8Array {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const stringIndex = (text: string): number => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    const { xml, rels } = sheetXml(sheet, stringIndex);
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml);
    if (rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(rels);
  });
  const relsNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${relsNs}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  const n = sheets.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${relsNs}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}` +
      `<Relationship Id="rId${n + 1}" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL_TYPE}/styles" Target="styles.xml"/>` +
      '</Relationships>',
  );
  files['xl/styles.xml'] = strToU8(
    `${HEAD}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '</styleSheet>',
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `${HEAD}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
      .join('')}</sst>`,
  );
  return zipSync(files);
}
