import { Alert, App, Button, Card, Flex, Form, Image, Input, Modal, Table, Tag, Typography } from 'antd'
import type { TFunction } from 'i18next'
import { useMemo, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { formatTime } from '../requests/format'
import { useReloadItem } from '../requests/requestQueries'
import { describeTotals, formatFen } from './money'
import { MoneyEntryForm } from './MoneyEntryForm'
import { receiptUrl, useReverseMoney } from './proxyQueries'
import type { MoneyEntry, ProxyView } from './types'

/** An entry's kind in words: 代付, 收取, or 冲正代付 for an entry that cancels another. */
export function entryKind(t: TFunction, entry: Pick<MoneyEntry, 'direction' | 'reversesId'>): string {
  const direction = t(`proxy.money.directions.${entry.direction}`)
  return entry.reversesId === null ? direction : t('proxy.money.reversalOf', { direction })
}

/**
 * The errand's money book: what the proxy paid for the resident (with the receipts) and took from
 * them, the sums, and who owes whom. Entries are never changed: a mistake is reversed (冲正).
 */
export function MoneyBook({ view }: { view: ProxyView }) {
  const { t, i18n } = useTranslation()
  const { item, money } = view
  const [reversing, setReversing] = useState<MoneyEntry | null>(null)
  const summary = i18n.language === 'zh-CN' ? money.summaryZh : describeTotals(t, money)
  const columns = useMemo(
    () => [
      { key: 'seq', title: t('proxy.money.seq'), render: (_: unknown, e: MoneyEntry) => e.seq },
      {
        key: 'direction',
        title: t('proxy.money.direction'),
        render: (_: unknown, e: MoneyEntry) => <span data-testid="money-entry-kind">{entryKind(t, e)}</span>,
      },
      {
        key: 'amount',
        title: t('proxy.money.amount'),
        align: 'right' as const,
        render: (_: unknown, e: MoneyEntry) => (
          <Flex gap={6} align="center" justify="flex-end">
            <Typography.Text delete={e.reversed} className="tx-identifier" data-testid="money-entry-amount">
              {formatFen(e.reversesId === null ? e.amountFen : -e.amountFen)}
            </Typography.Text>
            {e.reversed && (
              <Tag style={{ marginInlineEnd: 0 }} data-testid="money-entry-reversed">
                {t('proxy.money.reversed')}
              </Tag>
            )}
          </Flex>
        ),
      },
      {
        key: 'receipt',
        title: t('proxy.money.receipt'),
        render: (_: unknown, e: MoneyEntry) =>
          e.receiptFileId ? (
            <Image
              src={receiptUrl(item.id, e.receiptFileId)}
              width={48}
              height={48}
              style={{ objectFit: 'cover', borderRadius: 4 }}
              alt={t('proxy.money.receipt')}
              data-testid="money-receipt"
            />
          ) : (
            '—'
          ),
      },
      { key: 'note', title: t('proxy.money.note'), render: (_: unknown, e: MoneyEntry) => e.note ?? '—' },
      {
        key: 'by',
        title: t('proxy.money.recordedBy'),
        render: (_: unknown, e: MoneyEntry) => (
          <Flex vertical>
            <span>{e.recordedBy}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(e.at)}
            </Typography.Text>
          </Flex>
        ),
      },
      ...(money.canRecord
        ? [
            {
              key: 'reverse',
              title: '',
              render: (_: unknown, e: MoneyEntry) =>
                e.reversesId === null && !e.reversed ? (
                  <Button
                    size="small"
                    danger
                    data-testid="money-reverse"
                    onClick={() => {
                      setReversing(e)
                    }}
                  >
                    {t('proxy.money.reverse')}
                  </Button>
                ) : null,
            },
          ]
        : []),
    ],
    [t, item.id, money.canRecord],
  )
  return (
    <Card title={t('proxy.money.heading')} size="small" data-testid="money-book">
      <Flex vertical gap={12}>
        {money.entries.length === 0 ? (
          <Typography.Text type="secondary" data-testid="money-empty">
            {t('proxy.money.empty')}
          </Typography.Text>
        ) : (
          <Image.PreviewGroup>
            <Table<MoneyEntry>
              data-testid="money-entries"
              size="small"
              rowKey="id"
              columns={columns}
              dataSource={money.entries}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={() => ({ 'data-testid': 'money-entry' }) as HTMLAttributes<HTMLElement>}
            />
          </Image.PreviewGroup>
        )}
        {summary !== '' && (
          <Typography.Text strong className="tx-proxy-summary" data-testid="money-summary">
            {summary}
          </Typography.Text>
        )}
        {money.canRecord ? (
          <MoneyEntryForm view={view} />
        ) : (
          item.open && (
            <Typography.Text type="secondary" data-testid="money-closed">
              {t('proxy.money.notNow')}
            </Typography.Text>
          )
        )}
      </Flex>
      {reversing && (
        <ReversalDialog
          view={view}
          entry={reversing}
          onClose={() => {
            setReversing(null)
          }}
        />
      )}
    </Card>
  )
}

function ReversalDialog({
  view,
  entry,
  onClose,
}: {
  view: ProxyView
  entry: MoneyEntry
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ note?: string }>()
  const reverse = useReverseMoney(view.item.id)
  const reload = useReloadItem('proxy')
  const stale = reverse.isError && isApiError(reverse.error) && reverse.error.code === 'VERSION_CONFLICT'
  const what = `${entryKind(t, entry)} ${formatFen(entry.amountFen)}`
  return (
    <Modal
      open
      title={t('proxy.money.reverseTitle', { what })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('requests.act.cancel')}</Button>
          <Button
            type="primary"
            danger
            data-testid="reversal-submit"
            loading={reverse.isPending}
            onClick={() => {
              form.submit()
            }}
          >
            {t('proxy.money.reverse')}
          </Button>
        </Flex>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        data-testid="reversal-form"
        onFinish={(values) => {
          reverse.mutate(
            { entryId: entry.id, note: (values.note ?? '').trim(), version: view.item.version },
            {
              onSuccess: () => {
                void message.success(t('proxy.money.reversedDone', { what }))
                onClose()
              },
              onError: (error) => {
                if (isApiError(error) && error.code === 'VERSION_CONFLICT') reload(view.item.id)
              },
            },
          )
        }}
      >
        <Typography.Paragraph type="secondary">{t('proxy.money.reverseHint')}</Typography.Paragraph>
        {reverse.isError &&
          (stale ? (
            <Alert
              type="warning"
              showIcon
              title={t('requests.act.conflict')}
              description={t('requests.act.conflictText')}
              style={{ marginBottom: 16 }}
            />
          ) : (
            <div style={{ marginBottom: 16 }}>
              <ApiErrorAlert error={reverse.error} data-testid="reversal-error" />
            </div>
          ))}
        <Form.Item
          name="note"
          label={t('proxy.money.reverseReason')}
          rules={[{ required: true, whitespace: true, message: t('proxy.money.reverseReasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="reversal-note" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
