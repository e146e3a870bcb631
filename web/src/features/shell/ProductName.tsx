import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** 同心 · 新型农村社区治理; on a narrow screen only the short name, to leave room for the controls. */
export function ProductName({ to = '/' }: { to?: string }) {
  const { t } = useTranslation()
  return (
    <Link to={to} className="tx-product">
      <Typography.Text strong className="tx-product-name tx-wide-only">
        {t('app.name')}
      </Typography.Text>
      <Typography.Text strong className="tx-product-name tx-narrow-only">
        {t('app.shortName')}
      </Typography.Text>
      <Typography.Text type="secondary" className="tx-wide-only">
        · {t('app.tagline')}
      </Typography.Text>
    </Link>
  )
}
