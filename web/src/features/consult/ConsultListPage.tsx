import { BarChartOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Select, Typography, type TableColumnsType } from 'antd'
import { useMemo, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { CursorTable } from '../registry/CursorTable'
import { formatShortTime } from '../requests/format'
import '../requests/requests.css'
import { useConsultList } from './consultQueries'
import { ConsultStateTag } from './ConsultStateTag'
import type { ConsultSummary } from './types'
import { useConsultCommunities } from './useConsultCommunities'

/** /consultations: a community's topics, newest first; the community is kept in the address. */
export function ConsultListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const { communities, isPending, error } = useConsultCommunities()
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const list = useConsultList(community?.id)
  const manages = me.permissions.includes('consult.manage')

  const columns = useMemo<TableColumnsType<ConsultSummary>>(
    () => [
      {
        key: 'title',
        title: t('consult.list.title'),
        render: (_, row) => (
          <Link to={`/consultations/${row.id}`} data-testid="consult-row-title">
            {row.title}
          </Link>
        ),
      },
      { key: 'place', title: t('consult.list.place'), render: (_, row) => row.place.name },
      {
        key: 'state',
        title: t('consult.list.state'),
        render: (_, row) => <ConsultStateTag state={row.state} data-testid="consult-row-state" />,
      },
      {
        key: 'meeting',
        title: t('consult.list.meeting'),
        render: (_, row) => {
          const at = row.heldAt ?? row.scheduledAt
          return at === null ? '—' : formatShortTime(at)
        },
      },
      { key: 'decisions', title: t('consult.list.decisions'), render: (_, row) => row.decisions },
    ],
    [t],
  )

  let body
  if (error) body = <ApiErrorAlert error={error} />
  else if (!isPending && !community) body = <Alert type="info" showIcon title={t('consult.noCommunity')} />
  else
    body = (
      <CursorTable<ConsultSummary>
        data-testid="consult-table"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('consult.list.empty')}
        rowProps={(row) =>
          ({
            className: 'tx-clickable-row',
            'data-testid': 'consult-row',
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('a')) return
              void navigate(`/consultations/${row.id}`)
            },
          }) as HTMLAttributes<HTMLElement>
        }
      />
    )

  return (
    <Card
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('consult.list.heading')}</span>
          {community && communities.length <= 1 && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {community.name}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={8} align="center" wrap>
          {communities.length > 1 && (
            <Select
              aria-label={t('consult.community')}
              style={{ minWidth: 180 }}
              value={community?.id}
              onChange={(id) => {
                setParams({ community: id }, { replace: true })
              }}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          {community && (
            <Link to={`/consultations/figures?node=${community.id}`} data-testid="consult-figures-link">
              <BarChartOutlined /> {t('consult.figuresLink')}
            </Link>
          )}
          {manages && community && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              data-testid="consult-new"
              onClick={() => void navigate(`/consultations/new?community=${community.id}`)}
            >
              {t('consult.newTopic')}
            </Button>
          )}
        </Flex>
      }
    >
      {body}
    </Card>
  )
}
