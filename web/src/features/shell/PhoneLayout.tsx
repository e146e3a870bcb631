import { HomeOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons'
import { Layout } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { NavLink, Outlet } from 'react-router'
import { CurrentUser } from './CurrentUser'
import { ProductName } from './ProductName'

function Tab({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  return (
    <NavLink to={to} end className={({ isActive }) => (isActive ? 'tx-tab tx-tab-active' : 'tx-tab')}>
      <span className="tx-tab-icon">{icon}</span>
      {label}
    </NavLink>
  )
}

/** Field pages (/m/*): one narrow column, large tap targets, a bottom bar instead of a sider. */
export function PhoneLayout() {
  const { t } = useTranslation()
  return (
    <Layout className="tx-phone">
      <Layout.Header className="tx-header tx-sticky">
        <ProductName to="/m" />
        <CurrentUser maxWidth={140} />
      </Layout.Header>
      <Layout.Content className="tx-phone-content">
        <Outlet />
      </Layout.Content>
      <nav className="tx-tabbar">
        <Tab to="/m" icon={<HomeOutlined />} label={t('shell.home')} />
        <Tab to="/m/search" icon={<SearchOutlined />} label={t('registry.search.tab')} />
        <Tab to="/m/me" icon={<UserOutlined />} label={t('shell.mine')} />
      </nav>
    </Layout>
  )
}
