/** Form field components and form validation helpers. */
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField';
export { DateInput, dateOrNull, formatIsoDate, type DateInputProps } from './DateInput';
export {
  Field,
  FieldMessages,
  LabelText,
  fieldClassName,
  useFieldIds,
  type FieldBaseProps,
  type FieldIds,
} from './Field';
export { NumberInput, decimalText, parseDecimal, type NumberInputProps } from './NumberInput';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './RadioGroup';
export { SelectField, enumOptions, type SelectFieldProps, type SelectOption } from './SelectField';
export { TagsField, type TagsFieldProps } from './TagsField';
export {
  TextArea,
  TextInput,
  type EditMode,
  type TextAreaProps,
  type TextInputProps,
} from './TextInput';
export { clearIfUnchanged } from './clearIfUnchanged';
export { useDraft, type Commit } from './useDraft';
export {
  focusFirstInvalid,
  formErrors,
  validateWith,
  withRules,
  type FieldErrors,
  type Validated,
} from './validate';
