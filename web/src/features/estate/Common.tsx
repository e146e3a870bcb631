import { Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

export interface StatusChange {
  from: string | null
  fromZh: string | null
  to: string
  toZh: string
  changedOn: string
  reason: string
  decisionRef: string | null
  by: string
  at: number
}

/** The append-only history of a parcel's or a card's status. */
export function HistoryTable({ history, testId }: { history: StatusChange[]; testId: string }) {
  const { t } = useTranslation()
  return (
    <>
      <Typography.Title level={5}>{t('estate.history')}</Typography.Title>
      <Table<StatusChange>
        size="small"
        rowKey={(h) => `${String(h.at)}-${h.to}-${h.changedOn}`}
        pagination={false}
        dataSource={history}
        data-testid={testId}
        columns={[
          { key: 'on', title: t('estate.historyCols.on'), dataIndex: 'changedOn', width: 120 },
          { key: 'from', title: t('estate.historyCols.from'), render: (_, h) => h.fromZh ?? '—' },
          { key: 'to', title: t('estate.historyCols.to'), dataIndex: 'toZh' },
          { key: 'reason', title: t('estate.historyCols.reason'), dataIndex: 'reason' },
          { key: 'ref', title: t('estate.historyCols.decisionRef'), render: (_, h) => h.decisionRef ?? '' },
          { key: 'by', title: t('estate.historyCols.by'), dataIndex: 'by' },
        ]}
      />
    </>
  )
}

/** Today as YYYY-MM-DD in the browser's time zone (the desk is in China). */
export function today(): string {
  const d = new Date()
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
