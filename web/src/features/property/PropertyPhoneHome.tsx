import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useMe } from '../auth/session'

/** 红管家 on the phone's home: the butler's orders, one thumb away, and a new order on the spot. */
export function PropertyPhoneHome() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  if (!me.permissions.includes('property.handle')) return null
  return (
    <Card size="small" title={t('property.title')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('property.phoneHomeHint')}</Typography.Text>
        <Button
          type="primary"
          size="large"
          block
          icon={<UnorderedListOutlined />}
          data-testid="home-property"
          onClick={() => void navigate('/m/property?view=mine')}
        >
          {t('property.phoneList')}
        </Button>
        <Button
          size="large"
          block
          icon={<PlusOutlined />}
          data-testid="home-new-property"
          onClick={() => void navigate('/m/property/new')}
        >
          {t('property.newOrder')}
        </Button>
      </Flex>
    </Card>
  )
}
