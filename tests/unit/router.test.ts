import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../src-renderer/routing/router';

describe('hash routes', () => {
  it.each([
    ['', { section: 'clusters', params: {} }],
    ['#/organisations', { section: 'organisations', params: {} }],
    [
      '#/organisations/new?clusterId=c1',
      { section: 'organisations', action: 'new', params: { clusterId: 'c1' } },
    ],
    ['#/contacts/0192f0c4-7b1e', { section: 'contacts', id: '0192f0c4-7b1e', params: {} }],
    ['#/clusters/abc/edit', { section: 'clusters', id: 'abc', action: 'edit', params: {} }],
    ['#/nowhere/else?x=1', { section: 'clusters', params: {} }],
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('builds what it parses', () => {
    const href = hrefOf('memberships', undefined, 'new', {
      organisationId: 'o 1',
      clusterId: 'c/2',
    });
    expect(parseRoute(href)).toEqual({
      section: 'memberships',
      action: 'new',
      params: { organisationId: 'o 1', clusterId: 'c/2' },
    });
    expect(parseRoute(hrefOf('organisations', 'a/b', 'edit'))).toEqual({
      section: 'organisations',
      id: 'a/b',
      action: 'edit',
      params: {},
    });
  });
});
