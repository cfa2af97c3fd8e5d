/**
 * Form validation with the domain's zod schemas: the same rules the repositories apply, checked
 * before saving so every problem shows next to its field at once.
 */
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ValidationError } from '../../db/repositories/errors';
import { fieldErrors } from '../errors';

export type FieldErrors = Record<string, string>;

/**
 * Field → message for a failed save or parse. Nested problems ("offers.2", "label.expires") are
 * also filed under their top-level field, so a list field can show its items' problems.
 */
export function formErrors(t: TFunction, error: unknown): FieldErrors {
  const byPath = fieldErrors(t, error);
  const result: FieldErrors = { ...byPath };
  for (const [path, message] of Object.entries(byPath)) {
    const top = path.split('.')[0] ?? path;
    result[top] ??= message;
  }
  return result;
}

export type Validated<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FieldErrors };

export function validateWith<S extends z.ZodType>(
  t: TFunction,
  schema: S,
  value: unknown,
): Validated<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: formErrors(t, ValidationError.fromZod(result.error)) };
}

/** Adds the form's own rules (e.g. "consent needs a date") to the schema's verdict. */
export function withRules<T>(validated: Validated<T>, ruleErrors: FieldErrors): Validated<T> {
  if (Object.keys(ruleErrors).length === 0) return validated;
  return { ok: false, errors: { ...(validated.ok ? {} : validated.errors), ...ruleErrors } };
}

/** Focuses the first control marked invalid, in page order (call after the errors rendered). */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
}
