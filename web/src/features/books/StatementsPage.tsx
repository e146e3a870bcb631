import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Flex, Segmented, Skeleton, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { Amount } from './Amount'
import { useBooksContext } from './BooksLayout'
import { exportUrls, useStatement } from './booksQueries'
import { PeriodSelect, usePeriodParam } from './PeriodSelect'
import type { Report } from './types'

/**
 * /books/:villageId/statements?report=&period=: 资产负债表 (年初数, 期末数) and 收益及收益分配表
 * (本年累计数) laid out as their stored rows come, ready to print on A4.
 */
export function StatementsPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const [params, setParams] = useSearchParams()
  const report: Report =
    params.get('report') === 'income_distribution' ? 'income_distribution' : 'balance_sheet'
  const [period, setPeriod] = usePeriodParam(book)
  const statement = useStatement(villageId, report, period)
  const sheet = report === 'balance_sheet'

  let body
  if (statement.isError)
    body = <ApiErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />
  else if (!statement.data) body = <Skeleton active />
  else {
    const s = statement.data
    const [year = '', month = ''] = s.period.split('-')
    body = (
      <div className="tx-statement" data-testid="statement">
        <div className="tx-statement-title" data-testid="statement-title">
          {s.reportZh}
        </div>
        <div className="tx-statement-head">
          <span>{t('books.statements.unit', { name: s.collectiveName ?? s.villageName })}</span>
          <span>{t('books.statements.periodEnd', { year, month: String(Number(month)) })}</span>
          <span>{t('books.yuanUnit')}</span>
        </div>
        <table className="tx-books-table">
          <thead>
            <tr>
              <th>{t('books.statements.item')}</th>
              <th style={{ width: 60 }}>{t('books.statements.row')}</th>
              {sheet && <th className="tx-books-num">{t('books.statements.start')}</th>}
              <th className="tx-books-num">
                {sheet ? t('books.statements.end') : t('books.statements.ytd')}
              </th>
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr
                key={r.rowNo}
                data-testid={`statement-row-${String(r.rowNo)}`}
                data-caption={r.caption}
                className={r.style === 'item' ? undefined : 'tx-books-total'}
              >
                <td>{r.caption}</td>
                <td>{r.rowNo}</td>
                {sheet && (
                  <td className="tx-books-num" data-testid="statement-start">
                    <Amount fen={r.startFen ?? 0} />
                  </td>
                )}
                <td className="tx-books-num" data-testid="statement-value">
                  <Amount fen={r.valueFen} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {s.balanced !== null && (
          <div className="tx-statement-check">
            {s.balanced ? (
              <Tag color="green" data-testid="statement-check">
                {t('books.statements.balanced')}
              </Tag>
            ) : (
              <Tag color="red" data-testid="statement-check">
                {t('books.statements.unbalanced')}
              </Tag>
            )}
          </div>
        )}
      </div>
    )
  }

  return (
    <Flex vertical gap={12} data-testid="books-statements">
      <Flex gap={12} align="center" wrap className="tx-books-noprint">
        <Segmented<Report>
          data-testid="statement-report"
          value={report}
          onChange={(value) => {
            setParams(
              (old) => {
                const next = new URLSearchParams(old)
                next.set('report', value)
                return next
              },
              { replace: true },
            )
          }}
          options={[
            { value: 'balance_sheet', label: t('books.statements.balanceSheet') },
            { value: 'income_distribution', label: t('books.statements.income') },
          ]}
        />
        <PeriodSelect book={book} value={period} onChange={setPeriod} />
        <Button
          icon={<PrinterOutlined />}
          data-testid="statement-print"
          onClick={() => {
            window.print()
          }}
        >
          {t('books.statements.print')}
        </Button>
        {period && (
          <a href={exportUrls.statement(villageId, report, period)} download data-testid="statement-download">
            <Button icon={<DownloadOutlined />}>{t('books.download.statement')}</Button>
          </a>
        )}
        {period && (
          <a href={exportUrls.statementPdf(villageId, report, period)} download data-testid="statement-pdf">
            <Button icon={<FilePdfOutlined />}>{t('books.download.statementPdf')}</Button>
          </a>
        )}
      </Flex>
      {body}
    </Flex>
  )
}
