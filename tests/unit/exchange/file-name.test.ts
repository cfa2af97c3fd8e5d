// Package file names say who sent a package and for whom, so nobody picks the wrong file.
import { describe, expect, it } from 'vitest';
import { packageFileName } from '../../../src-core/exchange';

const AT = Date.UTC(2026, 2, 14, 14, 32, 10);

describe('packageFileName', () => {
  it('changes for one partner name the sender first, then the recipient', () => {
    expect(
      packageFileName({
        from: 'Tunisian Olive Oil Cluster',
        to: 'Clúster Agroalimentario de Jaén',
        what: 'changes',
        at: AT,
      }),
    ).toBe(
      'from-tunisian-olive-oil-cluster-to-cluster-agroalimentario-de-jaen-changes-2026-03-14-14-32.mcpkg',
    );
  });

  it('a scope names what it holds', () => {
    expect(
      packageFileName({
        from: 'Pôle Oléicole',
        what: 'meta-cluster',
        name: 'Olive oil & by-products',
        at: AT,
      }),
    ).toBe('from-pole-oleicole-meta-cluster-olive-oil-by-products-2026-03-14-14-32.mcpkg');
    expect(packageFileName({ from: 'Pôle Oléicole', what: 'workspace', at: AT })).toBe(
      'from-pole-oleicole-workspace-2026-03-14-14-32.mcpkg',
    );
  });

  it('names without a letter or digit fall back to words, never an empty part', () => {
    expect(packageFileName({ from: 'مجمع', to: '—', what: 'changes', at: AT })).toBe(
      'from-workspace-to-partner-changes-2026-03-14-14-32.mcpkg',
    );
  });
});
