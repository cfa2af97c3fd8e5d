/**
 * `mcs validate <package|folder>… [--allow-dangling]`: one line `<file>: <reason>` per refused
 * package, then the dangling references of the valid ones: records whose required target is not
 * there. One package is checked on its own; several (a folder, or a list) are checked together,
 * so a membership in one package whose organisation is in another is fine. Exit 1 when a package
 * is refused or a reference dangles (unless `--allow-dangling`: then a warning), else a summary.
 */
import { readFile } from 'node:fs/promises';
import { readPackage } from '../../src-core/exchange/read';
import type { SyncedTableName } from '../../src-core/model/entities';
import { countDangling, findDangling } from '../../src-core/model/references';
import type { DanglingReference } from '../../src-core/model/references';
import { expandInputs, plural, reasonOf } from './mcs-common';
import type { McsIo } from './mcs-common';
import { nodeZipReader } from './node-zip';

/** Table names as English words: singular, plural. */
const TABLE_WORDS: Readonly<Record<SyncedTableName, readonly [string, string]>> = {
  valueChains: ['value chain', 'value chains'],
  clusters: ['cluster', 'clusters'],
  organisations: ['organisation', 'organisations'],
  memberships: ['membership', 'memberships'],
  contacts: ['contact', 'contacts'],
  metaClusters: ['meta-cluster', 'meta-clusters'],
  workshops: ['workshop', 'workshops'],
  recruitments: ['recruitment', 'recruitments'],
  recruitmentActivities: ['recruitment activity', 'recruitment activities'],
  reinforcementPlans: ['reinforcement plan', 'reinforcement plans'],
  pilotKpis: ['pilot KPI', 'pilot KPIs'],
  workshopParticipants: ['workshop participant', 'workshop participants'],
  workshopEntries: ['workshop entry', 'workshop entries'],
};

/** What one input gave: the reason it was refused, or its dangling required references. */
type Checked =
  | { readonly file: string; readonly refused: string }
  | { readonly file: string; readonly dangling: readonly DanglingReference[] };

/** "4 memberships point to organisations not in the package (field organisationId)" */
function danglingLines(dangling: readonly DanglingReference[], where: string): string[] {
  return countDangling(dangling).map(({ table, field, target, records }) => {
    const [one, many] = TABLE_WORDS[table];
    const verb = records === 1 ? 'points' : 'point';
    const targets = TABLE_WORDS[target][1];
    return `${plural(records, one, many)} ${verb} to ${targets} ${where} (field ${field})`;
  });
}

export async function validate(
  inputs: readonly string[],
  allowDangling: boolean,
  io: McsIo,
): Promise<number> {
  const checked: Checked[] = [];
  // The ids every valid package holds, per table (deleted records count: a deletion is data).
  const held = new Map<SyncedTableName, Set<string>>();
  for (const input of await expandInputs(inputs)) {
    try {
      if (input.error !== undefined) throw input.error;
      const { tables } = await readPackage(new Uint8Array(await readFile(input.file)), {
        zipReader: nodeZipReader,
      });
      for (const [table, records] of Object.entries(tables) as [
        SyncedTableName,
        { id: string }[],
      ][]) {
        let ids = held.get(table);
        if (ids === undefined) held.set(table, (ids = new Set()));
        for (const record of records) ids.add(record.id);
      }
      const dangling = findDangling(tables).filter((ref) => ref.required);
      checked.push({ file: input.file, dangling });
    } catch (error) {
      checked.push({ file: input.file, refused: reasonOf(error) });
    }
  }
  const valid = checked.filter((check) => 'dangling' in check).length;
  const where = valid === 1 ? 'not in the package' : `in none of the ${valid} packages`;
  let refused = 0;
  let dangles = 0;
  for (const check of checked) {
    if ('refused' in check) {
      refused++;
      io.out(`${check.file}: ${check.refused}`);
      continue;
    }
    const missing = check.dangling.filter((ref) => !held.get(ref.table)?.has(ref.id));
    for (const line of danglingLines(missing, where)) {
      dangles++;
      io.out(`${check.file}: ${allowDangling ? 'warning: ' : ''}${line}`);
    }
  }
  const failed = refused > 0 || (dangles > 0 && !allowDangling);
  if (!failed) io.out(`${plural(checked.length, 'package')} valid.`);
  return failed ? 1 : 0;
}
