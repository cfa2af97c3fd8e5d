// The room end to end without a browser: the real room server (src-main/room) on loopback, the
// facilitator's host session writing into a real (fake-indexeddb) workspace through the commands,
// and twenty phones on real WebSockets — four pick their name, sixteen walk in and are admitted.
// Cards and dots are sent with repeats and dropped connections, the facilitator's page "reloads"
// in the middle of the vote, and the totals come out exactly as the phones meant them.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createRoomServer, type RoomServer } from '../../../src-main/room/server';
import type { PhoneMode } from '../../../src-core/room/phone-modes';
import type { CommandContext } from '../../../src-renderer/db/commands';
import { createRepositories } from '../../../src-renderer/db/repositories';
import { openStudioDb, type StudioDb } from '../../../src-renderer/db/schema';
import { addWalkIn } from '../../../src-renderer/db/workshop-walk-ins';
import { queryRunData, runActions, type RunData } from '../../../src-renderer/db/workshop-run';
import { RoomHostSession, roomMessages } from '../../../src-renderer/room/room-host';
import { openWorkspaces, roomScenario, T0, TODAY } from './fixture';
import { TestPhone } from './test-phone';

const { workspace, closeAll } = openWorkspaces(T0);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  closeAll();
});

/** The phone page as the desktop app serves it (these phones speak the protocol themselves). */
const PHONE_DIR = fileURLToPath(new URL('../../../src-main/room/phone', import.meta.url));

