import { App, type FormInstance } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldErrorsOf, type FieldError } from '../api/errors'
import { errorText } from './errorText'
import { FieldErrorList } from './FieldErrorList'

const pathOf = (name: FieldError['name']): string => name.join('.')

/**
 * Puts a VALIDATION_FAILED error's field messages under the form's own fields and returns those
 * the form does not have (they must still be shown somewhere).
 */
export function applyFieldErrors(error: unknown, form: FormInstance | undefined): FieldError[] {
  const fieldErrors = fieldErrorsOf(error)
  if (!form || fieldErrors.length === 0) return fieldErrors
  const known = new Set(form.getFieldsError().map((field) => pathOf(field.name)))
  const placed = fieldErrors.filter((field) => known.has(pathOf(field.name)))
  form.setFields(placed.map((field) => ({ name: field.name, errors: [field.message] })))
  return fieldErrors.filter((field) => !known.has(pathOf(field.name)))
}

/** Shows an error as a notification; with a form, field messages go under the fields. */
export function useShowError(): (error: unknown, form?: FormInstance) => void {
  const { notification } = App.useApp()
  const { t } = useTranslation()
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      const unplaced = applyFieldErrors(error, form)
      notification.error({
        title: errorText(error, t),
        description: unplaced.length === 0 ? undefined : <FieldErrorList fields={unplaced} />,
      })
    },
    [notification, t],
  )
}
