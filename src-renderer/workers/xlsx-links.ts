/**
 * The web links of one sheet of an XLSX workbook (read-excel-file gives cell text only): a cell
 * showing "Site officiel" or a university's name can link to its web address. Reads the sheet's
 * <hyperlinks> and its relationships (xl/worksheets/_rels) straight from the zip.
 */
import { strFromU8, unzipSync } from 'fflate';

/** Cell position (0-based row and column) → the web address it links to. */
export type SheetLinks = ReadonlyMap<string, string>;

export const linkKey = (row: number, column: number): string => `${row}:${column}`;

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) {
    attributes.set(match[1]!, unescapeXml(match[2]!));
  }
  return attributes;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

const tagsOf = (xml: string, name: string): Map<string, string>[] =>
  [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => attributesOf(match[0]));

/** The relationship id attribute ("r:id", whatever the namespace prefix). */
const relationId = (attributes: Map<string, string>): string | undefined =>
  [...attributes].find(([name]) => name.endsWith(':id'))?.[1];

/** Relationship id → target, from a .rels part. */
function relationships(xml: string, type: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rel of tagsOf(xml, 'Relationship')) {
    const id = rel.get('Id');
    const target = rel.get('Target');
    if (id && target && (rel.get('Type') ?? '').endsWith(`/${type}`)) result.set(id, target);
  }
  return result;
}

/** "AB12" → [11, 27]. */
function cellPosition(ref: string): [number, number] | null {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]) - 1, column - 1];
}

/** "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml". */
const partPath = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/** The external web links of the named sheet; empty when it has none (or cannot be read). */
export function readSheetLinks(bytes: Uint8Array, sheetName: string): SheetLinks {
  const links = new Map<string, string>();
  try {
    const book = unzipSync(bytes, {
      filter: (file) =>
        file.name === 'xl/workbook.xml' ||
        file.name === 'xl/_rels/workbook.xml.rels' ||
        file.name.startsWith('xl/worksheets/_rels/'),
    });
    const workbook = book['xl/workbook.xml'];
    const workbookRels = book['xl/_rels/workbook.xml.rels'];
    if (!workbook || !workbookRels) return links;
    const sheet = tagsOf(strFromU8(workbook), 'sheet').find((s) => s.get('name') === sheetName);
    const target =
      sheet && relationships(strFromU8(workbookRels), 'worksheet').get(relationId(sheet) ?? '');
    if (!target) return links;
    const part = partPath(target);
    const sheetRels = book[relsPathOf(part)];
    if (!sheetRels) return links;
    const targets = relationships(strFromU8(sheetRels), 'hyperlink');
    if (targets.size === 0) return links;
    const sheetXml = unzipSync(bytes, { filter: (file) => file.name === part })[part];
    if (!sheetXml) return links;
    for (const link of tagsOf(strFromU8(sheetXml), 'hyperlink')) {
      const url = targets.get(relationId(link) ?? '');
      if (!url || !/^https?:\/\//i.test(url)) continue;
      // A link over a range ("D4:D9") links each of its cells.
      const [from, to = from] = (link.get('ref') ?? '').split(':');
      const start = cellPosition(from ?? '');
      const end = cellPosition(to ?? '');
      if (!start || !end || (end[0] - start[0] + 1) * (end[1] - start[1] + 1) > 10_000) continue;
      for (let row = start[0]; row <= end[0]; row += 1)
        for (let column = start[1]; column <= end[1]; column += 1)
          links.set(linkKey(row, column), url);
    }
  } catch {
    // Links are a bonus: a workbook read-excel-file accepted still imports without them.
  }
  return links;
}
