import { Empty, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Grant } from '../../api/client'
import { roleLabel } from './roles'

/** The person's grants: each role with the scope it applies to (grants are never merged). */
export function GrantList({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation()
  if (grants.length === 0)
    return <Empty description={t('home.noGrants')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  return (
    <ul className="tx-list" data-testid="grants">
      {grants.map((grant) => (
        <li key={grant.id}>
          <Typography.Text strong>{roleLabel(grant.role, t)}</Typography.Text>
          <div>
            <Tag>{t(`scopeKinds.${grant.scopeKind}`)}</Tag>
            <Typography.Text type="secondary">{grant.scopeName}</Typography.Text>
          </div>
        </li>
      ))}
    </ul>
  )
}
