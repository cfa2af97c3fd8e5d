/**
 * A meta-cluster workshop in the room, on a real (fake-indexeddb) workspace: olive clusters of
 * Sfax and Jaén, their organisations with full contact records (e-mails, phones, roles — what
 * must never reach a phone), five people invited, four checked in, the run on the
 * prioritisation stage.
 */
import {
  contactFields,
  clusterFields,
  openWorkspaces,
  organisationFields,
  type Workspace,
} from '../db/helpers';
import type { CommandContext } from '../../../src-renderer/db/commands';
import { inviteParticipants, checkIn } from '../../../src-renderer/db/workshop-participants';
import { phoneModeAt, type PhoneMode } from '../../../src-core/room/phone-modes';
import type { PhoneAction } from '../../../src-core/room/protocol';
import { queryRunData, runActions, type RunData } from '../../../src-renderer/db/workshop-run';
import { writeSubmission } from '../../../src-renderer/room/room-writer';
import { createWorkshop } from '../../../src-renderer/db/workshops';

export const T0 = Date.parse('2026-09-15T09:00:00Z');
export const TODAY = '2026-09-15';

export const people = [
  {
    givenName: 'Amal',
    familyName: 'Haddad',
    email: 'amal.haddad@huilerie-bensalah.tn',
    phone: '+216 74 401 220',
    role: 'Directrice qualité',
    organisation: 'Huilerie Ben Salah',
    country: 'TN',
  },
  {
    givenName: 'Lucía',
    familyName: 'Martínez Ortega',
    email: 'lucia.martinez@oleojaen.es',
    phone: '+34 953 21 44 10',
    role: 'Gerente de exportación',
    organisation: 'Oleícola Jaén S.Coop.',
    country: 'ES',
  },
  {
    givenName: 'Karim',
    familyName: 'Trabelsi',
    email: 'k.trabelsi@univ-sfax.tn',
    phone: '+216 74 674 000',
    role: 'Maître de conférences',
    organisation: 'Université de Sfax',
    country: 'TN',
  },
  {
    givenName: 'Pilar',
    familyName: 'Ruiz',
    email: 'pruiz@citoliva.es',
    phone: '+34 953 00 12 34',
    role: 'Técnica de proyectos',
    organisation: 'Citoliva',
    country: 'ES',
  },
  {
    givenName: 'Sami',
    familyName: 'Ben Youssef',
    email: 'sami@biomasse-sfax.tn',
    phone: '+216 98 123 456',
    role: 'CEO',
    organisation: 'Biomasse Sfax SARL',
    country: 'TN',
  },
] as const;

/** Strings of the rosters that phones must never receive. */
export const privateStrings = people.flatMap((p) => [p.email, p.phone, p.role]);

export async function roomScenario(ws: Workspace) {
  const sfax = await ws.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  const jaen = await ws.repos.clusters.create(
    clusterFields({ name: 'Clúster Oleícola de Jaén', country: 'ES', region: null }),
  );
  const meta = await ws.repos.metaClusters.create({
    name: 'Olive by-products',
    valueChainId: null,
    status: 'forming',
    members: [
      { clusterId: sfax.id, role: 'member' },
      { clusterId: jaen.id, role: 'member' },
    ],
    notes: '',
    governance: { leadClusterId: null, decisionRule: '' },
    agreement: { type: 'letter-of-interest', status: 'none', signedOn: null, signatories: [] },
    actions: [],
  });
  const workshop = await createWorkshop(
    ws.repos,
    {
      name: 'Atelier sous-produits oléicoles',
      kind: 'meta-cluster',
      date: TODAY,
      venue: 'Sfax',
      clusterId: null,
      metaClusterId: meta.id,
    },
    'Amal Haddad',
  );
  const invited = [];
  for (const person of people) {
    const organisation = await ws.repos.organisations.create(
      organisationFields({
        name: person.organisation,
        country: person.country,
        website: `https://www.${person.organisation.toLowerCase().replace(/[^a-z]/g, '')}.example`,
        offers: ['Grignons d’olive séchés'],
        needs: ['Débouchés pour margines'],
      }),
    );
    const contact = await ws.repos.contacts.create(
      contactFields(organisation.id, {
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
        phone: person.phone,
        role: person.role,
      }),
    );
    invited.push({ organisation, contact });
  }
  const participants = await inviteParticipants(
    ws.db,
    ws.repos,
    workshop.id,
    invited.map(({ organisation, contact }) => ({
      organisationId: organisation.id,
      contactId: contact.id,
    })),
  );
  // Sami has not arrived.
  for (const participant of participants.slice(0, 4)) {
    await checkIn(ws.repos, participant.id, new Date(T0));
  }
  await runActions.start(ws.db, ws.repos, workshop.id, T0);
  await runActions.goTo(ws.db, ws.repos, workshop.id, 's5-prioritisation', T0 + 60_000);
  const ctx: CommandContext = { db: ws.db, repositories: ws.repos, today: TODAY };
  const read = async () => (await queryRunData(ws.db, workshop.id, TODAY))!;
  return { ctx, workshop, participants, invited, read };
}

/**
 * A phone's submission at the running stage, with the facilitator's page showing `mode`: written
 * through the room's writer exactly as the Run view writes it.
 */
export async function sendFromPhone(
  room: { ctx: CommandContext; read: () => Promise<RunData> },
  mode: PhoneMode,
  participantId: string,
  clientId: string,
  action: PhoneAction,
) {
  const data = await room.read();
  const stage = data.order.find((s) => s.id === data.workshop.run.currentStageId) ?? null;
  const place = { workshopId: data.workshop.id, stage, mode: phoneModeAt(stage, mode) };
  return writeSubmission(room.ctx, place, {
    participantId,
    clientId,
    stageId: data.workshop.run.currentStageId ?? '',
    action,
  });
}

export { openWorkspaces };
