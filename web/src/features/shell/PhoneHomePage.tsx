import { Button, Card, Flex, Typography } from 'antd'
import { CameraOutlined, UnorderedListOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { GrantList } from '../auth/GrantList'
import { useMe } from '../auth/session'

export function PhoneHomePage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const files = me.permissions.includes('request.file')
  return (
    <Flex vertical gap={12}>
      {files && (
        <Card size="small" title={t('requests.title')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('requests.phoneHomeHint')}</Typography.Text>
            <Button
              type="primary"
              size="large"
              block
              icon={<CameraOutlined />}
              data-testid="home-new-request"
              onClick={() => void navigate('/m/requests/new')}
            >
              {t('requests.phoneNew')}
            </Button>
            <Button
              size="large"
              block
              icon={<UnorderedListOutlined />}
              data-testid="home-requests"
              onClick={() => void navigate('/m/requests')}
            >
              {t('requests.phoneInbox')}
            </Button>
          </Flex>
        </Card>
      )}
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Title level={5}>{t('home.grants')}</Typography.Title>
        <GrantList grants={me.grants} />
      </Card>
    </Flex>
  )
}
