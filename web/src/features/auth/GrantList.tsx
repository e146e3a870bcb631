import { Empty, List, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Grant } from '../../api/client'
import { roleLabel } from './roles'

/** The person's grants: each role with the scope it applies to (grants are never merged). */
export function GrantList({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation()
  if (grants.length === 0)
    return <Empty description={t('home.noGrants')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
  return (
    <List
      dataSource={grants}
      rowKey="id"
      renderItem={(grant) => (
        <List.Item>
          <List.Item.Meta
            title={<Typography.Text strong>{roleLabel(grant.role, t)}</Typography.Text>}
            description={
              <>
                <Tag>{t(`scopeKinds.${grant.scopeKind}`)}</Tag>
                {grant.scopeName}
              </>
            }
          />
        </List.Item>
      )}
    />
  )
}
