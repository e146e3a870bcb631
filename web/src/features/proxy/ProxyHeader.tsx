import { PhoneOutlined, UserOutlined } from '@ant-design/icons'
import { Card, Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { categoryName, formatTime } from '../requests/format'
import { OverdueTag } from '../requests/StateTag'
import { useProxyPaths } from './paths'
import { ProxyStateTag } from './ProxyStateTag'
import type { ProxyView, Resident } from './types'

/** The errand at a glance: number, state, kind, who it is for, who runs it, what to do. */
export function ProxyHeader({ view }: { view: ProxyView }) {
  const { t } = useTranslation()
  const { item, resident } = view
  const paths = useProxyPaths()
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title
            level={4}
            style={{ margin: 0 }}
            className="tx-identifier"
            data-testid="proxy-number"
          >
            {item.number}
          </Typography.Title>
          <ProxyStateTag state={item.state} stateZh={item.stateZh} data-testid="proxy-state" />
          <Tag color="red" data-testid="proxy-category">
            {categoryName(item.category)}
          </Tag>
          {item.urgency === 'urgent' && <Tag color="volcano">{t('proxy.urgent')}</Tag>}
          {item.overdue && item.open && <OverdueTag />}
          {view.source && (
            <Link to={`${paths.phone ? '/m' : ''}/requests/${view.source.id}`} data-testid="proxy-source">
              {t('proxy.fromRequest', { number: view.source.number })}
            </Link>
          )}
        </Flex>
        <Typography.Text strong data-testid="proxy-title">
          {item.title}
        </Typography.Text>
        {resident ? (
          <ResidentCard resident={resident} />
        ) : (
          <Typography.Text type="secondary" data-testid="proxy-resident-hidden">
            {t('proxy.item.residentHidden', { name: item.reporter.name ?? '—' })}
          </Typography.Text>
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, xl: 2 }}
          items={[
            {
              key: 'proxy',
              label: t('proxy.item.proxy'),
              children: (
                <span data-testid="proxy-assignee">{item.assignee?.name ?? t('proxy.item.unclaimed')}</span>
              ),
            },
            {
              key: 'channel',
              label: t('proxy.item.channel'),
              children: t(`requests.channels.${item.channel}`),
            },
            { key: 'reportedAt', label: t('proxy.item.reportedAt'), children: formatTime(item.reportedAt) },
            { key: 'dueAt', label: t('proxy.item.dueAt'), children: formatTime(item.dueAt) },
            ...(item.outcome
              ? [
                  {
                    key: 'outcome',
                    label: t('proxy.item.outcome'),
                    children: (
                      <span data-testid="proxy-outcome">{t(`requests.outcomes.${item.outcome}`)}</span>
                    ),
                  },
                ]
              : []),
            ...(item.satisfaction
              ? [
                  {
                    key: 'satisfaction',
                    label: t('proxy.item.satisfaction'),
                    children: (
                      <span data-testid="proxy-satisfaction">
                        {t(`requests.satisfactions.${item.satisfaction}`)}
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Typography.Text type="secondary">{t('proxy.item.description')}</Typography.Text>
        <p className="tx-description" data-testid="proxy-description">
          {item.description}
        </p>
      </Flex>
    </Card>
  )
}

/** Who the errand is for: age and care tags tell the proxy how to go about it. */
function ResidentCard({ resident }: { resident: Resident }) {
  const { t } = useTranslation()
  return (
    <div className="tx-proxy-resident" data-testid="proxy-resident">
      <Flex gap={8} align="center" wrap>
        <UserOutlined />
        <Typography.Text strong data-testid="proxy-resident-name">
          {resident.name}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t(`registry.sex.${resident.sex}`)}
          {resident.age !== null ? ` · ${t('proxy.item.age', { count: resident.age })}` : ''}
        </Typography.Text>
        {resident.tags.map((tag) => (
          <Tag key={tag.tag} color="orange" data-testid="proxy-resident-tag" style={{ marginInlineEnd: 0 }}>
            {t(`proxy.careTags.${tag.tag as 'elderly_alone'}`, { defaultValue: tag.nameZh })}
          </Tag>
        ))}
      </Flex>
      <Flex gap={16} wrap style={{ marginTop: 4 }}>
        <Typography.Text data-testid="proxy-resident-phone">
          <PhoneOutlined /> <span className="tx-identifier">{resident.phone ?? t('proxy.item.noPhone')}</span>
        </Typography.Text>
        {resident.address && (
          <Typography.Text type="secondary" data-testid="proxy-resident-address">
            {resident.address}
          </Typography.Text>
        )}
      </Flex>
    </div>
  )
}
