import { Button, Card, Flex, Typography } from 'antd'
import { CameraOutlined, HeartOutlined, NotificationOutlined, UnorderedListOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { GrantList } from '../auth/GrantList'
import { useMe } from '../auth/session'
import { PropertyPhoneHome } from '../property/PropertyPhoneHome'

export function PhoneHomePage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const files = me.permissions.includes('request.file')
  // 红代办: the team works the community's errands; whoever files requests may also file an errand
  // for a resident they visit (finding them needs the registry).
  const proxyTeam = me.permissions.includes('proxy.read')
  const filesErrands = files && me.permissions.includes('person.read')
  // 财务公开: a collective member reads what their village has disclosed.
  const member = me.grants.some((g) => g.role === 'collective_member')
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
      {(proxyTeam || filesErrands) && (
        <Card size="small" title={t('proxy.title')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('proxy.phoneHomeHint')}</Typography.Text>
            {filesErrands && (
              <Button
                type={proxyTeam ? 'primary' : 'default'}
                size="large"
                block
                icon={<HeartOutlined />}
                data-testid="home-new-proxy"
                onClick={() => void navigate('/m/proxy/new')}
              >
                {t('proxy.newErrand')}
              </Button>
            )}
            {proxyTeam && (
              <Button
                size="large"
                block
                icon={<UnorderedListOutlined />}
                data-testid="home-proxy"
                onClick={() => void navigate('/m/proxy')}
              >
                {t('proxy.phoneList')}
              </Button>
            )}
          </Flex>
        </Card>
      )}
      <PropertyPhoneHome />
      {member && (
        <Card size="small" title={t('disclosure.phone.tables')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('disclosure.phone.homeHint')}</Typography.Text>
            <Button
              type="primary"
              size="large"
              block
              icon={<NotificationOutlined />}
              data-testid="home-disclosure"
              onClick={() => void navigate('/m/disclosure')}
            >
              {t('disclosure.phone.open')}
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
