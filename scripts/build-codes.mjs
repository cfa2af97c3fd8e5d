// Builds the offline code lists in assets/codes/ from the Eurostat CSVs in ../shared/data/codes
// and the iso-3166 package. Deterministic: same inputs, byte-identical outputs. Run: `npm run codes`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31661, iso31662 } from 'iso-3166';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(repoRoot, '../shared/data/codes');
const outDir = path.join(repoRoot, 'assets/codes');

/** Mediterranean countries the app knows. `isEligible`: listed as eligible in PRODUCT.md. */
const EU_MED = ['ES', 'FR', 'IT', 'MT', 'SI', 'HR', 'GR', 'CY', 'PT'];
const PARTNER_MED = ['BA', 'ME', 'AL', 'TR', 'TN', 'EG', 'JO', 'LB', 'PS', 'IL', 'MA', 'DZ'];
/** Mediterranean coastal states outside the listed ones: known to the app, not marked eligible. */
const OTHER_MED = ['LY', 'SY', 'MC'];
const NACE_LANGUAGES = ['en', 'es', 'fr', 'it', 'el', 'hr', 'sl', 'pt', 'mt'];

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (inQuotes) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row; checks every row has the header's width. */
function readCsv(file) {
  const [header, ...rows] = parseCsv(readFileSync(path.join(sharedDir, file), 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`${file} row ${i + 2}: ${cells.length} fields, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]]));
  });
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Compact, stable JSON: scalar keys first, then each array with one entry per line. */
function writeJson(file, meta, lists) {
  const parts = Object.entries(meta).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  for (const [name, entries] of Object.entries(lists)) {
    const lines = entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n');
    parts.push(`  ${JSON.stringify(name)}: [\n${lines}\n  ]`);
  }
  const text = `{\n${parts.join(',\n')}\n}\n`;
  writeFileSync(path.join(outDir, file), text);
  return text.length;
}

function buildCountries() {
  const known = new Map(iso31661.map((c) => [c.alpha2, c]));
  const entries = [...EU_MED, ...PARTNER_MED, ...OTHER_MED].map((alpha2) => {
    const iso = known.get(alpha2);
    if (!iso) throw new Error(`iso-3166 has no country ${alpha2}`);
    const isEu = EU_MED.includes(alpha2);
    return {
      alpha2,
      alpha3: iso.alpha3,
      isEu,
      isEligible: !OTHER_MED.includes(alpha2),
      nutsCode: isEu ? (alpha2 === 'GR' ? 'EL' : alpha2) : null,
    };
  });
  return entries.sort((a, b) => (a.alpha2 < b.alpha2 ? -1 : 1));
}

function buildRegions(countries, isoVersion) {
  const isoOfNuts = new Map(countries.filter((c) => c.nutsCode).map((c) => [c.nutsCode, c.alpha2]));
  const nuts = readCsv('nuts2024.csv')
    .filter(
      (r) =>
        (r.level === '1' || r.level === '2') &&
        r.is_extra_regio === '0' &&
        isoOfNuts.has(r.country_code),
    )
    .map((r) => ({
      code: r.code,
      level: Number(r.level),
      country: isoOfNuts.get(r.country_code),
      parent: r.parent_code,
      label: r.label,
      labelLatin: r.label_latin,
    }))
    .sort(byCode);
  const nonEu = new Set(countries.filter((c) => !c.isEu).map((c) => c.alpha2));
  const subdivisions = iso31662
    .filter((s) => nonEu.has(s.parent))
    .map((s) => ({ code: s.code, country: s.parent, name: s.name }))
    .sort(byCode);
  for (const c of countries) {
    const list = c.isEu
      ? nuts.filter((r) => r.country === c.alpha2 && r.level === 2)
      : subdivisions.filter((s) => s.country === c.alpha2);
    if (list.length === 0) throw new Error(`No regions for ${c.alpha2}`);
  }
  return {
    versions: { nuts: 'NUTS 2024', subdivisions: `ISO 3166-2 via iso-3166@${isoVersion}` },
    nuts,
    subdivisions,
  };
}

function buildNace() {
  const rows = readCsv('nace_rev2_1_multilingual.csv').filter(
    (r) => r.level === '1' || r.level === '2',
  );
  const entries = rows.map((r) => {
    const labels = {};
    for (const lang of NACE_LANGUAGES) {
      const label = r[`label_${lang}`];
      if (!label) throw new Error(`NACE ${r.code} has no ${lang} label`);
      labels[lang] = label;
    }
    return {
      code: r.code,
      level: Number(r.level),
      parent: r.parent_code || null,
      section: r.section,
      labels,
    };
  });
  // Sections (letters) first, then divisions (digits), each in code order.
  const sections = entries.filter((e) => e.level === 1).sort(byCode);
  const divisions = entries.filter((e) => e.level === 2).sort(byCode);
  if (sections.length !== 22 || divisions.length !== 87) {
    throw new Error(
      `NACE Rev. 2.1 should have 22 sections and 87 divisions, got ${sections.length}/${divisions.length}`,
    );
  }
  return { sections, divisions };
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const isoVersion = JSON.parse(
    readFileSync(path.join(repoRoot, 'node_modules/iso-3166/package.json'), 'utf8'),
  ).version;
  const countries = buildCountries();
  const regions = buildRegions(countries, isoVersion);
  const nace = buildNace();
  const sizes = {
    'countries.json': writeJson(
      'countries.json',
      { version: `ISO 3166-1 via iso-3166@${isoVersion}` },
      { countries },
    ),
    'regions.json': writeJson(
      'regions.json',
      { versions: regions.versions },
      { nuts: regions.nuts, subdivisions: regions.subdivisions },
    ),
    'nace.json': writeJson(
      'nace.json',
      { version: 'NACE Rev. 2.1', languages: NACE_LANGUAGES },
      { sections: nace.sections, divisions: nace.divisions },
    ),
  };
  for (const [file, size] of Object.entries(sizes))
    console.log(`assets/codes/${file}: ${(size / 1024).toFixed(1)} KB`);
  console.log(
    `${countries.length} countries, ${regions.nuts.length} NUTS regions, ${regions.subdivisions.length} ISO 3166-2 subdivisions, ` +
      `${nace.sections.length} NACE sections, ${nace.divisions.length} divisions`,
  );
}

main();
