// Pure list edits: the lead role and the lead cluster stay one fact whatever the order of role
// changes (a property), signatories are known by name and organisation, action lines by id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EditError,
  addSignatory,
  editAction,
  leadOf,
  removeSignatory,
  rolesAgreeingWith,
  upsertActions,
  withRole,
  type RoleRow,
} from '../../../src-core/edits';

const roles = ['lead', 'member', 'observer'] as const;

describe('roles', () => {
  it('never hold more than one lead, and the lead is the last cluster given the lead role', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom(...roles)), {
          maxLength: 30,
        }),
        (changes) => {
          let rows: RoleRow[] = [];
          let expectedLead: string | null = null;
          for (const [clusterId, role] of changes) {
            rows = withRole(rows, clusterId, role);
            if (role === 'lead') expectedLead = clusterId;
            else if (expectedLead === clusterId) expectedLead = null;
          }
          expect(rows.filter((row) => row.role === 'lead').length).toBeLessThanOrEqual(1);
          expect(leadOf(rows)).toBe(expectedLead);
          expect(new Set(rows.map((row) => row.clusterId)).size).toBe(rows.length);
        },
      ),
    );
  });

  it('take the lead stored apart by an older record when no role names one', () => {
    const rows: RoleRow[] = [
      { clusterId: 'a', role: 'member' },
      { clusterId: 'b', role: 'member' },
    ];
    expect(leadOf(rolesAgreeingWith(rows, 'b'))).toBe('b');
    expect(leadOf(rolesAgreeingWith(rows, 'z'))).toBeNull();
  });
});

describe('signatories and action lines', () => {
  const person = { name: 'Leila Trabelsi', organisation: 'Sfax Olive Cluster', signedOn: null };

  it('refuse the same person twice, whatever the case', () => {
    const list = addSignatory([], person);
    expect(() => addSignatory(list, { ...person, name: 'LEILA TRABELSI ' })).toThrow(EditError);
    expect(
      removeSignatory(list, { name: 'leila trabelsi', organisation: 'sfax olive cluster' }),
    ).toEqual([]);
  });

  it('edit a line by id, refuse an unknown one, and bring in lines replacing those with the same id', () => {
    const line = {
      id: 'a1',
      text: 'Pilot',
      owner: '',
      due: null,
      kpi: '',
      status: 'planned' as const,
    };
    expect(editAction([line], 'a1', { owner: 'Huilerie' })).toEqual([
      { ...line, owner: 'Huilerie' },
    ]);
    expect(() => editAction([line], 'zz', { owner: 'x' })).toThrow('edit.notFound');
    const other = { ...line, id: 'b2', text: 'Fair' };
    expect(upsertActions([line, other], [{ ...line, kpi: '3' }])).toEqual([
      other,
      { ...line, kpi: '3' },
    ]);
  });
});
