import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Segmented, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { CursorTable } from '../registry/CursorTable'
import { ActivityDialog } from './ActivityDialog'
import { ActivityStateTag } from './ActivityStateTag'
import { useActivities } from './centreQueries'
import { formatSpan } from './time'
import { activityStates, type ActivityState, type ActivitySummary, type Room } from './types'

type Filter = ActivityState | 'all'

/** Places taken of those offered: 12/30, or 12/不限. */
export function useSignupText() {
  const { t } = useTranslation()
  return (a: Pick<ActivitySummary, 'signedUp' | 'capacity'>) =>
    `${String(a.signedUp)}/${a.capacity === null ? t('centre.list.unlimited') : String(a.capacity)}`
}

/** Activity rows in lists (the community's, the figures' drill-down). */
export function useActivityColumns(): TableColumnsType<ActivitySummary> {
  const { t } = useTranslation()
  const signups = useSignupText()
  return [
    {
      key: 'title',
      title: t('centre.list.title'),
      render: (_, a) => (
        <Link to={`/centre/activities/${a.id}`} data-testid="activity-link">
          {a.title}
        </Link>
      ),
    },
    { key: 'kind', title: t('centre.list.kind'), render: (_, a) => t(`centre.activityKinds.${a.kind}`) },
    { key: 'time', title: t('centre.list.time'), render: (_, a) => formatSpan(a.startsAt, a.endsAt) },
    { key: 'place', title: t('centre.list.place'), render: (_, a) => a.place },
    {
      key: 'signups',
      title: t('centre.list.signups'),
      align: 'right',
      render: (_, a) => <span data-testid="activity-signups">{signups(a)}</span>,
    },
    {
      key: 'attended',
      title: t('centre.list.attended'),
      align: 'right',
      render: (_, a) => (a.state === 'held' ? a.attended : '—'),
    },
    {
      key: 'state',
      title: t('centre.list.state'),
      render: (_, a) => <ActivityStateTag state={a.state} data-testid="activity-state" />,
    },
  ]
}

/** The community's activities, newest first, by state; the centre's staff publish new ones here. */
export function ActivityList({
  communityId,
  rooms,
  canManage,
}: {
  communityId: string
  rooms: readonly Room[]
  canManage: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [filter, setFilter] = useState<Filter>('all')
  const list = useActivities(communityId, filter === 'all' ? undefined : filter)
  const [creating, setCreating] = useState(false)
  const columns = useActivityColumns()
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['all', ...activityStates] as const).map((s) => ({
            value: s,
            label: (
              <span data-testid={`activity-filter-${s}`}>
                {s === 'all' ? t('centre.filters.all') : t(`centre.states.${s}`)}
              </span>
            ),
          }))}
        />
        <span style={{ flex: 1 }} />
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="activity-new"
            onClick={() => {
              setCreating(true)
            }}
          >
            {t('centre.form.new')}
          </Button>
        )}
      </Flex>
      <CursorTable
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('centre.list.none')}
        data-testid="activity-list"
      />
      {creating && (
        <ActivityDialog
          communityId={communityId}
          rooms={rooms}
          onClose={() => {
            setCreating(false)
          }}
          onCreated={(activity) => {
            setCreating(false)
            void navigate(`/centre/activities/${activity.id}`)
          }}
        />
      )}
    </Flex>
  )
}
