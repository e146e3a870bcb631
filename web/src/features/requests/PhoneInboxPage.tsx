import { PlusOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { rowsOf } from '../registry/useCursorList'
import { formatShortTime } from './format'
import { useInbox } from './requestQueries'
import './requests.css'
import { OverdueTag, StateTag } from './StateTag'
import type { WorkItemSummary } from './types'

const phoneBoxes = ['mine', 'scope', 'filed_by_me', 'summoned'] as const
type PhoneBox = (typeof phoneBoxes)[number]

/** /m/requests: what is mine to do and what is open in my grid, as a list for one thumb. */
export function PhoneInboxPage() {
  const { t } = useTranslation()
  const me = useMe()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  // Handlers start with their grid's open items; party members with what they filed; a provider's
  // staff with what was dispatched to them.
  const readsScope = me.permissions.includes('request.read')
  const files = me.permissions.includes('request.file')
  const boxes: readonly PhoneBox[] = readsScope ? phoneBoxes : ['mine', 'summoned', 'filed_by_me']
  const fallback: PhoneBox = readsScope ? 'scope' : files ? 'filed_by_me' : 'mine'
  const box = boxes.find((b) => b === params.get('box')) ?? fallback
  const list = useInbox({ box }, 20)
  const rows = rowsOf(list)
  return (
    <Flex vertical gap={12}>
      {files && (
        <Button
          type="primary"
          size="large"
          block
          icon={<PlusOutlined />}
          data-testid="phone-new-request"
          onClick={() => void navigate('/m/requests/new')}
        >
          {t('requests.phoneNew')}
        </Button>
      )}
      {boxes.length > 1 && (
        <Segmented<PhoneBox>
          block
          size="large"
          value={box}
          onChange={(next) => {
            setParams(next === fallback ? {} : { box: next }, { replace: true })
          }}
          options={boxes.map((b) => ({
            value: b,
            label: <span data-testid={`phone-box-${b}`}>{t(`requests.phoneBoxes.${b}`)}</span>,
          }))}
        />
      )}
      {list.isError && !list.data ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('requests.inbox.phoneEmpty')} />
      ) : (
        <ul className="tx-req-list" data-testid="phone-inbox">
          {rows.map((row) => (
            <li key={row.id}>
              <PhoneRow row={row} />
            </li>
          ))}
        </ul>
      )}
      {list.isFetchNextPageError && (
        <ApiErrorAlert error={list.error} onRetry={() => void list.fetchNextPage()} />
      )}
      {list.hasNextPage && (
        <Button
          size="large"
          block
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
          data-testid="load-more"
        >
          {t('registry.list.loadMore')}
        </Button>
      )}
    </Flex>
  )
}

function PhoneRow({ row }: { row: WorkItemSummary }) {
  const { t, i18n } = useTranslation()
  return (
    <Link
      to={`/m/requests/${row.id}`}
      className={`tx-req-card${row.overdue ? ' tx-req-card-overdue' : ''}`}
      data-testid="phone-inbox-row"
    >
      <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Flex gap={6} align="center" wrap>
          <StateTag state={row.state} data-testid="phone-inbox-state" />
          {row.overdue && <OverdueTag />}
          {row.urgency === 'urgent' && <Tag color="volcano">{t('requests.urgencies.urgent')}</Tag>}
          <Typography.Text type="secondary" className="tx-identifier" style={{ fontSize: 12 }}>
            {row.number}
          </Typography.Text>
        </Flex>
        <Typography.Text strong ellipsis data-testid="phone-inbox-title">
          {row.title}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }}>
          {i18n.language === 'en' ? row.categoryEn : row.categoryZh}
          {row.address ? ` · ${row.address}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('requests.inbox.dueAt')} {formatShortTime(row.dueAt)}
        </Typography.Text>
      </Flex>
      <RightOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />
    </Link>
  )
}