/** The facilitator's page: a host session fed by a live query of the run, as the Run view is. */
function facilitator(
  db: StudioDb,
  workshopId: string,
  server: RoomServer,
  origin: string,
  mode: PhoneMode,
) {
  let data: RunData | null = null;
  // What phones are asked to do: kept across a reload (the page keeps it in localStorage).
  const state = { mode };
  const ctx: CommandContext = {
    db,
    repositories: createRepositories(db, () => Date.now()),
    today: TODAY,
  };
  const messages = () => {
    if (!data) throw new Error('no data yet');
    const stage = data.order.find((s) => s.id === data!.workshop.run.currentStageId) ?? null;
    return roomMessages(data, stage, state.mode, 'en');
  };
  let session: RoomHostSession | null = null;
  const subscription = liveQuery(() => queryRunData(db, workshopId, TODAY)).subscribe((next) => {
    data = next;
    if (session === null && data) {
      session = new RoomHostSession(
        { server: origin, hostKey: server.hostKey },
        { context: () => ctx, messages },
        { WebSocket: WebSocket as unknown as typeof globalThis.WebSocket },
      );
    }
    session?.sync();
  });
  return {
    ctx,
    get session() {
      if (!session) throw new Error('not connected yet');
      return session;
    },
    setMode(mode: PhoneMode) {
      state.mode = mode;
      session?.sync();
    },
    async ready() {
      while (session === null || session.snapshot.status !== 'open') {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close() {
      subscription.unsubscribe();
      session?.close();
    },
  };
}

async function all(
  phones: readonly TestPhone[],
  check: (phone: TestPhone) => boolean,
  what: string,
) {
  await Promise.all(phones.map((phone) => phone.until(() => check(phone), what)));
}

describe('twenty phones in the room', () => {
  it('cards and dots with repeats, drops and a reload of the page: exact totals', async () => {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const server = createRoomServer({ phoneDir: PHONE_DIR });
    const { port } = await server.start('127.0.0.1', 0);
    cleanups.push(() => server.stop());
    const url = server.url('127.0.0.1');
    const origin = `http://127.0.0.1:${port}`;

    let host = facilitator(ws.db, room.workshop.id, server, origin, 'cards');
    cleanups.push(() => host.close());
    await host.ready();

    // Four people checked in pick their names; sixteen walk in and are let in.
    const phones = Array.from(
      { length: 20 },
      (_, i) => new TestPhone(url, server.pin, `phone${String(i).padStart(2, '0')}`),
    );
    cleanups.push(() => phones.forEach((phone) => phone.close()));
    await Promise.all(phones.map((phone) => phone.connect()));
    await all(phones, (p) => p.names.length === 4, 'the four names');
    expect(phones[0]!.names.map((p) => p.name)).toEqual([
      'Amal Haddad',
      'Lucía Martínez Ortega',
      'Karim Trabelsi',
      'Pilar Ruiz',
    ]);
    phones.slice(0, 4).forEach((phone, i) => phone.join(phones[0]!.names[i]!.id));
    phones
      .slice(4)
      .forEach((phone, i) => phone.walkIn(`Invitée ${i + 1}`, `Coopérative n°${i + 1}`));
    await all(phones.slice(4), (p) => p.isPending, 'waiting for the facilitator');
    const waiting = () => host.session.snapshot.walkIns;
    while (waiting().length < 16) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const request of waiting()) {
      const { participant } = await addWalkIn(
        ws.db,
        host.ctx.repositories,
        room.workshop.id,
        {
          givenName: request.name,
          familyName: '',
          email: null,
          organisationId: null,
          newOrganisation: { name: request.organisation, type: 'other', country: 'TN' },
        },
        new Date(T0),
      );
      host.session.admit(request, participant.id, request.name);
    }
    await all(phones, (p) => p.participantId !== null && p.view?.mode === 'cards', 'cards');

    // Cards: two each; some sent twice, some with the connection dropping right after.
    phones.forEach((phone, i) => {
      phone.submit({ kind: 'card', text: `Idée ${i}-a`, theme: '' }, { twice: i % 5 === 0 });
      phone.submit({ kind: 'card', text: `Idée ${i}-b`, theme: '' }, { dropAfter: i % 7 === 0 });
    });
    await all(phones, (p) => p.settled() && p.acked.size === 2, 'cards acknowledged');
    const cards = (await ws.db.workshopEntries.toArray()).filter(
      (row) => !row.deleted && row.entry.kind === 'idea-cards',
    );
    expect(cards).toHaveLength(40);

    // Dots: the facilitator opens the vote; every phone sees the forty ideas.
    host.setMode('dots');
    await all(phones, (p) => p.view?.mode === 'dots' && p.view.ideas.length === 40, 'dots');
    const ideas = phones[0]!.view!.ideas.map((idea) => idea.id);
    const expected = new Map<string, number>();
    const vote = (phone: TestPhone, i: number, k: number, options = {}) => {
      const ideaId = ideas[(i * 3 + k) % 40]!;
      expected.set(ideaId, (expected.get(ideaId) ?? 0) + 1);
      phone.submit({ kind: 'dot', ideaId, delta: 1 }, options);
    };
    phones.forEach((phone, i) => {
      vote(phone, i, 0, { twice: i % 3 === 0 });
      vote(phone, i, 1, { dropAfter: i % 4 === 0 });
    });
    await all(phones, (p) => p.acked.size >= 3, 'a first dot acknowledged');

    // The facilitator's page reloads in the middle of the vote: a new database connection, a new
    // host session; what was in flight is sent again by the phones and counted once.
    host.close();
    ws.db.close();
    const reopened = openStudioDb(ws.db.name);
    await reopened.open();
    cleanups.push(() => reopened.close());
    phones.forEach((phone, i) => vote(phone, i, 2, { twice: i % 2 === 0 }));
    host = facilitator(reopened, room.workshop.id, server, origin, 'dots');
    cleanups.push(() => host.close());
    await host.ready();
    await all(phones, (p) => p.settled(), 'dots answered after the reload');
    phones.forEach((phone, i) => {
      vote(phone, i, 3);
      vote(phone, i, 4, { twice: i % 6 === 0 });
    });
    // A sixth dot is over the budget of five: refused, not written.
    const over = phones[0]!.submit({ kind: 'dot', ideaId: ideas[0]!, delta: 1 });
    await all(phones, (p) => p.settled(), 'all dots answered');
    expect(phones[0]!.refused.get(over)).toBe('budgetSpent');
    for (const phone of phones) expect(phone.acked.size).toBe(7);

    const votes = (await reopened.workshopEntries.toArray()).filter(
      (row) => !row.deleted && row.entry.kind === 'dot-votes',
    );
    const totals = new Map<string, number>();
    for (const row of votes) {
      if (row.entry.kind !== 'dot-votes') continue;
      totals.set(row.entry.ideaId, (totals.get(row.entry.ideaId) ?? 0) + row.entry.dots);
    }
    expect(Object.fromEntries(totals)).toEqual(Object.fromEntries(expected));
    // Each phone's own dots, as it sees them: five, hidden totals.
    await all(
      phones,
      (p) => Object.values(p.mine?.dots ?? {}).reduce((a, b) => a + b, 0) === 5,
      'own dots',
    );
    expect(phones[5]!.view?.revealed).toBeNull();

    // The facilitator reveals: every phone sees the totals.
    await runActions.reveal(
      reopened,
      host.ctx.repositories,
      room.workshop.id,
      's5-prioritisation',
      true,
    );
    const sorted = (totals: Record<string, number> | null | undefined) =>
      JSON.stringify(Object.entries(totals ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
    const revealed = Object.fromEntries(ideas.map((id) => [id, expected.get(id) ?? 0]));
    await all(phones, (p) => sorted(p.view?.revealed) === sorted(revealed), 'the totals');
  });
});
