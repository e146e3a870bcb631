import { Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { memberColumns } from './householdColumns'
import { useHousehold } from './householdQueries'
import { useInPhoneLayout, usePersonPath } from './paths'
import type { Household } from './types'

/** /households/:id (and /m/households/:id): members, room and where the household has lived. */
export function HouseholdPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const household = useHousehold(id)
  if (household.data) return <HouseholdDetails household={household.data} />
  if (household.isError) {
    if (isApiError(household.error) && household.error.status === 404)
      return <Result status="404" title={t('registry.household.notFound')} />
    return <ApiErrorAlert error={household.error} onRetry={() => void household.refetch()} />
  }
  return <Skeleton active />
}

function HouseholdDetails({ household }: { household: Household }) {
  const { t } = useTranslation()
  const phone = useInPhoneLayout()
  const personPath = usePersonPath()
  const columns = useMemo(
    () => [
      ...memberColumns<Household['members'][number]>(t, personPath),
      {
        key: 'joinedOn',
        title: t('registry.household.joinedOn'),
        render: (_: unknown, m: Household['members'][number]) => m.joinedOn ?? '—',
      },
    ],
    [t, personPath],
  )
  const room = household.roomAddress ?? t('registry.household.noRoom')
  return (
    <Flex vertical gap={phone ? 12 : 16}>
      <Card>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="household-code">
            {t('registry.household.titled', { code: household.code })}
          </Typography.Title>
          {household.movedIn ? (
            <Tag color="green">{t('registry.household.movedIn')}</Tag>
          ) : (
            <Tag>{household.roomId ? t('registry.household.assigned') : t('registry.household.noRoom')}</Tag>
          )}
        </Flex>
        <Descriptions
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'head',
              label: t('registry.household.head'),
              children: household.head ? (
                <Link to={personPath(household.head.personId)}>{household.head.name}</Link>
              ) : (
                '—'
              ),
            },
            {
              key: 'room',
              label: t('registry.household.room'),
              children:
                household.roomId && !phone ? <Link to={`/org/${household.roomId}`}>{room}</Link> : room,
            },
            {
              key: 'origin',
              label: t('registry.person.originVillage'),
              children: household.originVillage?.name ?? '—',
            },
          ]}
        />
      </Card>
      <Card title={t('registry.household.members')} size="small">
        <Table
          data-testid="household-members"
          size="middle"
          columns={columns}
          dataSource={household.members}
          rowKey="personId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('registry.household.noMembers') }}
        />
      </Card>
      <Card title={t('registry.household.residences')} size="small">
        {household.residences.length === 0 ? (
          <Typography.Text type="secondary">{t('registry.household.noResidences')}</Typography.Text>
        ) : (
          <ul className="tx-list">
            {household.residences.map((r) => (
              <li key={`${r.roomId}:${r.movedInOn}`}>
                <Flex gap={8} wrap>
                  {phone ? r.roomAddress : <Link to={`/org/${r.roomId}`}>{r.roomAddress}</Link>}
                  <Typography.Text type="secondary">
                    {r.movedOutOn
                      ? t('registry.household.period', { from: r.movedInOn, to: r.movedOutOn })
                      : t('registry.household.since', { from: r.movedInOn })}
                  </Typography.Text>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Flex>
  )
}
