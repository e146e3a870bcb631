import { BarChartOutlined } from '@ant-design/icons'
import { Alert, Card, Flex, Input, Select, Skeleton, Tabs, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { periodOf } from '../figures/period'
import { DownloadButton } from '../registry/DownloadButton'
import { MeetingsTab } from './MeetingsTab'
import { MembersTab } from './MembersTab'
import { useMemberCounts } from './partyQueries'
import { RecordsTab } from './RecordsTab'
import { usePartyCommunity } from './usePartyCommunity'
import { WorkTab } from './WorkTab'
import './party.css'

const tabs = ['members', 'posts', 'tasks', 'records', 'meetings', 'export'] as const
type Tab = (typeof tabs)[number]

/** /party: 党员报到 at the community's desk — members, posts, needs and tasks, records, meetings, exports. */
export function PartyPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const { community, communities, isPending, error, choose } = usePartyCommunity()
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'members'
  let body
  if (error) body = <ApiErrorAlert error={error} />
  else if (isPending) body = <Skeleton active />
  else if (!community) body = <Alert type="info" showIcon title={t('party.noCommunity')} />
  else
    body = (
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setParams(
            (old) => {
              const next = new URLSearchParams(old)
              next.set('tab', key)
              return next
            },
            { replace: true },
          )
        }}
        items={tabs.map((key) => ({
          key,
          label: <span data-testid={`party-tab-${key}`}>{t(`party.tabs.${key}`)}</span>,
          children:
            key === 'members' ? (
              <MembersTab communityId={community.id} />
            ) : key === 'posts' || key === 'tasks' ? (
              <WorkTab communityId={community.id} what={key} />
            ) : key === 'records' ? (
              <RecordsTab communityId={community.id} />
            ) : key === 'meetings' ? (
              <MeetingsTab communityId={community.id} />
            ) : (
              <ExportTab communityId={community.id} />
            ),
        }))}
      />
    )
  return (
    <Card
      data-testid="party-page"
      title={
        <Flex gap={8} align="baseline" wrap>
          <span>{t('party.title')}</span>
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
              aria-label={t('party.community')}
              style={{ minWidth: 180 }}
              value={community?.id}
              onChange={choose}
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          {community && (
            <Link to={`/party/figures?node=${community.id}`} data-testid="party-figures-link">
              <BarChartOutlined /> {t('party.figures.title')}
            </Link>
          )}
        </Flex>
      }
    >
      {body}
    </Card>
  )
}

/** 报送原组织: all members of one home organisation for a period, as one workbook. */
function ExportTab({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const counts = useMemberCounts(communityId)
  const year = periodOf('year')
  const [homeName, setHomeName] = useState<string>()
  const [from, setFrom] = useState(year.from)
  const [to, setTo] = useState(year.to)
  const homes = counts.data?.byHome ?? []
  const home = homeName ?? homes[0]?.homeName
  const query = new URLSearchParams({ communityId, homeName: home ?? '', from, to })
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Typography.Text type="secondary">{t('party.exportHome.hint')}</Typography.Text>
      <Select
        aria-label={t('party.exportHome.homeName')}
        data-testid="party-export-home"
        value={home}
        onChange={setHomeName}
        options={homes.map((h) => ({ value: h.homeName, label: `${h.homeName}（${String(h.members)}）` }))}
      />
      <Flex gap={8} align="center">
        <Typography.Text>{t('party.exportHome.period')}</Typography.Text>
        <Input
          type="date"
          value={from}
          onChange={(e) => {
            setFrom(e.target.value)
          }}
        />
        <span>~</span>
        <Input
          type="date"
          value={to}
          onChange={(e) => {
            setTo(e.target.value)
          }}
        />
      </Flex>
      <DownloadButton
        type="primary"
        disabled={home === undefined}
        url={`/api/v1/party/home.xlsx?${query.toString()}`}
        fileName={`${home ?? ''}.xlsx`}
        data-testid="party-export-download"
      >
        {t('party.exportHome.download')}
      </DownloadButton>
    </Flex>
  )
}
