/**
 * The room server's defences (issue 15), over real sockets on 127.0.0.1: bad PINs and tokens,
 * oversized, malformed and invalid messages, floods, host connections without the key or from
 * elsewhere, and submissions while no facilitator is connected — each refused, nothing forwarded
 * to the facilitator's page. How joined phones and the host work together is in room-flow.test.ts.
 */
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_MAX_MESSAGE_BYTES, ROOM_RATE_LIMIT } from '../../src-core/room/protocol';
import { isLoopbackAddress } from '../../src-main/room/addresses';
import {
  connectHost,
  connectPhone,
  join,
  openRoom,
  roster,
  until,
  type OpenRoom,
  type Peer,
} from './room-sim';

let room: OpenRoom;
afterEach(async () => {
  await room?.close();
});

/** A room with a facilitator connected and three checked-in participants. */
async function withHost(): Promise<{ host: Peer }> {
  room = await openRoom();
  const host = await connectHost(room);
  host.send({ type: 'participants', list: roster(3) });
  // The list has arrived once a phone that knows the PIN is given it.
  const probe = await connectPhone(room);
  const names = probe.next((m) => m.type === 'participants' && m.list.length === 3);
  probe.send({ type: 'names', pin: room.server.pin });
  await names;
  await probe.close();
  return { host };
}

function submission(clientId: string, text = 'Shared cold storage for fishers') {
  return { type: 'submit', clientId, stageId: 'stage-1', action: { kind: 'card', text } };
}

/** Sends a good submission after the bad ones: once it reaches the host, the bad ones did not. */
async function barrier(phone: Peer, host: Peer): Promise<void> {
  const arrived = host.next((m) => m.type === 'submission' && m.clientId === 'barrier-0001');
  phone.send(submission('barrier-0001'));
  await arrived;
}

const submissions = (host: Peer) => host.all('submission');

