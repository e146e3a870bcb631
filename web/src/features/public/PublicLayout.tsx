import { Layout, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../shell/LanguageSwitch'
import './public.css'

/**
 * The residents' pages: no account, no navigation — the product's name, what the page is for
 * (码上说 unless told otherwise), the language.
 */
export function PublicLayout({ children, subtitle }: { children: ReactNode; subtitle?: string }) {
  const { t } = useTranslation()
  return (
    <Layout className="tx-public">
      <Layout.Header className="tx-header tx-sticky">
        <span className="tx-public-brand">
          <Typography.Text strong className="tx-product-name">
            {t('app.shortName')}
          </Typography.Text>
          <Typography.Text type="secondary">· {subtitle ?? t('publicIntake.title')}</Typography.Text>
        </span>
        <LanguageSwitch small />
      </Layout.Header>
      <Layout.Content className="tx-public-content">{children}</Layout.Content>
    </Layout>
  )
}
