import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { GrantList } from '../auth/GrantList'
import { useMe } from '../auth/session'

export function PhoneHomePage() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Title level={5}>{t('home.grants')}</Typography.Title>
      <GrantList grants={me.grants} />
    </Card>
  )
}
