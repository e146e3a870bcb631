import { Card, Flex, Skeleton, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { isOutOfReach } from './outOfReach'
import { useOrgNode, useResidentsOn } from './householdQueries'
import { useHouseholdPath } from './paths'
import type { Person } from './types'

/**
 * The household a person lives with. A person's record does not name its household, so it is
 * found among the households living in the person's room today.
 */
export function PersonHousehold({ person }: { person: Person }) {
  const { t } = useTranslation()
  const householdPath = useHouseholdPath()
  const place = useOrgNode(person.placeId)
  const inRoom = place.data?.kind === 'room'
  const residents = useResidentsOn(person.placeId, undefined, inRoom)
  const failed = place.error ?? residents.error

  let body
  if (failed && isOutOfReach(failed)) {
    body = <Typography.Text type="secondary">{t('registry.outOfReach')}</Typography.Text>
  } else if (failed) {
    body = (
      <ApiErrorAlert
        error={failed}
        onRetry={() => void (place.isError ? place.refetch() : residents.refetch())}
      />
    )
  } else if (!place.data || (inRoom && !residents.data)) {
    body = <Skeleton active title={false} paragraph={{ rows: 1 }} />
  } else {
    const household = residents.data?.households.find((h) => h.members.some((m) => m.personId === person.id))
    const relation = household?.members.find((m) => m.personId === person.id)?.relation
    const head = household?.members.find((m) => m.relation === 'head')
    body = household ? (
      <Flex gap={8} align="center" wrap>
        <Link to={householdPath(household.householdId)} data-testid="person-household-link">
          {t('registry.household.titled', { code: household.code })}
        </Link>
        {relation && <Tag style={{ marginInlineEnd: 0 }}>{t(`registry.relation.${relation}`)}</Tag>}
        {head && head.personId !== person.id && (
          <Typography.Text type="secondary">
            {t('registry.household.headIs', { name: head.name })}
          </Typography.Text>
        )}
      </Flex>
    ) : (
      <Typography.Text type="secondary">
        {inRoom ? t('registry.household.notInOne') : t('registry.household.noRoomYet')}
      </Typography.Text>
    )
  }
  return (
    <Card title={t('registry.household.title')} size="small" data-testid="person-household">
      {body}
    </Card>
  )
}
