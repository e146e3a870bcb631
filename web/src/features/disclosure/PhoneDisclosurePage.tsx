import { Alert, Card, Flex, Skeleton, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { DisclosureListing } from './DisclosureVillagePage'
import { useDisclosures, useMyMemberships } from './disclosureQueries'
import type { Membership } from './types'

/** /m/disclosure: a collective member on their phone — my membership and shares, and what the collective has disclosed. */
export function PhoneDisclosurePage() {
  const { t } = useTranslation()
  const mine = useMyMemberships()
  if (mine.isError) return <ApiErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />
  if (!mine.data) return <Skeleton active />
  if (mine.data.items.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        title={t('disclosure.phone.notMember')}
        data-testid="disclosure-not-member"
      />
    )
  return (
    <Flex vertical gap={12} data-testid="disclosure-phone">
      {mine.data.items.map((m) => (
        <MembershipCard key={m.memberId} membership={m} />
      ))}
    </Flex>
  )
}

function MembershipCard({ membership: m }: { membership: Membership }) {
  const { t } = useTranslation()
  const list = useDisclosures(m.villageId)
  return (
    <>
      <Card size="small" title={`${t('disclosure.phone.title')} · ${m.name}`}>
        <Flex vertical gap={4}>
          <Typography.Text strong>{m.collectiveName ?? m.villageName}</Typography.Text>
          <Statistic
            value={t('disclosure.phone.shares', { shares: m.shares, total: m.totalShares })}
            valueRender={(node) => <span data-testid="disclosure-my-shares">{node}</span>}
          />
          <Typography.Text type="secondary">
            {t('disclosure.phone.since', { date: m.sinceOn })}
          </Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={t('disclosure.phone.tables')}>
        {list.isError ? (
          <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <Skeleton active />
        ) : (
          <DisclosureListing items={list.data.items} base={`/m/disclosure/${m.villageId}`} />
        )}
      </Card>
    </>
  )
}
