/**
 * Walk-ins at a workshop's door. A walk-in is three records (organisation if new, contact,
 * participant) written in one transaction: at the door there is no time to clean up half a
 * person, so a refusal writes nothing and the form keeps what was typed.
 */
import type { z } from 'zod';
import {
  contactFieldsSchema,
  organisationFieldsSchema,
  type ContactRecord,
  type OrganisationRecord,
  type WorkshopParticipantRecord,
} from '../../src-core/model/entities';
import type { OrganisationType } from '../../src-core/model/enums';
import type { Repositories } from './repositories';
import { ValidationError, type FieldProblem } from './repositories/errors';
import type { StudioDb } from './schema';

const WALK_IN_TABLES = ['organisations', 'contacts', 'workshopParticipants', 'settings'];

/** A new organisation typed at the door: the least the roster needs to know it. */
export interface NewOrganisation {
  readonly name: string;
  readonly type: OrganisationType | null;
  readonly country: string;
}

export interface WalkIn {
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string | null;
  /** An existing organisation; when null, `newOrganisation` is created. */
  readonly organisationId: string | null;
  readonly newOrganisation: NewOrganisation | null;
}

export interface WalkInResult {
  readonly participant: WorkshopParticipantRecord;
  readonly contact: ContactRecord;
  /** The organisation created for the walk-in; null when an existing one was chosen. */
  readonly organisation: OrganisationRecord | null;
}

/** Local calendar day of `date` as YYYY-MM-DD (the consent was given here, today). */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const walkInContactSchema = contactFieldsSchema.omit({ organisationId: true });

/** Problems of a zod result, their fields prefixed (the walk-in form names its fields so). */
function problemsOf(result: z.ZodSafeParseResult<unknown>, prefix: string): FieldProblem[] {
  if (result.success) return [];
  return ValidationError.fromZod(result.error).problems.map((problem) => ({
    ...problem,
    field: `${prefix}${problem.field}`,
  }));
}

/**
 * Add someone who came without an invitation: a minimal contact (consent given today, kept
 * private, since it was given to this facilitator in this room), a new minimal organisation when
 * theirs is not in the workspace, and the participant already checked in at `now`. Everything is
 * checked before anything is written, and written in one transaction; a refusal is a
 * ValidationError whose fields are `givenName`, `familyName`, `email`, `organisation`,
 * `organisation.name`, `organisation.type` or `organisation.country`.
 */
export async function addWalkIn(
  db: StudioDb,
  repositories: Repositories,
  workshopId: string,
  walkIn: WalkIn,
  now: Date,
): Promise<WalkInResult> {
  const email = walkIn.email?.trim() ? walkIn.email.trim() : null;
  const contactFields = {
    givenName: walkIn.givenName.trim(),
    familyName: walkIn.familyName.trim(),
    email,
    phone: null,
    role: '',
    languages: [],
    legalBasis: 'consent' as const,
    consentDate: localDay(now),
    shareScope: 'private' as const,
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
  };
  const problems: FieldProblem[] = [];
  if (contactFields.givenName === '' && contactFields.familyName === '') {
    problems.push({ field: 'givenName', key: 'validation.name' });
  }
  problems.push(...problemsOf(walkInContactSchema.safeParse(contactFields), ''));
  const newOrganisation =
    walkIn.organisationId === null && walkIn.newOrganisation
      ? {
          name: walkIn.newOrganisation.name.trim(),
          type: walkIn.newOrganisation.type,
          country: walkIn.newOrganisation.country,
          region: null,
          naceCodes: [],
          segments: [],
          website: null,
          offers: [],
          needs: [],
        }
      : null;
  if (walkIn.organisationId === null && !newOrganisation) {
    problems.push({ field: 'organisation', key: 'validation.name' });
  }
  if (newOrganisation) {
    problems.push(
      ...problemsOf(organisationFieldsSchema.safeParse(newOrganisation), 'organisation.'),
    );
  }
  if (problems.length > 0) throw new ValidationError(problems);

  return db.transaction('rw', WALK_IN_TABLES, async () => {
    let organisation: OrganisationRecord | null = null;
    let organisationId = walkIn.organisationId;
    if (organisationId !== null) {
      const existing = await db.organisations.get(organisationId);
      if (!existing || existing.deleted) {
        throw new ValidationError([{ field: 'organisation', key: 'validation.recordId' }]);
      }
    } else if (newOrganisation && newOrganisation.type !== null) {
      organisation = await repositories.organisations.create({
        ...newOrganisation,
        type: newOrganisation.type,
      });
      organisationId = organisation.id;
    }
    if (organisationId === null) {
      throw new ValidationError([{ field: 'organisation.type', key: 'validation.notAllowed' }]);
    }
    const contact = await repositories.contacts.create({ organisationId, ...contactFields });
    const participant = await repositories.workshopParticipants.create({
      workshopId,
      organisationId,
      contactId: contact.id,
      walkIn: true,
      checkedInAt: now.toISOString(),
      table: null,
    });
    return { participant, contact, organisation };
  });
}
