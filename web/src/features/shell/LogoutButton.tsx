import { LogoutOutlined } from '@ant-design/icons'
import { Button, type ButtonProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLogout } from '../auth/session'
import { useShowError } from '../../ui/useShowError'

/** Signs out on the server; RequireAuth then shows the login page. */
export function LogoutButton({ iconOnly = false, ...buttonProps }: { iconOnly?: boolean } & ButtonProps) {
  const { t } = useTranslation()
  const logout = useLogout()
  const showError = useShowError()
  return (
    <Button
      data-testid="logout"
      icon={<LogoutOutlined />}
      aria-label={t('auth.logout')}
      title={iconOnly ? t('auth.logout') : undefined}
      loading={logout.isPending}
      onClick={() => {
        logout.mutate(undefined, {
          onError: (error) => {
            showError(error)
          },
        })
      }}
      {...buttonProps}
    >
      {iconOnly ? null : t('auth.logout')}
    </Button>
  )
}
