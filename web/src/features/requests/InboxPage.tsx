import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Input, Select, Tabs, Tag, Typography, type TableColumnsType } from 'antd'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { CursorTable } from '../registry/CursorTable'
import { CategoryPicker } from './CategoryPicker'
import { formatShortTime } from './format'
import { useInbox } from './requestQueries'
import { OverdueTag, StateTag } from './StateTag'
import './requests.css'
import type { InboxBox, InboxQuery, InboxStatus, WorkItemSummary, WorkLevel, WorkState } from './types'
import { inboxBoxes, normaliseItemNumber, workStates } from './workflow'

const statuses: readonly InboxStatus[] = ['open', 'closed', 'all']
const levels: readonly WorkLevel[] = ['grid', 'community', 'street']

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((v) => v === value)
}

/** The filters live in the address, so "back" from an item returns to the same list. */
function useInboxParams() {
  const [params, setParams] = useSearchParams()
  const box = pick(params.get('box'), inboxBoxes) ?? 'scope'
  const query: Omit<InboxQuery, 'cursor' | 'limit'> = {
    box,
    status: pick(params.get('status'), statuses),
    level: pick(params.get('level'), levels),
    state: pick(params.get('state'), workStates),
    categoryCode: params.get('category') ?? undefined,
    number: normaliseItemNumber(params.get('number') ?? '') ?? undefined,
  }
  // A number names one item: find it whether it is still open or not.
  if (query.number !== undefined) query.status = 'all'
  const set = (key: string, value: string | undefined) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        if (value === undefined || value === '') next.delete(key)
        else next.set(key, value)
        return next
      },
      { replace: true },
    )
  }
  return { box, query, params, set }
}

/** /requests: the handler's inboxes, newest first, overdue rows marked. */
export function InboxPage() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const { box, query, params, set } = useInboxParams()
  const list = useInbox(query)
  const [numberText, setNumberText] = useState(params.get('number') ?? '')
  const [numberError, setNumberError] = useState(false)

  const columns = useMemo<TableColumnsType<WorkItemSummary>>(
    () => [
      {
        key: 'number',
        title: t('requests.inbox.number'),
        render: (_, row) => (
          <Link to={`/requests/${row.id}`} data-testid="inbox-number" className="tx-identifier">
            {row.number}
          </Link>
        ),
      },
      {
        key: 'subject',
        title: t('requests.inbox.subject'),
        render: (_, row) => (
          <Flex vertical gap={2} style={{ maxWidth: 360 }}>
            <Typography.Text ellipsis={{ tooltip: row.title }} data-testid="inbox-title">
              {row.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i18n.language === 'en' ? row.categoryEn : row.categoryZh} ·{' '}
              {t(`requests.types.${row.requestType}`)}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'state',
        title: t('requests.inbox.state'),
        render: (_, row) => (
          <Flex gap={4} wrap>
            <StateTag state={row.state} data-testid="inbox-state" />
            {row.urgency === 'urgent' && <Tag color="volcano">{t('requests.urgencies.urgent')}</Tag>}
            {row.whistled && <Tag color="magenta">{t('requests.item.whistled')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'level',
        title: t('requests.inbox.level'),
        render: (_, row) => t(`requests.levels.${row.level}`),
      },
      {
        key: 'where',
        title: t('requests.inbox.where'),
        render: (_, row) => (
          <Typography.Text ellipsis style={{ maxWidth: 240 }}>
            {row.address ?? '—'}
            {row.village ? ` · ${row.village}` : ''}
          </Typography.Text>
        ),
      },
      {
        key: 'reportedAt',
        title: t('requests.inbox.reportedAt'),
        render: (_, row) => formatShortTime(row.reportedAt),
      },
      {
        key: 'dueAt',
        title: t('requests.inbox.dueAt'),
        render: (_, row) => (
          <Flex gap={4} align="center" wrap>
            <span>{formatShortTime(row.dueAt)}</span>
            {row.overdue && <OverdueTag />}
          </Flex>
        ),
      },
      { key: 'assignee', title: t('requests.inbox.assignee'), render: (_, row) => row.assigneeName ?? '—' },
    ],
    [t, i18n.language],
  )

  const searchNumber = (text: string) => {
    if (text.trim() === '') {
      setNumberError(false)
      set('number', undefined)
      return
    }
    const number = normaliseItemNumber(text)
    setNumberError(number === null)
    if (number !== null) {
      setNumberText(number)
      set('number', number)
    }
  }

  return (
    <Card
      title={t('requests.inbox.heading')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="inbox-new"
          onClick={() => void navigate('/requests/new')}
        >
          {t('requests.newItem')}
        </Button>
      }
    >
      <Tabs
        activeKey={box}
        onChange={(key) => {
          set('box', key === 'scope' ? undefined : key)
        }}
        items={inboxBoxes.map((b: InboxBox) => ({
          key: b,
          label: <span data-testid={`box-${b}`}>{t(`requests.boxes.${b}`)}</span>,
        }))}
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<InboxStatus>
          aria-label={t('requests.inbox.status')}
          style={{ width: 120 }}
          value={query.status ?? (box === 'filed_by_me' ? 'all' : 'open')}
          disabled={query.number !== undefined}
          onChange={(value) => {
            set('status', value)
          }}
          options={statuses.map((s) => ({ value: s, label: t(`requests.statuses.${s}`) }))}
        />
        <Select<WorkLevel>
          aria-label={t('requests.inbox.level')}
          style={{ width: 130 }}
          allowClear
          placeholder={t('requests.inbox.anyLevel')}
          value={query.level}
          onChange={(value) => {
            set('level', value)
          }}
          options={levels.map((l) => ({ value: l, label: t(`requests.levels.${l}`) }))}
        />
        <Select<WorkState>
          aria-label={t('requests.inbox.state')}
          style={{ width: 150 }}
          allowClear
          placeholder={t('requests.inbox.anyState')}
          value={query.state}
          onChange={(value) => {
            set('state', value)
          }}
          options={workStates.map((s) => ({ value: s, label: t(`requests.states.${s}`) }))}
        />
        <CategoryPicker
          style={{ width: 200 }}
          allowParent
          placeholder={t('requests.inbox.anyCategory')}
          value={query.categoryCode}
          onChange={(code) => {
            set('category', code)
          }}
        />
        <Flex vertical gap={2}>
          <Input.Search
            data-testid="inbox-number-search"
            style={{ width: 260 }}
            allowClear
            inputMode="numeric"
            maxLength={14}
            status={numberError ? 'error' : undefined}
            placeholder={t('requests.inbox.numberPlaceholder')}
            value={numberText}
            onChange={(event) => {
              setNumberText(event.target.value)
              if (event.target.value === '') searchNumber('')
            }}
            onSearch={searchNumber}
          />
          {numberError && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('requests.inbox.numberInvalid')}
            </Typography.Text>
          )}
        </Flex>
      </Flex>
      <CursorTable<WorkItemSummary>
        data-testid="inbox-table"
        list={list}
        columns={columns}
        rowKey="id"
        emptyText={t('requests.inbox.empty')}
        rowProps={(row) =>
          ({
            className: `tx-clickable-row${row.overdue ? ' tx-row-overdue' : ''}`,
            'data-testid': 'inbox-row',
            onClick: (event) => {
              // A click on the number's link navigates by itself.
              if ((event.target as HTMLElement).closest('a')) return
              void navigate(`/requests/${row.id}`)
            },
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  )
}
