import { BarChartOutlined } from '@ant-design/icons'
import { Alert, Card, Flex, Select, Skeleton, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { ActivityList } from './ActivityList'
import { useRooms } from './centreQueries'
import { RoomWeek } from './RoomWeek'
import { dayOf, mondayOf } from './time'
import { useCentreCommunities } from './useCentreCommunities'
import './centre.css'

type Tab = 'rooms' | 'activities'
const day = /^\d{4}-\d{2}-\d{2}$/

/**
 * /centre: the community service centre ("5+3+1+N") — its rooms' bookings week by week, and its
 * activities. The community, tab and week live in the address, so "back" from an activity returns
 * to the same view.
 */
export function CentrePage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const { communities, isPending, error } = useCentreCommunities()
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const tab: Tab = params.get('tab') === 'activities' ? 'activities' : 'rooms'
  const weekParam = params.get('week')
  const week = mondayOf(weekParam !== null && day.test(weekParam) ? weekParam : dayOf())
  const rooms = useRooms(community?.id)

  const set = (key: string, value: string | undefined) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        if (value === undefined) next.delete(key)
        else next.set(key, value)
        return next
      },
      { replace: true },
    )
  }

  let body
  if (error) body = <ApiErrorAlert error={error} />
  else if (isPending) body = <Skeleton active />
  else if (!community) body = <Alert type="info" showIcon title={t('centre.noCommunity')} />
  else if (rooms.isError) body = <ApiErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />
  else if (!rooms.data) body = <Skeleton active />
  else
    body = (
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          set('tab', key === 'rooms' ? undefined : key)
        }}
        items={[
          {
            key: 'rooms',
            label: <span data-testid="centre-tab-rooms">{t('centre.tabs.rooms')}</span>,
            children: (
              <RoomWeek
                communityId={community.id}
                rooms={rooms.data.items}
                canManage={rooms.data.canManage}
                week={week}
                onWeek={(monday) => {
                  set('week', monday === mondayOf(dayOf()) ? undefined : monday)
                }}
              />
            ),
          },
          {
            key: 'activities',
            label: <span data-testid="centre-tab-activities">{t('centre.tabs.activities')}</span>,
            children: (
              <ActivityList
                communityId={community.id}
                rooms={rooms.data.items}
                canManage={rooms.data.canManage}
              />
            ),
          },
        ]}
      />
    )

  return (
    <Card
      data-testid="centre-page"
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('centre.title')}</span>
          {community && communities.length <= 1 && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {community.name}
            </Typography.Text>
          )}
        </Flex>
      }
      extra={
        <Flex gap={12} align="center" wrap>
          {communities.length > 1 && (
            <Select
              aria-label={t('centre.community')}
              data-testid="centre-community"
              style={{ minWidth: 180 }}
              value={community?.id}
              onChange={(id) => {
                set('community', id)
              }}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <Link to="/centre/figures" data-testid="centre-figures-link">
            <BarChartOutlined /> {t('centre.figuresLink')}
          </Link>
        </Flex>
      }
    >
      {body}
    </Card>
  )
}
