import { ToolOutlined } from '@ant-design/icons'
import { Dropdown } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useMe } from '../auth/session'

/** 红管家 in the desk's top bar, for the butlers and the community: 工单, and 维护计划 under it. */
export function PropertyNav({ narrow }: { narrow: boolean }) {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const has = (p: string) => me.permissions.includes(p as (typeof me.permissions)[number])
  if (!has('property.read') && !has('property.handle') && !has('property.plan')) return null
  return (
    <Dropdown
      menu={{
        items: [
          {
            key: '/property',
            label: <span data-testid="nav-property-orders">{t('property.navOrders')}</span>,
          },
          {
            key: '/property/plans',
            label: <span data-testid="nav-property-plans">{t('property.navPlans')}</span>,
          },
        ],
        onClick: ({ key }) => void navigate(key),
      }}
    >
      <Link
        to="/property"
        data-testid="nav-property"
        aria-label={t('property.nav')}
        style={{ whiteSpace: 'nowrap', color: 'inherit' }}
      >
        <ToolOutlined /> {narrow ? null : t('property.nav')}
      </Link>
    </Dropdown>
  )
}
