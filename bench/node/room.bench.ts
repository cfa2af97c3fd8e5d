/**
 * The workshop room under load (issue 15): `npx tsx bench/node/room.bench.ts [phones]` opens a
 * room on loopback with a simulated facilitator page and 60 simulated phones (real WebSockets,
 * the `ws` client), then prints:
 * - join time: from opening the socket to the room's welcome, all phones at once (p50/p90);
 * - submission → facilitator: a phone's submission reaching the host socket (p50/p95), both one at
 *   a time and with every phone submitting at once (a dot burst);
 * - facilitator → every phone: a `stage` from the host reaching each phone (p50/p95), and the
 *   round trip a participant sees: submission → host writes → updated stage on every phone.
 * The phones, the host and the server share one Node process, so the figures are conservative.
 * Targets (issue 15): p95 ≤ 500 ms, join p90 ≤ 10 s.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  connectHost,
  connectPhone,
  emptyStage,
  openRoom,
  roster,
  type Message,
  type Peer,
} from '../../tests/node/room-sim';

export interface RoomBenchResult {
  readonly phones: number;
  readonly joinMs: { p50: number; p90: number };
  readonly submissionToHostMs: { p50: number; p95: number };
  readonly burstToHostMs: { p50: number; p95: number };
  readonly hostToPhonesMs: { p50: number; p95: number };
  readonly submissionToEveryPhoneMs: { p50: number; p95: number };
}

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
}

const stats = (values: readonly number[]) => ({
  p50: quantile(values, 0.5),
  p95: quantile(values, 0.95),
});

/** Waits for the next message on `peer` passing `test`, with the time it arrived. */
function arrival(peer: Peer, test: (m: Message) => boolean): Promise<number> {
  return peer.next(test, 30_000).then(() => performance.now());
}

export async function runRoomBench(phoneCount = 60, rounds = 30): Promise<RoomBenchResult> {
  const room = await openRoom();
  try {
    const list = roster(phoneCount);
    const host = await connectHost(room);
    host.send({ type: 'participants', list });
    // The host writes each submission (here: at once) and answers `result`.
    const hostSeen = new Map<string, number>();
    host.ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      if (message.type !== 'submission') return;
      hostSeen.set(message.clientId as string, performance.now());
      host.send({ type: 'result', clientId: message.clientId, ok: true });
    });

    // Every phone joins at once.
    const joins: number[] = [];
    const phones = await Promise.all(
      list.map(async (participant) => {
        const started = performance.now();
        const phone = await connectPhone(room);
        const welcome = phone.next((m) => m.type === 'welcome', 30_000);
        phone.send({ type: 'join', pin: room.server.pin, participantId: participant.id });
        await welcome;
        joins.push(performance.now() - started);
        return { phone, participant };
      }),
    );

    // One submission at a time, to the facilitator.
    const single: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const phone = phones[i % phones.length]?.phone;
      if (!phone) throw new Error('no phones');
      const clientId = `single-${i}-bench`;
      const acked = phone.next((m) => m.type === 'ack' && m.clientId === clientId);
      const sent = performance.now();
      phone.send(dotSubmission(clientId));
      await acked;
      single.push((hostSeen.get(clientId) ?? Number.NaN) - sent);
    }

    // Every phone at once (the moment the facilitator opens the vote).
    const burstSent = new Map<string, number>();
    await Promise.all(
      phones.map(({ phone }, i) => {
        const clientId = `burst-${i}-bench`;
        const acked = phone.next((m) => m.type === 'ack' && m.clientId === clientId);
        burstSent.set(clientId, performance.now());
        phone.send(dotSubmission(clientId));
        return acked;
      }),
    );
    const burst = [...burstSent].map(([id, sent]) => (hostSeen.get(id) ?? Number.NaN) - sent);

    // The host's stage to every phone, and a submission's full round to every phone.
    const toPhones: number[] = [];
    const roundTrips: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const stageId = `stage-${i}`;
      const arrived = phones.map(({ phone }) => arrival(phone, (m) => m.view?.stageId === stageId));
      const sent = performance.now();
      host.send({ type: 'stage', view: emptyStage(stageId, 'dots'), mine: {} });
      for (const at of await Promise.all(arrived)) toPhones.push(at - sent);

      const roundId = `round-${i}`;
      const everyone = phones.map(({ phone }) =>
        arrival(phone, (m) => m.view?.stageId === roundId),
      );
      const voter = phones[(i * 7) % phones.length]?.phone;
      if (!voter) throw new Error('no phones');
      const clientId = `round-${i}-bench`;
      const forwarded = host.next((m) => m.clientId === clientId);
      const start = performance.now();
      voter.send(dotSubmission(clientId));
      await forwarded;
      host.send({ type: 'stage', view: emptyStage(roundId, 'dots'), mine: {} });
      roundTrips.push(Math.max(...(await Promise.all(everyone))) - start);
    }

    await Promise.all(phones.map(({ phone }) => phone.close()));
    return {
      phones: phoneCount,
      joinMs: { p50: quantile(joins, 0.5), p90: quantile(joins, 0.9) },
      submissionToHostMs: stats(single),
      burstToHostMs: stats(burst),
      hostToPhonesMs: stats(toPhones),
      submissionToEveryPhoneMs: stats(roundTrips),
    };
  } finally {
    await room.close();
  }
}

function dotSubmission(clientId: string) {
  return {
    type: 'submit',
    clientId,
    stageId: 'stage-vote',
    action: { kind: 'dot', ideaId: 'idea-1', delta: 1 },
  };
}

function verdict(value: number, target: number): string {
  return value <= target ? 'meets' : 'MISSES';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const phones = Number(process.argv[2] ?? 60);
  const result = await runRoomBench(phones);
  const line = (label: string, s: { p50: number; p95: number }) =>
    console.log(
      `  ${label}: p50 ${s.p50} ms, p95 ${s.p95} ms (target p95 ≤ 500 ms: ${verdict(s.p95, 500)})`,
    );
  console.log(`\nWorkshop room, ${result.phones} phones on loopback`);
  console.log(
    `  join: p50 ${result.joinMs.p50} ms, p90 ${result.joinMs.p90} ms (target p90 ≤ 10 s: ${verdict(result.joinMs.p90, 10_000)})`,
  );
  line('submission → facilitator, one at a time', result.submissionToHostMs);
  line('submission → facilitator, every phone at once', result.burstToHostMs);
  line('facilitator → each phone (stage)', result.hostToPhonesMs);
  line('submission → facilitator → every phone', result.submissionToEveryPhoneMs);
}
