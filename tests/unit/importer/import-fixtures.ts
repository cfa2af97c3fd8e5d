/**
 * Files facilitators actually receive, built by the tests: a French Excel "CSV" (Windows-1252,
 * semicolons), Excel's "Unicode text" (UTF-16 LE with a byte-order mark, tabs), and a partner's
 * workbook with a readme sheet and a list under a merged title, an empty row and linked cells.
 * Used by the unit tests and the import e2e spec.
 */
import { buildXlsx } from './xlsx-fixture';

/** Windows-1252's characters for the bytes 0x80–0x9F (from the WHATWG index; "\0" unassigned). */
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/**
 * The text in a single-byte code page (TextEncoder only writes UTF-8), as Excel writes a plain
 * "CSV" in that language; "?" for a character the code page cannot hold. Windows-1252 from its
 * table (Node 20's TextDecoder reads it as Latin-1), the others from TextDecoder.
 */
export function encodeSingleByte(text: string, encoding = 'windows-1252'): Uint8Array {
  const byteOf = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let byte = 255; byte >= 0; byte -= 1) {
    const char =
      encoding === 'windows-1252'
        ? byte >= 0x80 && byte < 0xa0
          ? CP1252_HIGH[byte - 0x80]!
          : String.fromCharCode(byte)
        : decoder.decode(new Uint8Array([byte]));
    if (char !== '\0') byteOf.set(char, byte);
  }
  return Uint8Array.from([...text], (char) => byteOf.get(char) ?? 0x3f);
}

/** UTF-16 little-endian with a byte-order mark, as Excel's "Unicode text" writes. */
export function encodeUtf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = code & 0xff;
    bytes[3 + 2 * i] = code >> 8;
  }
  return bytes;
}

/** The rows of the French list: what a valid row should become. */
export const frenchUniversities = [
  ['Université Côte d’Azur', 'université', 'France', 'Nice', 'https://univ-cotedazur.fr'],
  ['Aix-Marseille Université', 'université', 'France', 'Marseille', 'https://www.univ-amu.fr'],
  ['Università di Bologna', 'université', 'Italie', 'Bologne', 'https://www.unibo.it'],
  ['Universitat Politècnica de València', 'université', 'Espagne', 'Valence', 'https://www.upv.es'],
  [
    'École Centrale Méditerranée',
    'université',
    'France',
    'Marseille',
    'https://www.centrale-med.fr',
  ],
] as const;

export const frenchHeader = ['Nom', 'Type', 'Pays', 'Ville', 'Site web'] as const;

/** French Excel's "CSV (séparateur : point-virgule)": Windows-1252, ";", CRLF. */
export function frenchUniversitiesCsv(): Uint8Array {
  const lines = [frenchHeader, ...frenchUniversities].map((row) => row.join(';'));
  return encodeSingleByte(`${lines.join('\r\n')}\r\n`);
}

/** The list of the partner workbook's second sheet, as the sheet shows it (title on row 1). */
export const partnerRows = [
  ['Universidad de Málaga', 'universidad', 'Espagne', 'https://www.uma.es'],
  ['Università degli Studi di Palermo', 'università', 'Italie', 'https://www.unipa.it'],
  ['Université de Montpellier', 'université', 'France', 'https://www.umontpellier.fr'],
  ['Universitat de Girona', 'universitat', 'Espagne', 'https://www.udg.edu'],
] as const;

/**
 * A partner's workbook of two lists: "Entreprises" first, then "Universités" with a title merged
 * across the table (row 1), an empty row, the header on row 3 and the list from row 4. Websites
 * are links shown as "Site officiel", except one shown as its address; one name is a link too (it
 * stays a name). Row 8 has a country nobody knows (a problem on row 8).
 */
export function partnerWorkbook(): Uint8Array {
  const [malaga, palermo, montpellier, girona] = partnerRows;
  return buildXlsx([
    {
      name: 'Entreprises',
      rows: [
        ['Nom', 'Type', 'Pays'],
        ['Oléicole de Provence', 'PME', 'France'],
        ['Conserveras del Sur', 'PME', 'Espagne'],
      ],
    },
    {
      name: 'Universités',
      merges: ['A1:D1'],
      rows: [
        ['Universités partenaires — réseau méditerranéen 2025', null, null, null],
        [],
        ['Nom', 'Type', 'Pays', 'Site web'],
        [malaga[0], malaga[1], malaga[2], { text: 'Site officiel', link: malaga[3] }],
        [
          { text: palermo[0], link: 'https://it.wikipedia.org/wiki/Universit%C3%A0_di_Palermo' },
          palermo[1],
          palermo[2],
          { text: 'Site officiel', link: palermo[3] },
        ],
        [
          montpellier[0],
          montpellier[1],
          montpellier[2],
          { text: montpellier[3], link: montpellier[3] },
        ],
        [girona[0], girona[1], girona[2], { text: 'Site officiel', link: girona[3] }],
        ['Université de Nulle Part', 'université', 'Atlantide', null],
      ],
    },
  ]);
}
