import { Card, Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { categoryName, formatTime, placeText } from '../requests/format'
import { ItemPhotos } from '../requests/ItemPhotos'
import { OverdueTag } from '../requests/StateTag'
import { usePropertyPaths } from './paths'
import { DueText, PropertyStateTag } from './PropertyStateTag'
import type { PropertyView } from './types'

/** The order at a glance: number, state, kind, where it came from, the facility, who works it, by when. */
export function PropertyHeader({ view }: { view: PropertyView }) {
  const { t } = useTranslation()
  const { item, source, facility } = view
  const paths = usePropertyPaths()
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title
            level={4}
            style={{ margin: 0 }}
            className="tx-identifier"
            data-testid="property-number"
          >
            {item.number}
          </Typography.Title>
          <PropertyStateTag state={item.state} stateZh={item.stateZh} data-testid="property-state" />
          <Tag color="red" data-testid="property-category">
            {categoryName(item.category)}
          </Tag>
          {item.urgency === 'urgent' && <Tag color="volcano">{t('property.urgent')}</Tag>}
          {item.overdue && item.open && <OverdueTag />}
          {source && (
            <Link
              to={source.kind === 'request' ? paths.request(source.id) : paths.order(source.id)}
              data-testid="property-source"
            >
              {source.kind === 'request'
                ? t('property.fromRequest', { number: source.number })
                : t('property.fromCheck', { number: source.number })}
            </Link>
          )}
        </Flex>
        <Typography.Text strong data-testid="property-title">
          {item.title}
        </Typography.Text>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 2 }}
          items={[
            {
              key: 'assignee',
              label: t('property.item.assignee'),
              children: (
                <span data-testid="property-assignee">
                  {item.assignee?.name ?? t('property.item.unassigned')}
                </span>
              ),
            },
            { key: 'place', label: t('property.item.place'), children: placeText(item) },
            ...(facility
              ? [
                  {
                    key: 'facility',
                    label: t('property.item.facility'),
                    children: (
                      <Flex gap={6} align="center" wrap data-testid="property-facility">
                        <span data-testid="property-facility-name">{facility.name}</span>
                        <Typography.Text type="secondary" className="tx-identifier">
                          {facility.code}
                        </Typography.Text>
                        <Tag
                          color={facility.state === 'faulty' ? 'red' : 'green'}
                          data-testid="property-facility-state"
                          style={{ marginInlineEnd: 0 }}
                        >
                          {facility.stateZh}
                        </Tag>
                        {facility.location && (
                          <Typography.Text type="secondary">{facility.location}</Typography.Text>
                        )}
                      </Flex>
                    ),
                  },
                ]
              : []),
            {
              key: 'reportedAt',
              label: t('property.item.reportedAt'),
              children: formatTime(item.reportedAt),
            },
            {
              key: 'dueAt',
              label: t('property.item.dueAt'),
              children: <DueText text={formatTime(item.dueAt)} overdue={item.overdue && item.open} />,
            },
            ...(item.outcome
              ? [
                  {
                    key: 'outcome',
                    label: t('property.item.outcome'),
                    children: (
                      <span data-testid="property-outcome">{t(`requests.outcomes.${item.outcome}`)}</span>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Text type="secondary">{t('property.item.description')}</Typography.Text>
        <p className="tx-description" data-testid="property-description">
          {item.description}
        </p>
        {view.repairs.length > 0 && (
          <Flex gap={8} wrap align="center">
            <Typography.Text type="secondary">{t('property.item.repairs')}</Typography.Text>
            {view.repairs.map((r) => (
              <Link key={r.id} to={paths.order(r.id)} data-testid="property-repair-link">
                <span className="tx-identifier">{r.number}</span>（{r.stateZh}）
              </Link>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  )
}

/** The photos of the work, before beside after (at 完工). */
export function OrderPhotos({ view }: { view: PropertyView }) {
  const { t } = useTranslation()
  const { item } = view
  // Before: the photos it was opened with (intake) and those taken when the work started (progress).
  const before = item.files.filter((f) => f.stage !== 'resolution').map((f) => f.fileId)
  const after = item.files.filter((f) => f.stage === 'resolution').map((f) => f.fileId)
  if (before.length === 0 && after.length === 0) return null
  const side = (label: string, ids: string[], testId: string) => (
    <Flex vertical gap={6} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {ids.length === 0 ? (
        <Typography.Text type="secondary">{t('property.photos.none')}</Typography.Text>
      ) : (
        <ItemPhotos itemId={item.id} fileIds={ids} kind="property" data-testid={testId} />
      )}
    </Flex>
  )
  return (
    <Card title={t('property.photos.heading')} size="small" data-testid="property-photos">
      <div className="tx-property-photos">
        {side(t('property.photos.before'), before, 'photos-before')}
        {side(t('property.photos.after'), after, 'photos-after')}
      </div>
    </Card>
  )
}
