import type { FieldError } from '../api/errors'

/** Field messages that have no form field to sit under, named by their path. */
export function FieldErrorList({ fields }: { fields: FieldError[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {fields.map((field) => {
        const path = field.name.join('.')
        return (
          <li key={path}>
            {path}: {field.message}
          </li>
        )
      })}
    </ul>
  )
}
