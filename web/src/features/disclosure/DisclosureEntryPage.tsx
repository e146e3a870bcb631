import { Alert, Card, List, Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useDisclosureVillages } from './disclosureQueries'

/**
 * /disclosure: the reader's village. A village's accountant or cadre goes straight to it; the
 * community and the street pick one of the villages they host.
 */
export function DisclosureEntryPage() {
  const { t } = useTranslation()
  const { villages, isPending, error } = useDisclosureVillages()
  if (error) return <ApiErrorAlert error={error} />
  if (isPending) return <Skeleton active />
  const [only] = villages
  if (villages.length === 1 && only) return <Navigate to={`/disclosure/${only.id}`} replace />
  return (
    <Card title={t('disclosure.title')} data-testid="disclosure-villages">
      {villages.length === 0 ? (
        <Alert type="info" showIcon title={t('disclosure.noVillage')} />
      ) : (
        <List
          dataSource={villages}
          renderItem={(v) => (
            <List.Item>
              <Link to={`/disclosure/${v.id}`} data-testid="disclosure-village">
                {v.name}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
