import { Alert, App, Button, Card, Flex, List, Skeleton, Statistic, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { periodOf } from '../figures/period'
import { useClaim, useMemberRecord, useMyMembership, usePosts, useTasks } from './partyQueries'
import { RecordForm } from './RecordForm'
import { hoursOf } from './types'
import { usePartyCommunity } from './usePartyCommunity'

/** /m/party: a party member on their phone — my hours, posts and needs to claim, record my service. */
export function PhonePartyPage() {
  const { t } = useTranslation()
  const { community, isPending, error } = usePartyCommunity()
  const me = useMyMembership(community?.id)
  if (error) return <ApiErrorAlert error={error} />
  if (isPending || (community && me.isPending)) return <Skeleton active />
  if (!community || (me.error && isApiError(me.error) && me.error.status === 404))
    return <Alert type="info" showIcon title={t('party.phone.notRegistered')} />
  if (me.error) return <ApiErrorAlert error={me.error} onRetry={() => void me.refetch()} />
  if (!me.data) return <Skeleton active />
  return <MemberHome communityId={community.id} member={me.data} />
}

function MemberHome({
  communityId,
  member,
}: {
  communityId: string
  member: NonNullable<ReturnType<typeof useMyMembership>['data']>
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const showError = useShowError()
  const year = periodOf('year')
  const record = useMemberRecord(member.id, year)
  const posts = usePosts(communityId)
  const tasks = useTasks(communityId)
  const claim = useClaim()
  const [recording, setRecording] = useState(false)
  const totals = record.data?.totals
  return (
    <Flex vertical gap={12} data-testid="party-phone">
      <Card size="small" title={`${t('party.phone.title')} · ${member.name}`}>
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{member.homeName}</Typography.Text>
          <Statistic
            title={t('party.phone.myHours')}
            value={totals ? t('party.hours', { hours: hoursOf(totals.confirmedMinutes) }) : '…'}
            valueRender={(node) => <span data-testid="party-my-hours">{node}</span>}
          />
          {totals && totals.pendingRecords > 0 && (
            <Tag color="gold">{t('party.phone.pending', { count: totals.pendingRecords })}</Tag>
          )}
          <Link to={`/m/party/members/${member.id}`} data-testid="party-my-record">
            {t('party.phone.myRecord')}
          </Link>
          <Button
            type="primary"
            size="large"
            block
            data-testid="party-record-open"
            onClick={() => {
              setRecording((x) => !x)
            }}
          >
            {t('party.phone.recordService')}
          </Button>
          {recording && (
            <RecordForm
              communityId={communityId}
              member={member}
              onDone={() => {
                setRecording(false)
                void message.success(t('party.recordForm.done'))
              }}
            />
          )}
        </Flex>
      </Card>
      <Card size="small" title={t('party.tabs.tasks')}>
        <List
          dataSource={(tasks.data?.items ?? []).filter((x) => x.state === 'open')}
          data-testid="party-phone-tasks"
          renderItem={(x) => (
            <List.Item
              actions={[
                x.mine ? (
                  <Tag color="red" key="mine">
                    {t('party.tasks.mine')}
                  </Tag>
                ) : x.claimed >= x.capacity ? (
                  <Tag key="full">{t('party.tasks.full')}</Tag>
                ) : (
                  <Button
                    key="claim"
                    size="small"
                    type="primary"
                    data-testid="party-task-claim"
                    loading={claim.isPending}
                    onClick={() => {
                      claim.mutate(
                        { what: 'tasks', id: x.id },
                        {
                          onError: (e) => {
                            showError(e)
                          },
                        },
                      )
                    }}
                  >
                    {t('party.tasks.claim')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={`${t(`party.tasks.kinds.${x.kind}`)}：${x.title}`}
                description={`${x.onDate} · ${t('party.tasks.claimed')} ${String(x.claimed)}/${String(x.capacity)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('party.tabs.posts')}>
        <List
          dataSource={posts.data?.items ?? []}
          renderItem={(p) => (
            <List.Item
              actions={[
                p.mine ? (
                  <Tag color="red" key="mine">
                    {t('party.posts.mine')}
                  </Tag>
                ) : (
                  <Button
                    key="claim"
                    size="small"
                    onClick={() => {
                      claim.mutate(
                        { what: 'posts', id: p.id },
                        {
                          onError: (e) => {
                            showError(e)
                          },
                        },
                      )
                    }}
                  >
                    {t('party.posts.claim')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta title={p.name} description={p.duty} />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  )
}
