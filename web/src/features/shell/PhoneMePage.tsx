import { DesktopOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../auth/session'
import { LanguageSwitch } from './LanguageSwitch'
import { LogoutButton } from './LogoutButton'

export function PhoneMePage() {
  const { t } = useTranslation()
  const me = useMe()
  return (
    <Flex vertical gap={12}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {me.displayName}
        </Typography.Title>
        <Descriptions
          column={1}
          items={[{ key: 'username', label: t('auth.username'), children: me.username }]}
        />
      </Card>
      <Card title={t('lang.switchLabel')} size="small">
        <LanguageSwitch block />
      </Card>
      <Link to="/">
        <Button size="large" block icon={<DesktopOutlined />}>
          {t('shell.deskVersion')}
        </Button>
      </Link>
      <LogoutButton size="large" block danger />
    </Flex>
  )
}
