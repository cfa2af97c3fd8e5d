import { describe, expect, it } from 'vitest';
import {
  guardUnload,
  pendingWrites,
  trackWrite,
  whenWritesSettled,
} from '../../../src-renderer/db/pending-writes';
import { clusterFields, freshDb } from './helpers';
import { createRepositories } from '../../../src-renderer/db/repositories';

describe('pending writes', () => {
  it('counts a read-write transaction until it commits, and not a read', async () => {
    const db = await freshDb();
    expect(pendingWrites()).toBe(0);
    let during = -1;
    const write = db.transaction('rw', db.clusters, async () => {
      during = pendingWrites();
      await db.clusters.count();
    });
    await write;
    await whenWritesSettled();
    expect(during).toBe(1);
    expect(pendingWrites()).toBe(0);

    let duringRead = -1;
    await db.transaction('r', db.clusters, async () => {
      duringRead = pendingWrites();
      await db.clusters.count();
    });
    expect(duringRead).toBe(0);
  });

  it('counts a repository write and an aborted transaction ends the count too', async () => {
    const db = await freshDb();
    const repositories = createRepositories(db);
    let whileCreating = -1;
    db.clusters.hook('creating', () => {
      whileCreating = pendingWrites();
    });
    await repositories.clusters.create(clusterFields());
    await whenWritesSettled();
    expect(whileCreating).toBe(1);
    expect(pendingWrites()).toBe(0);

    await expect(
      db.transaction('rw', db.clusters, async () => {
        await db.clusters.count();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    // The abort event comes after the rejection: waiting for it ends (or the test times out).
    await whenWritesSettled();
    expect(pendingWrites()).toBe(0);
  });

  it('a tracked command counts from its start, even before its transaction opens', async () => {
    let finish!: () => void;
    const command = trackWrite(new Promise<void>((resolve) => (finish = resolve)));
    expect(pendingWrites()).toBe(1);
    const settled = whenWritesSettled();
    finish();
    await command;
    await settled;
    expect(pendingWrites()).toBe(0);
  });

  it('leaving the page asks only while a write is pending', async () => {
    const page = new EventTarget();
    const stop = guardUnload(page as unknown as Window);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    let finish!: () => void;
    const command = trackWrite(new Promise<void>((resolve) => (finish = resolve)));
    expect(leave()).toBe(true);
    finish();
    await command;
    await whenWritesSettled();
    expect(leave()).toBe(false);
    stop();
  });
});
