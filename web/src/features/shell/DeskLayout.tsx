import {
  AccountBookOutlined,
  BankOutlined,
  BarChartOutlined,
  CommentOutlined,
  FlagOutlined,
  HeartOutlined,
  MenuOutlined,
  NotificationOutlined,
  ShopOutlined,
  SolutionOutlined,
} from '@ant-design/icons'
import { Button, Drawer, Flex, Layout } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet } from 'react-router'
import { useMe } from '../auth/session'
import { OrgTreeNav } from '../org/OrgTreeNav'
import { PropertyNav } from '../property/PropertyNav'
import { HeaderSearch } from '../registry/HeaderSearch'
import { CurrentUser } from './CurrentUser'
import { LanguageSwitch } from './LanguageSwitch'
import { LogoutButton } from './LogoutButton'
import { ProductName } from './ProductName'
import { useIsNarrow } from './useIsNarrow'

/** The office layout: top bar, org tree on the left (a drawer on a phone), page on the right. */
export function DeskLayout() {
  const { t } = useTranslation()
  const me = useMe()
  const narrow = useIsNarrow()
  // 红代办 is the proxy team's and the community's: others file errands from a resident's side.
  const proxyTeam = me.permissions.includes('proxy.read') || me.permissions.includes('proxy.handle')
  // The service centre is the community's: its staff run it, grid workers sign residents up.
  const centre = me.permissions.includes('centre.manage') || me.permissions.includes('centre.signup')
  // 村账: a village's accountants keep its books, auditors read them.
  const books = me.permissions.includes('village.books.read')
  // 财务公开: the village publishes; the community, the street and the members read.
  const disclosure = me.permissions.includes('disclosure.read')
  const [drawerOpen, setDrawerOpen] = useState(false)

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="tx-header tx-sticky">
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('shell.openNavigation')}
              onClick={() => {
                setDrawerOpen(true)
              }}
            />
          )}
          <ProductName />
        </Flex>
        <Flex align="center" gap={narrow ? 8 : 16} style={{ minWidth: 0 }}>
          <Link
            to="/requests"
            data-testid="nav-requests"
            aria-label={t('requests.nav')}
            style={{ whiteSpace: 'nowrap', color: 'inherit' }}
          >
            <SolutionOutlined /> {narrow ? null : t('requests.nav')}
          </Link>
          {proxyTeam && (
            <Link
              to="/proxy"
              data-testid="nav-proxy"
              aria-label={t('proxy.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <HeartOutlined /> {narrow ? null : t('proxy.nav')}
            </Link>
          )}
          <PropertyNav narrow={narrow} />
          {centre && (
            <Link
              to="/centre"
              data-testid="nav-centre"
              aria-label={t('centre.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <ShopOutlined /> {narrow ? null : t('centre.nav')}
            </Link>
          )}
          {(me.permissions.includes('consult.read') || me.permissions.includes('consult.manage')) && (
            <Link
              to="/consultations"
              data-testid="nav-consult"
              aria-label={t('consult.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <CommentOutlined /> {narrow ? null : t('consult.nav')}
            </Link>
          )}
          {me.permissions.includes('party.manage') && (
            <Link
              to="/party"
              data-testid="nav-party"
              aria-label={t('party.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <FlagOutlined /> {narrow ? null : t('party.nav')}
            </Link>
          )}
          {books && (
            <Link
              to="/books"
              data-testid="nav-books"
              aria-label={t('books.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <AccountBookOutlined /> {narrow ? null : t('books.nav')}
            </Link>
          )}
          {disclosure && (
            <Link
              to="/disclosure"
              data-testid="nav-disclosure"
              aria-label={t('disclosure.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <NotificationOutlined /> {narrow ? null : t('disclosure.nav')}
            </Link>
          )}
          {books && me.permissions.includes('collective.read') && (
            <Link
              to="/estate"
              data-testid="nav-estate"
              aria-label={t('estate.nav')}
              style={{ whiteSpace: 'nowrap', color: 'inherit' }}
            >
              <BankOutlined /> {narrow ? null : t('estate.nav')}
            </Link>
          )}
          <Link
            to="/figures"
            data-testid="nav-figures"
            aria-label={t('figures.nav')}
            style={{ whiteSpace: 'nowrap', color: 'inherit' }}
          >
            <BarChartOutlined /> {narrow ? null : t('figures.nav')}
          </Link>
          <HeaderSearch narrow={narrow} />
          <LanguageSwitch small={narrow} />
          <CurrentUser maxWidth={narrow ? 96 : 200} />
          <LogoutButton iconOnly={narrow} />
        </Flex>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => {
              setDrawerOpen(false)
            }}
            size={300}
            title={t('app.name')}
            styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
          >
            <OrgTreeNav
              onNavigate={() => {
                setDrawerOpen(false)
              }}
            />
          </Drawer>
        ) : (
          <Layout.Sider width={300} theme="light" className="tx-sider">
            <OrgTreeNav />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
