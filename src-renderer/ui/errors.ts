/** Turns errors into text for the user: validation problems by field, anything else by message. */
import type { TFunction } from 'i18next';
import { PackageError } from '../../src-core/exchange';
import { BackupError } from '../db/backup';
import { ValidationError, type FieldProblem } from '../db/repositories/errors';
import { SpreadsheetFileError } from '../workers/spreadsheet-file';

export function problemText(t: TFunction, problem: FieldProblem): string {
  return t(problem.key as 'validation.invalid', {
    ...problem.values,
    defaultValue: t('validation.invalid'),
  });
}

/** Field → message, for forms. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ValidationError)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.problems) result[problem.field] ??= problemText(t, problem);
  return result;
}

export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof BackupError) return t(`backupErrors.${error.code}`, error.values);
  if (error instanceof PackageError) return t(`packageErrors.${error.code}`, error.values);
  if (error instanceof SpreadsheetFileError) return t(`importFile.${error.code}`, error.values);
  if (error instanceof ValidationError)
    return error.problems.map((p) => `${p.field}: ${problemText(t, p)}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}
