import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { categoryName, formatTime, placeText, useRequestPaths } from './format'
import { ItemPhotos } from './ItemPhotos'
import { OverdueTag, StateTag } from './StateTag'
import type { WorkItem } from './types'

/** The item at a glance: number, category, where it stands, who reported it, by when it is due. */
export function ItemHeader({ item }: { item: WorkItem }) {
  const { t } = useTranslation()
  const paths = useRequestPaths()
  const photos = item.files.filter((f) => f.stage === 'intake' || f.stage === 'report').map((f) => f.fileId)
  const reporter = [item.reporter.name ?? t('requests.item.anonymous'), item.reporter.phone].filter(Boolean)
  return (
    <Card>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title
            level={4}
            style={{ margin: 0 }}
            data-testid="item-number"
            className="tx-identifier"
          >
            {item.number}
          </Typography.Title>
          <StateTag state={item.state} data-testid="item-state" />
          <Tag data-testid="item-level">{t(`requests.levels.${item.level}`)}</Tag>
          {item.urgency === 'urgent' && <Tag color="volcano">{t('requests.item.urgent')}</Tag>}
          {item.overdue && <OverdueTag />}
          {item.whistled && <Tag color="magenta">{t('requests.item.whistled')}</Tag>}
          {item.pendingApproval && (
            <Tag color="purple" data-testid="item-pending">
              {t(`requests.item.pending.${item.pendingApproval}`)}
            </Tag>
          )}
        </Flex>
        <Typography.Text strong data-testid="item-title">
          {item.title}
        </Typography.Text>
        {item.mergedIntoId && (
          <Alert
            type="info"
            showIcon
            title={t('requests.item.mergedInto')}
            action={<Link to={paths.item(item.mergedIntoId)}>{t('requests.item.openMerged')}</Link>}
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'category',
              label: t('requests.item.category'),
              children: <span data-testid="item-category">{categoryName(item.category)}</span>,
            },
            {
              key: 'type',
              label: t('requests.item.type'),
              children: `${t(`requests.types.${item.requestType}`)} · ${t(`requests.channels.${item.channel}`)}`,
            },
            {
              key: 'place',
              label: t('requests.item.place'),
              children: <span data-testid="item-place">{placeText(item)}</span>,
            },
            {
              key: 'grid',
              label: t('requests.item.grid'),
              children: [item.place.community.name, item.place.grid?.name].filter(Boolean).join(' · '),
            },
            ...(item.village
              ? [
                  {
                    key: 'village',
                    label: t('requests.item.village'),
                    children: <span data-testid="item-village">{item.village.name}</span>,
                  },
                ]
              : []),
            {
              key: 'reporter',
              label: t('requests.item.reporter'),
              children: <span data-testid="item-reporter">{reporter.join(' · ')}</span>,
            },
            {
              key: 'reportedAt',
              label: t('requests.item.reportedAt'),
              children: formatTime(item.reportedAt),
            },
            {
              key: 'dueAt',
              label: t('requests.item.dueAt'),
              children: (
                <Flex gap={6} align="center" wrap>
                  <span data-testid="item-due">{formatTime(item.dueAt)}</span>
                  {item.overdue && <OverdueTag />}
                  {item.extensionDays > 0 && (
                    <Typography.Text type="secondary">
                      {t('requests.item.extended', { days: item.extensionDays })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: 'assignee',
              label: t('requests.item.assignee'),
              children: (
                <span data-testid="item-assignee">
                  {item.assignee?.name ?? t('requests.item.noAssignee')}
                </span>
              ),
            },
            ...(item.outcome
              ? [
                  {
                    key: 'outcome',
                    label: t('requests.item.outcome'),
                    children: (
                      <span data-testid="item-outcome">{t(`requests.outcomes.${item.outcome}`)}</span>
                    ),
                  },
                ]
              : []),
            ...(item.satisfaction
              ? [
                  {
                    key: 'satisfaction',
                    label: t('requests.item.satisfaction'),
                    children: t(`requests.satisfactions.${item.satisfaction}`),
                  },
                ]
              : []),
            ...(item.reopenCount > 0
              ? [
                  {
                    key: 'reopen',
                    label: '',
                    children: t('requests.item.reopened', { count: item.reopenCount }),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Text type="secondary">{t('requests.item.description')}</Typography.Text>
        <p className="tx-description" data-testid="item-description">
          {item.description}
        </p>
        <ItemPhotos itemId={item.id} fileIds={photos} data-testid="item-photos" />
      </Flex>
    </Card>
  )
}
