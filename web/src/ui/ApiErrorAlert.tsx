import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { fieldErrorsOf, type FieldError } from '../api/errors'
import { errorText } from './errorText'
import { FieldErrorList } from './FieldErrorList'

interface Props {
  error: unknown
  /** Field messages already shown under form fields; the rest are listed here. */
  unplacedFields?: FieldError[]
  onRetry?: () => void
  'data-testid'?: string
}

/** An error shown in place, for a failed page load or a form that keeps its own error area. */
export function ApiErrorAlert({ error, unplacedFields, onRetry, 'data-testid': testId }: Props) {
  const { t } = useTranslation()
  const fields = unplacedFields ?? fieldErrorsOf(error)
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={errorText(error, t)}
      description={fields.length === 0 ? undefined : <FieldErrorList fields={fields} />}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('shell.retry')}
          </Button>
        ) : undefined
      }
    />
  )
}
