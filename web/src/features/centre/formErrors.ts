import type { FormInstance } from 'antd'
import { fieldErrorsOf, type FieldError } from '../../api/errors'

/**
 * Puts a VALIDATION_FAILED answer's messages under the form's own fields — the server's paths
 * renamed to the form's where they differ (its `startsAt` is the form's date and start time) — and
 * returns those the form has no field for (they must still be shown beside it).
 */
export function placeFieldErrors(
  error: unknown,
  form: FormInstance,
  rename: Readonly<Record<string, string>> = {},
): FieldError[] {
  const known = new Set(form.getFieldsError().map((field) => field.name.join('.')))
  const placed = new Map<string, string[]>()
  const unplaced: FieldError[] = []
  for (const field of fieldErrorsOf(error)) {
    const path = field.name.join('.')
    const name = rename[path] ?? path
    if (known.has(name)) placed.set(name, [...(placed.get(name) ?? []), field.message])
    else unplaced.push(field)
  }
  form.setFields([...placed].map(([name, errors]) => ({ name, errors })))
  return unplaced
}
