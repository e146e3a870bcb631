import { Card, Empty, Flex, Input, Skeleton, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { OrgNode } from '../../api/client'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { memberColumns } from './householdColumns'
import { useResidentsOn } from './householdQueries'
import { useHouseholdPath, usePersonPath } from './paths'

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** 住户 of a room: the households living there on a day (today unless asked), with their members then. */
export function RoomResidents({ room }: { room: OrgNode }) {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  const householdPath = useHouseholdPath()
  const [typed, setTyped] = useState('')
  const date = dayPattern.test(typed) ? typed : undefined
  const residents = useResidentsOn(room.id, date)
  const columns = useMemo(() => memberColumns(t, personPath), [t, personPath])

  let body
  if (residents.isError)
    body = <ApiErrorAlert error={residents.error} onRetry={() => void residents.refetch()} />
  else if (!residents.data) body = <Skeleton active />
  else if (residents.data.households.length === 0)
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('registry.residents.none', { date: residents.data.date })}
      />
    )
  else
    body = residents.data.households.map((h) => (
      <Card
        key={h.householdId}
        size="small"
        title={
          <Link to={householdPath(h.householdId)}>{t('registry.household.titled', { code: h.code })}</Link>
        }
        extra={
          <Typography.Text type="secondary">
            {h.movedOutOn
              ? t('registry.household.period', { from: h.movedInOn, to: h.movedOutOn })
              : t('registry.household.since', { from: h.movedInOn })}
          </Typography.Text>
        }
      >
        <Table size="small" columns={columns} dataSource={h.members} rowKey="personId" pagination={false} />
      </Card>
    ))

  return (
    <Flex vertical gap={12} data-testid="room-residents">
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('registry.residents.onDay')}</Typography.Text>
        <Input
          aria-label={t('registry.residents.onDay')}
          placeholder={t('registry.residents.today')}
          maxLength={10}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value)
          }}
          status={typed !== '' && !date ? 'warning' : undefined}
          style={{ width: 160 }}
          allowClear
        />
        {residents.data && (
          <Typography.Text type="secondary">
            {t('registry.residents.shownDay', { date: residents.data.date })}
          </Typography.Text>
        )}
      </Flex>
      {body}
    </Flex>
  )
}
