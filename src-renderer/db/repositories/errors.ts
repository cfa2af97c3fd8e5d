/**
 * Errors a repository can hand to the UI. Validation problems carry an i18n key and its values
 * (not English text), so forms show them in the user's language next to the field.
 */
import type { z } from 'zod';

export interface FieldProblem {
  readonly field: string;
  /** An i18n key under `validation.` */
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.join('.') || 'record';
  if (issue.message.startsWith('validation.')) return { field, key: issue.message };
  switch (issue.code) {
    case 'too_big':
      return { field, key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
    case 'too_small':
      return { field, key: 'validation.tooShort', values: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { field, key: 'validation.notAllowed' };
    case 'unrecognized_keys':
      return { field, key: 'validation.unknownField', values: { fields: issue.keys.join(', ') } };
    default:
      return { field, key: 'validation.invalid' };
  }
}

export class ValidationError extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.key}`).join('; '));
    this.name = 'ValidationError';
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(error.issues.map(problemOf));
  }
}

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`No ${table} record with id ${id}.`);
    // Not 'NotFoundError': Dexie would mistake it for IndexedDB's error of that name and wrap it.
    this.name = 'RecordNotFoundError';
  }
}
