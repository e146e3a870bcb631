import { Alert, Card, Flex, List, Select, Skeleton, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useBooksVillages } from '../books/booksQueries'

export interface EstateContext {
  villageId: string
}

export function useEstateContext(): EstateContext {
  return useOutletContext<EstateContext>()
}

/** /estate: the reader's village — straight there for an accountant, a pick for an auditor. */
export function EstateEntryPage() {
  const { t } = useTranslation()
  const { villages, isPending, error } = useBooksVillages()
  if (error) return <ApiErrorAlert error={error} />
  if (isPending) return <Skeleton active />
  const [only] = villages
  if (villages.length === 1 && only) return <Navigate to={`/estate/${only.id}/land`} replace />
  return (
    <Card title={t('estate.title')} data-testid="estate-villages">
      {villages.length === 0 ? (
        <Alert type="info" showIcon title={t('estate.noVillage')} />
      ) : (
        <List
          dataSource={villages}
          renderItem={(v) => (
            <List.Item>
              <Link to={`/estate/${v.id}/land`} data-testid="estate-village">
                {v.name}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}

const tabs = ['land', 'assets', 'reconciliation', 'contracts'] as const

/** /estate/:villageId/…: the village's land, assets and contracts, as tabs beside its books. */
export function EstateLayout() {
  const { t } = useTranslation()
  const { villageId = '' } = useParams()
  const location = useLocation()
  const navigate = useNavigate()
  const { villages } = useBooksVillages()
  const base = `/estate/${villageId}`
  const rest = location.pathname.slice(base.length).replace(/^\//, '')
  const active = tabs.find((tab) => rest.startsWith(tab)) ?? 'land'
  const villageName = villages.find((v) => v.id === villageId)?.name
  return (
    <Card
      data-testid="estate-page"
      className="tx-books"
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('estate.title')}</span>
          {villageName !== undefined && (
            <Typography.Text
              type="secondary"
              style={{ fontWeight: 'normal' }}
              data-testid="estate-village-name"
            >
              {villageName}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        villages.length > 1 ? (
          <Select
            style={{ minWidth: 160 }}
            value={villageId}
            data-testid="estate-village-select"
            onChange={(id) => {
              void navigate(`/estate/${id}/${active}`)
            }}
            options={villages.map((v) => ({ value: v.id, label: v.name }))}
          />
        ) : undefined
      }
    >
      <Tabs
        activeKey={active}
        onChange={(key) => {
          void navigate(`${base}/${key}`)
        }}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`estate-tab-${key}`}>{t(`estate.tabs.${key}`)}</span>,
        }))}
      />
      <Outlet context={{ villageId } satisfies EstateContext} />
    </Card>
  )
}
