/**
 * Phones and the facilitator's page through the room server (issue 15), over real sockets:
 * exactly-once forwarding by clientId, answers only once written, resuming a session, walk-ins,
 * and what each phone is shown of the stage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectHost,
  connectPhone,
  emptyStage,
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

async function withHost(list = roster(3)): Promise<{ host: Peer }> {
  room = await openRoom();
  const host = await connectHost(room);
  host.send({ type: 'participants', list });
  const probe = await connectPhone(room);
  const names = probe.next((m) => m.type === 'participants' && m.list.length === list.length);
  probe.send({ type: 'names', pin: room.server.pin });
  await names;
  await probe.close();
  return { host };
}

const card = (clientId: string, text = 'A shared lab for olive by-products') => ({
  type: 'submit',
  clientId,
  stageId: 'stage-1',
  action: { kind: 'card', text },
});

describe('submissions', () => {
  it('forwards a clientId once and acknowledges it each time it is sent, only once written', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    const forwarded = host.next((m) => m.type === 'submission');
    phone.send(card('card-0001-aa'));
    phone.send(card('card-0001-aa')); // a retry before the answer: not forwarded again
    const first = await forwarded;
    expect(first).toEqual({
      type: 'submission',
      participantId: 'p-001',
      clientId: 'card-0001-aa',
      stageId: 'stage-1',
      action: { kind: 'card', text: 'A shared lab for olive by-products', theme: '' },
    });
    // No ack until the facilitator's page has written it.
    const other = host.next((m) => m.clientId === 'card-0002-aa');
    phone.send(card('card-0002-aa'));
    await other;
    expect(phone.all('ack')).toEqual([]);
    const acked = phone.next((m) => m.type === 'ack');
    host.send({ type: 'result', clientId: 'card-0001-aa', ok: true });
    expect(await acked).toEqual({ type: 'ack', clientId: 'card-0001-aa' });
    // A retry after the ack (the phone missed it): the same answer, nothing forwarded.
    const again = phone.next((m) => m.type === 'ack');
    phone.send(card('card-0001-aa'));
    expect(await again).toEqual({ type: 'ack', clientId: 'card-0001-aa' });
    expect(host.all('submission').map((m) => m.clientId)).toEqual(['card-0001-aa', 'card-0002-aa']);
    expect(phone.all('ack')).toHaveLength(2);
  });

  it("passes on the facilitator's refusal, and gives it again to a retry", async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    const dot = {
      type: 'submit',
      clientId: 'dot-00001-a',
      stageId: 'stage-1',
      action: { kind: 'dot', ideaId: 'idea-1', delta: 1 },
    };
    const forwarded = host.next((m) => m.type === 'submission');
    phone.send(dot);
    await forwarded;
    const refused = phone.next((m) => m.type === 'refused');
    host.send({ type: 'result', clientId: 'dot-00001-a', ok: false, reason: 'budgetSpent' });
    expect(await refused).toEqual({
      type: 'refused',
      clientId: 'dot-00001-a',
      reason: 'budgetSpent',
    });
    const again = phone.next((m) => m.type === 'refused');
    phone.send(dot);
    expect(await again).toMatchObject({ reason: 'budgetSpent' });
    expect(host.all('submission')).toHaveLength(1);
  });

  it('refuses what was in flight when the facilitator left, and takes the retry from the next', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-003');
    const forwarded = host.next((m) => m.type === 'submission');
    phone.send(card('in-flight-01'));
    await forwarded;
    const closed = phone.next((m) => m.type === 'refused');
    await host.close();
    expect(await closed).toEqual({
      type: 'refused',
      clientId: 'in-flight-01',
      reason: 'roomClosed',
    });
    const next = await connectHost(room);
    const again = next.next((m) => m.type === 'submission');
    phone.send(card('in-flight-01'));
    expect(await again).toMatchObject({ clientId: 'in-flight-01', participantId: 'p-003' });
  });

  it('lets a reloaded facilitator page replace the old connection', async () => {
    const { host } = await withHost();
    const reloaded = await connectHost(room);
    expect((await host.closed).code).toBe(4000);
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    const forwarded = reloaded.next((m) => m.type === 'submission');
    phone.send(card('after-reload'));
    expect(await forwarded).toMatchObject({ clientId: 'after-reload' });
    expect(reloaded.all('presence').length).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('resumes with the token: the same participant, answers reach the new connection', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    const welcome = await join(room, phone, 'p-002');
    expect(welcome).toMatchObject({ participantId: 'p-002', name: 'Participant 2' });
    expect(welcome.token).toMatch(/^[A-Za-z0-9_-]{20,128}$/);
    const forwarded = host.next((m) => m.type === 'submission');
    phone.send(card('resume-0001'));
    await forwarded;
    await phone.close();
    const back = await connectPhone(room);
    back.send({ type: 'resume', token: welcome.token });
    expect(await back.next((m) => m.type === 'welcome')).toEqual({
      type: 'welcome',
      token: welcome.token,
      participantId: 'p-002',
      name: 'Participant 2',
    });
    // The answer to the submission sent before the reload reaches the phone's new connection.
    const acked = back.next((m) => m.type === 'ack');
    host.send({ type: 'result', clientId: 'resume-0001', ok: true });
    expect(await acked).toMatchObject({ clientId: 'resume-0001' });
    const next = host.next((m) => m.type === 'submission');
    back.send(card('resume-0002'));
    expect(await next).toMatchObject({ participantId: 'p-002' });
  });

  it('forwards a walk-in to the facilitator, who admits it', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    const request = host.next((m) => m.type === 'walk-in');
    phone.send({
      type: 'walk-in',
      pin: room.server.pin,
      name: ' Nadia Haddad ',
      organisation: 'Blue Port',
    });
    expect(await phone.next((m) => m.type === 'pending', 5_000, true)).toEqual({ type: 'pending' });
    const walkIn = await request;
    expect(walkIn).toMatchObject({ name: 'Nadia Haddad', organisation: 'Blue Port' });
    // Asked again from a reloaded page: the same request, not a second one.
    await phone.close();
    const reloaded = await connectPhone(room);
    reloaded.send({
      type: 'walk-in',
      pin: room.server.pin,
      name: 'nadia haddad',
      organisation: 'Blue Port',
    });
    await reloaded.next((m) => m.type === 'pending');
    const welcome = reloaded.next((m) => m.type === 'welcome');
    host.send({
      type: 'admit',
      requestId: walkIn.requestId,
      participantId: 'p-walk-1',
      name: 'Nadia Haddad',
    });
    expect(await welcome).toMatchObject({ participantId: 'p-walk-1', name: 'Nadia Haddad' });
    expect(host.all('walk-in')).toHaveLength(1);
    const forwarded = host.next((m) => m.type === 'submission');
    reloaded.send(card('walk-in-card'));
    expect(await forwarded).toMatchObject({ participantId: 'p-walk-1' });
  });

  it('tells a walk-in the facilitator turned away', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    const request = host.next((m) => m.type === 'walk-in');
    phone.send({ type: 'walk-in', pin: room.server.pin, name: 'Someone', organisation: '' });
    const { requestId } = await request;
    const refused = phone.next((m) => m.type === 'refused');
    host.send({ type: 'turn-away', requestId });
    expect(await refused).toEqual({ type: 'refused', clientId: null, reason: 'refusedByHost' });
  });

  it('keeps the names list up to date for phones that know the PIN, until they join', async () => {
    const { host } = await withHost(roster(2));
    const phone = await connectPhone(room);
    const stranger = await connectPhone(room);
    phone.send({ type: 'names', pin: room.server.pin });
    await phone.next((m) => m.type === 'participants');
    const updated = phone.next((m) => m.type === 'participants');
    host.send({ type: 'participants', list: roster(4) });
    expect((await updated).list).toEqual(roster(4));
    await until(() => phone.all('participants').length === 2);
    expect(stranger.all('participants')).toEqual([]);
  });
});

describe('the stage', () => {
  it("reaches every joined phone with only that participant's own view", async () => {
    const { host } = await withHost();
    const phones = await Promise.all([connectPhone(room), connectPhone(room), connectPhone(room)]);
    await Promise.all(phones.map((phone, i) => join(room, phone, `p-00${i + 1}`)));
    const waiting = await connectPhone(room); // not joined: shown nothing
    const view = {
      ...emptyStage('stage-2', 'dots'),
      ideas: [
        { id: 'idea-a', text: 'Joint export desk' },
        { id: 'idea-b', text: 'Shared cold chain' },
      ],
      dotsPerParticipant: 3,
    };
    const mine = {
      'p-001': { dots: { 'idea-a': 2 }, meetings: [] },
      'p-002': {
        dots: {},
        meetings: [{ time: '10:00', table: 4, withName: 'Secret Partner Ltd' }],
      },
    };
    const arrived = phones.map((phone) => phone.next((m) => m.type === 'stage'));
    host.send({ type: 'stage', view, mine });
    const [one, two, three] = await Promise.all(arrived);
    expect(one).toEqual({ type: 'stage', view, mine: mine['p-001'] });
    expect(two).toEqual({ type: 'stage', view, mine: mine['p-002'] });
    expect(three).toEqual({ type: 'stage', view, mine: { dots: {}, meetings: [] } });
    expect(JSON.stringify(phones[0]?.received)).not.toContain('Secret Partner');
    // A phone that joins later is given the current stage straight away.
    const late = await connectPhone(room);
    const stage = late.next((m) => m.type === 'stage');
    await join(room, late, 'p-002');
    expect(await stage).toEqual({ type: 'stage', view, mine: mine['p-002'] });
    expect(waiting.all('stage')).toEqual([]);
  });

  it('ignores host messages that do not fit the protocol', async () => {
    const { host } = await withHost();
    const phone = await connectPhone(room);
    await join(room, phone, 'p-001');
    host.send('{"type":"stage"');
    host.send({ type: 'stage', view: { ...emptyStage('s'), mode: 'everything' }, mine: {} });
    const good = phone.next((m) => m.type === 'stage');
    host.send({ type: 'stage', view: emptyStage('stage-3'), mine: {} });
    expect((await good).view.stageId).toBe('stage-3');
    expect(phone.all('stage')).toHaveLength(1);
  });
});

describe('the load check', () => {
  it('runs end to end with a few phones (figures printed by bench/node/room.bench.ts)', async () => {
    const { runRoomBench } = await import('../../bench/node/room.bench');
    const result = await runRoomBench(8, 4);
    expect(result.phones).toBe(8);
    for (const figure of [
      result.joinMs.p90,
      result.submissionToHostMs.p95,
      result.burstToHostMs.p95,
      result.hostToPhonesMs.p95,
      result.submissionToEveryPhoneMs.p95,
    ]) {
      expect(Number.isFinite(figure)).toBe(true);
    }
  });
});
