import { Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { GrantList } from '../auth/GrantList'
import { useMe } from '../auth/session'

export function HomePage() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.account', { username: me.username })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('home.grants')}</Typography.Title>
      <GrantList grants={me.grants} />
      <Typography.Text type="secondary">
        {t('home.permissions', { count: me.permissions.length })}
      </Typography.Text>
    </Card>
  )
}
