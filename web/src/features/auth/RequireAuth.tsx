import { useQueryClient } from '@tanstack/react-query'
import { Flex, Result, Spin } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Outlet, useLocation } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { loginPath } from './loginPath'
import { forgetPersonalData, useSession, wasSignedOutOnPurpose } from './session'
import { useLocaleSync } from './useLocaleSync'

/** Renders the signed-in part of the app, or sends the browser to the login page. */
export function RequireAuth() {
  const { t } = useTranslation()
  const session = useSession()
  const location = useLocation()
  const queryClient = useQueryClient()
  useLocaleSync(session.data?.user)

  const signedOut = session.data === null
  useEffect(() => {
    // Only after the signed-in pages have unmounted: removing their queries while they are still
    // observed would refetch them at once, against a session that is gone.
    if (signedOut) forgetPersonalData(queryClient)
  }, [signedOut, queryClient])

  if (session.data === null) {
    const returnTo = wasSignedOutOnPurpose() ? null : `${location.pathname}${location.search}${location.hash}`
    return <Navigate to={loginPath(returnTo)} replace />
  }
  // A failed background refresh keeps the signed-in view; only a first load that failed blocks it.
  if (session.data !== undefined) return <Outlet />
  if (session.isError) {
    return (
      <Result
        status="error"
        title={t('shell.loadFailed')}
        extra={<ApiErrorAlert error={session.error} onRetry={() => void session.refetch()} />}
      />
    )
  }
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('auth.checkingSession')} />
    </Flex>
  )
}