describe('the phone page', () => {
  it('is served with a strict policy, and nothing else is', async () => {
    room = await openRoom();
    const page = await fetch(`${room.origin}/`);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`ws://127.0.0.1:${room.port}`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('src="phone.js"');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    for (const file of [
      'phone.js',
      'phone-base.js',
      'phone-stages.js',
      'phone-ui.js',
      'strings/en.js',
      'strings/ar.js',
      'phone.css',
    ]) {
      expect((await fetch(`${room.origin}/${file}`)).status).toBe(200);
    }
    expect((await fetch(`${room.origin}/../package.json`)).status).toBe(404);
    expect((await fetch(`${room.origin}/src-main/room/server.ts`)).status).toBe(404);
    expect((await fetch(`${room.origin}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it("carries the workshop's language for phones whose own language the page lacks", async () => {
    room = await openRoom({ language: 'es' });
    expect(await (await fetch(`${room.origin}/`)).text()).toContain('data-workshop-lang="es"');
    room.server.setLanguage('"><script>');
    expect(await (await fetch(`${room.origin}/`)).text()).toContain('data-workshop-lang=""');
  });
});

describe('joining', () => {
  it('refuses a wrong PIN, and gives names only to a phone that knows the PIN', async () => {
    await withHost();
    const phone = await connectPhone(room);
    const wrong = room.server.pin === '000000' ? '111111' : '000000';
    phone.send({ type: 'names', pin: wrong });
    expect(await phone.next((m) => m.type === 'refused')).toMatchObject({ reason: 'badPin' });
    phone.send({ type: 'join', pin: wrong, participantId: 'p-001' });
    expect(await phone.next((m) => m.type === 'refused')).toMatchObject({ reason: 'badPin' });
    expect(phone.all('participants')).toEqual([]);
    expect(phone.all('welcome')).toEqual([]);
  });

  it('stops taking PINs from an address after ten wrong ones a minute', async () => {
    await withHost();
    const phone = await connectPhone(room);
    const wrong = room.server.pin === '000000' ? '111111' : '000000';
    const tenth = phone.next((m) => m.type === 'refused' && phone.all('refused').length === 10);
    for (let i = 0; i < 10; i++) phone.send({ type: 'names', pin: wrong });
    await tenth;
    const phone2 = await connectPhone(room);
    phone2.send({ type: 'join', pin: room.server.pin, participantId: 'p-001' });
    expect(await phone2.next((m) => m.type === 'refused')).toMatchObject({ reason: 'tooFast' });
    expect(phone.all('refused').map((m) => m.reason)).toEqual(Array(10).fill('badPin'));
  });

  it('refuses an unknown or forged token, and submissions before joining', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    phone.send({ type: 'resume', token: 'A'.repeat(32) });
    expect(await phone.next((m) => m.type === 'refused')).toMatchObject({ reason: 'badToken' });
    const real = await join(room, await connectPhone(room), 'p-001');
    const forged = `${real.token.slice(0, -1)}${real.token.endsWith('A') ? 'B' : 'A'}`;
    phone.send({ type: 'resume', token: forged });
    expect(await phone.next((m) => m.type === 'refused')).toMatchObject({ reason: 'badToken' });
    phone.send(submission('before-join-1'));
    expect(await phone.next((m) => m.clientId === 'before-join-1')).toMatchObject({
      type: 'refused',
      reason: 'notJoined',
    });
    expect(submissions(host)).toEqual([]);
  });

  it('refuses a participant the room does not list', async () => {
    await withHost();
    const phone = await connectPhone(room);
    phone.send({ type: 'join', pin: room.server.pin, participantId: 'p-999' });
    expect(await phone.next((m) => m.type === 'refused')).toMatchObject({
      reason: 'unknownParticipant',
    });
  });
});

describe('bad messages', () => {
  it('closes the connection on a frame over the size limit, unread; the room carries on', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    const { token } = await join(room, phone, 'p-001');
    phone.send(submission('too-large-01', 'x'.repeat(ROOM_MAX_MESSAGE_BYTES)));
    const closed = await phone.closed;
    expect(closed.code).toBe(1009);
    // The same phone comes back with its token and is heard again; the large one never arrived.
    const again = await connectPhone(room);
    again.send({ type: 'resume', token });
    await again.next((m) => m.type === 'welcome');
    await barrier(again, host);
    expect(submissions(host).map((m) => m.clientId)).toEqual(['barrier-0001']);
  });

  it("refuses malformed JSON and messages that do not fit the protocol with 'badMessage'", async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    const bad: unknown[] = [
      '{"type":"submit",',
      'null',
      '[1,2,3]',
      {
        type: 'submit',
        clientId: 'short',
        stageId: 'stage-1',
        action: { kind: 'card', text: 'x' },
      },
      { type: 'submit', clientId: 'bad-kind-01', stageId: 'stage-1', action: { kind: 'sql' } },
      submission('empty-text-1', '   '),
      submission('long-text-01', 'y'.repeat(281)),
      { ...submission('bad-stage-01'), stageId: '../../etc' },
      {
        type: 'submit',
        clientId: 'dot-delta-1',
        stageId: 's',
        action: { kind: 'dot', ideaId: 'i', delta: 5 },
      },
      { type: 'score', clientId: 'no-such-type' },
      { type: 'join', pin: 123456, participantId: 'p-001' },
    ];
    for (const message of bad) phone.send(message);
    await barrier(phone, host);
    const refusals = phone.all('refused');
    expect(refusals).toHaveLength(bad.length);
    expect(refusals.every((m) => m.reason === 'badMessage')).toBe(true);
    expect(refusals.map((m) => m.clientId)).toContain('bad-kind-01');
    expect(submissions(host).map((m) => m.clientId)).toEqual(['barrier-0001']);
  });

  it("refuses a flood beyond the rate limit with 'tooFast' and forwards nothing beyond it", async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    const sent = ROOM_RATE_LIMIT.messages + 15;
    const last = phone.next((m) => m.clientId === `flood-${sent - 1}-xx`);
    for (let i = 0; i < sent; i++) phone.send(submission(`flood-${i}-xx`));
    await last;
    const tooFast = phone.all('refused').filter((m) => m.reason === 'tooFast');
    expect(tooFast).toHaveLength(15);
    expect(tooFast[0]?.clientId).toBe(`flood-${ROOM_RATE_LIMIT.messages}-xx`);
    await host.next((m) => m.clientId === `flood-${ROOM_RATE_LIMIT.messages - 1}-xx`, 5_000, true);
    expect(submissions(host)).toHaveLength(ROOM_RATE_LIMIT.messages);
    expect(room.server.stats().forwarded).toBe(ROOM_RATE_LIMIT.messages);
  });
});

describe('the host connection', () => {
  it('is refused without the key, with a wrong key, or from a foreign page', async () => {
    room = await openRoom();
    await expect(connectHost(room, null)).rejects.toThrow('refused: 403');
    await expect(connectHost(room, 'x'.repeat(43))).rejects.toThrow('refused: 403');
    await expect(
      connectHost(room, room.server.hostKey, { origin: 'http://evil.example' }),
    ).rejects.toThrow('refused: 403');
    // The key itself is never enough from a page of the LAN.
    await expect(
      connectHost(room, room.server.hostKey, { origin: 'http://192.0.2.50:8080' }),
    ).rejects.toThrow('refused: 403');
    const app = await connectHost(room, room.server.hostKey, { origin: 'http://127.0.0.1:5173' });
    expect(app.ws.readyState).toBe(app.ws.OPEN);
  });

  it('is refused from an address other than loopback, even with the key', async () => {
    room = await openRoom({}, '0.0.0.0');
    // This machine's own network address: a connection to it comes from it, not from loopback.
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal);
    if (lan) {
      await expect(
        connectHost(room, room.server.hostKey, { address: lan.address }),
      ).rejects.toThrow('refused: 403');
    }
    expect(await connectHost(room)).toBeDefined();
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['192.168.1.20', '10.0.0.1', '::ffff:192.168.1.2', '', undefined].map(isLoopbackAddress),
    ).toEqual([false, false, false, false, false]);
  });

  it('refuses phone sockets opened by pages of other sites', async () => {
    room = await openRoom();
    await expect(connectPhone(room, 'http://evil.example')).rejects.toThrow('refused: 403');
    await expect(connectPhone(room, `http://localhost:${room.port}`)).rejects.toThrow(
      'refused: 403',
    );
  });
});

describe('with no facilitator connected', () => {
  it("refuses submissions and walk-ins with 'roomClosed' (the phone keeps them)", async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-002');
    await host.close();
    await until(() => !room.server.stats().hostConnected);
    phone.send(submission('while-closed'));
    expect(await phone.next((m) => m.clientId === 'while-closed')).toMatchObject({
      type: 'refused',
      reason: 'roomClosed',
    });
    const walkIn = await connectPhone(room);
    walkIn.send({
      type: 'walk-in',
      pin: room.server.pin,
      name: 'Nadia',
      organisation: 'Blue Port',
    });
    expect(await walkIn.next((m) => m.type === 'refused')).toMatchObject({ reason: 'roomClosed' });
    // Back again: the same clientId goes through once the facilitator is.
    const back = await connectHost(room);
    const forwarded = back.next((m) => m.type === 'submission');
    phone.send(submission('while-closed'));
    expect(await forwarded).toMatchObject({ clientId: 'while-closed', participantId: 'p-002' });
  });
});
