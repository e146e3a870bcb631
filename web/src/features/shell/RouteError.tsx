import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, useRouteError } from 'react-router'
import { errorText } from '../../ui/errorText'
import { NotFoundPage } from './NotFoundPage'

/** Last resort for a render error, so a bug shows a way out instead of a blank page. */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return (
    <Result
      status="error"
      title={t('shell.loadFailed')}
      subTitle={errorText(error, t)}
      extra={
        <Button
          type="primary"
          onClick={() => {
            window.location.assign('/')
          }}
        >
          {t('shell.backHome')}
        </Button>
      }
    />
  )
}
