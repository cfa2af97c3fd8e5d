/**
 * A number typed as text (so "1,5" and a half-typed "1." survive): the form converts it with
 * `parseDecimal` when saving and reports a field error when it is not a number.
 */
import { TextInput, type EditMode, type TextControlProps, type TextInputProps } from './TextInput';

export type NumberInputProps = TextControlProps & EditMode & Pick<TextInputProps, 'unit'>;

export function NumberInput(props: NumberInputProps) {
  return <TextInput {...props} inputMode="decimal" />;
}

/** "" → null; "1,5" or "1.5" → 1.5; anything else → NaN. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** The text a number field starts with. */
export function decimalText(value: number | null): string {
  return value === null ? '' : String(value);
}
