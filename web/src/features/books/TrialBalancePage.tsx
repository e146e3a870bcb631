import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Skeleton, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { Amount } from './Amount'
import { useBooksContext } from './BooksLayout'
import { exportUrls, useTrialBalance } from './booksQueries'
import { PeriodSelect, usePeriodParam } from './PeriodSelect'

/** /books/:villageId/trial-balance?period=: 科目余额表, sub-accounts indented under their parents. */
export function TrialBalancePage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const [period, setPeriod] = usePeriodParam(book)
  const tb = useTrialBalance(villageId, period)

  let body
  if (tb.isError) body = <ApiErrorAlert error={tb.error} onRetry={() => void tb.refetch()} />
  else if (!tb.data) body = <Skeleton active />
  else {
    const { rows, totals } = tb.data
    body = (
      <>
        {tb.data.periodState === 'open' && <Alert type="warning" showIcon title={t('books.tb.open')} />}
        <table className="tx-books-table" data-testid="tb-table">
          <thead>
            <tr>
              <th rowSpan={2}>{t('books.tb.code')}</th>
              <th rowSpan={2}>{t('books.tb.name')}</th>
              <th colSpan={2}>{t('books.tb.opening')}</th>
              <th rowSpan={2} className="tx-books-num">
                {t('books.tb.debit')}
              </th>
              <th rowSpan={2} className="tx-books-num">
                {t('books.tb.credit')}
              </th>
              <th colSpan={2}>{t('books.tb.closing')}</th>
            </tr>
            <tr>
              <th>{t('books.tb.side')}</th>
              <th className="tx-books-num">{t('books.tb.amount')}</th>
              <th>{t('books.tb.side')}</th>
              <th className="tx-books-num">{t('books.tb.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.code}
                data-testid={`tb-row-${r.code}`}
                className={r.level === 1 ? 'tx-books-l1' : undefined}
              >
                <td style={{ paddingLeft: 8 + (r.level - 1) * 16 }}>{r.code}</td>
                <td style={{ paddingLeft: 8 + (r.level - 1) * 16 }}>{r.name}</td>
                <td>{r.openingSideZh}</td>
                <td className="tx-books-num">
                  <Amount fen={Math.abs(r.openingFen)} blankZero />
                </td>
                <td className="tx-books-num">
                  <Amount fen={r.debitFen} blankZero />
                </td>
                <td className="tx-books-num">
                  <Amount fen={r.creditFen} blankZero />
                </td>
                <td>{r.closingSideZh}</td>
                <td className="tx-books-num" data-testid="tb-closing">
                  <Amount fen={Math.abs(r.closingFen)} blankZero />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="tx-books-total" data-testid="tb-totals">
              <td colSpan={2}>{t('books.tb.totals')}</td>
              <td>借</td>
              <td className="tx-books-num">
                <Amount fen={totals.openingDebitFen} />
              </td>
              <td className="tx-books-num" data-testid="tb-total-debit">
                <Amount fen={totals.debitFen} />
              </td>
              <td className="tx-books-num" data-testid="tb-total-credit">
                <Amount fen={totals.creditFen} />
              </td>
              <td>借</td>
              <td className="tx-books-num">
                <Amount fen={totals.closingDebitFen} />
              </td>
            </tr>
            <tr className="tx-books-total">
              <td colSpan={2} />
              <td>贷</td>
              <td className="tx-books-num">
                <Amount fen={totals.openingCreditFen} />
              </td>
              <td colSpan={2} />
              <td>贷</td>
              <td className="tx-books-num">
                <Amount fen={totals.closingCreditFen} />
              </td>
            </tr>
          </tfoot>
        </table>
      </>
    )
  }

  return (
    <Flex vertical gap={12} data-testid="books-tb">
      <Flex gap={12} align="center" wrap>
        <PeriodSelect book={book} value={period} onChange={setPeriod} />
        {tb.data &&
          (tb.data.balanced ? (
            <Tag color="green" data-testid="tb-mark">
              {t('books.tb.balanced')}
            </Tag>
          ) : (
            <Tag color="red" data-testid="tb-mark">
              {t('books.tb.unbalanced')}
            </Tag>
          ))}
        <span className="tx-books-muted">{t('books.yuanUnit')}</span>
        {period && (
          <a href={exportUrls.trialBalance(villageId, period)} download data-testid="tb-download">
            <Button icon={<DownloadOutlined />}>{t('books.download.trialBalance')}</Button>
          </a>
        )}
      </Flex>
      {body}
    </Flex>
  )
}
