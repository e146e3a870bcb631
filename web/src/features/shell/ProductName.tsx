import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** 同心 · 新型农村社区治理; the tagline gives way on narrow screens. */
export function ProductName({ to = '/' }: { to?: string }) {
  const { t } = useTranslation()
  return (
    <Link to={to} className="tx-product">
      <Typography.Text strong className="tx-product-name">
        {t('app.name')}
      </Typography.Text>
      <Typography.Text type="secondary" className="tx-product-tagline">
        · {t('app.tagline')}
      </Typography.Text>
    </Link>
  )
}
