import { Alert, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Amount } from '../books/Amount'
import '../books/books.css'
import './disclosure.css'
import type { DisclosureContent } from './types'

/**
 * A disclosure table as the notice board shows it: income, expenses and the surplus for the period
 * and the year to date, assets and liabilities, the distribution with each member's payout, and the
 * village's land, assets and contracts when kept. Used for the preview, the desk and the phone.
 */
export function DisclosureTable({ content }: { content: DisclosureContent }) {
  const { t } = useTranslation()
  const c = content
  return (
    <div className="tx-disclosure" data-testid="disclosure-table">
      <div className="tx-statement-title" data-testid="disclosure-title">
        {(c.village.collectiveName ?? c.village.name) + ' ' + c.label + ' ' + t('disclosure.nav')}
      </div>
      <Typography.Text type="secondary">{t('books.yuanUnit')}</Typography.Text>

      <h3>{t('disclosure.table.income')}</h3>
      <AccountTable section={c.income} testId="disclosure-income" />
      <h3>{t('disclosure.table.expenses')}</h3>
      <AccountTable section={c.expenses} testId="disclosure-expenses" />
      <h3>{t('disclosure.table.net')}</h3>
      <table className="tx-books-table">
        <tbody>
          <tr className="tx-books-total" data-testid="disclosure-net">
            <td>{t('disclosure.table.netRow')}</td>
            <td className="tx-books-num">
              <Amount fen={c.netPeriodFen} />
            </td>
            <td className="tx-books-num">
              <Amount fen={c.netYearFen} />
            </td>
          </tr>
        </tbody>
      </table>

      <h3>{t('disclosure.table.balance')}</h3>
      <table className="tx-books-table" data-testid="disclosure-balance">
        <thead>
          <tr>
            <th>{t('disclosure.table.item')}</th>
            <th className="tx-books-num">{t('disclosure.table.start')}</th>
            <th className="tx-books-num">{t('disclosure.table.end')}</th>
          </tr>
        </thead>
        <tbody>
          {c.balanceSheet.rows.map((r) => (
            <tr
              key={r.rowNo}
              className={r.style === 'item' ? undefined : 'tx-books-total'}
              data-caption={r.caption}
            >
              <td>{r.caption}</td>
              <td className="tx-books-num">
                <Amount fen={r.startFen} blankZero />
              </td>
              <td className="tx-books-num">
                <Amount fen={r.endFen} blankZero />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.balanceSheet.balanced && (
        <Typography.Text type="success" data-testid="disclosure-balanced">
          ✓ {t('disclosure.table.balanced')}
        </Typography.Text>
      )}

      <h3>{t('disclosure.table.distribution')}</h3>
      {c.distributions.length === 0 ? (
        <Typography.Text type="secondary">{t('disclosure.table.noDistribution')}</Typography.Text>
      ) : (
        c.distributions.map((d) => (
          <Flex vertical gap={8} key={d.year} data-testid={`disclosure-distribution-${String(d.year)}`}>
            <Typography.Text strong>
              {t('disclosure.table.distributionYear', { year: d.year, state: d.stateZh })}
            </Typography.Text>
            <table className="tx-books-table">
              <tbody>
                {(
                  [
                    ['distributable', d.distributableFen],
                    ['provident', d.providentFen],
                    ['toMembers', d.memberFen],
                    ['retained', d.retainedFen],
                  ] as const
                ).map(([key, fen]) => (
                  <tr key={key}>
                    <td>{t(`disclosure.table.${key}`)}</td>
                    <td className="tx-books-num">
                      <Amount fen={fen} testId={`disclosure-distribution-${key}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {d.decision && (
              <Typography.Text type="secondary">
                {t('disclosure.table.decision')}：{d.decision.title}（{d.decision.heldOn}）
              </Typography.Text>
            )}
            <Typography.Text strong>{t('disclosure.table.payouts')}</Typography.Text>
            <table className="tx-books-table" data-testid="disclosure-payouts">
              <thead>
                <tr>
                  <th>{t('disclosure.table.member')}</th>
                  <th className="tx-books-num">{t('disclosure.table.shares')}</th>
                  <th className="tx-books-num">{t('disclosure.table.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {d.payouts.map((p, i) => (
                  <tr key={`${p.name}-${String(i)}`}>
                    <td>{p.name}</td>
                    <td className="tx-books-num">{p.shares}</td>
                    <td className="tx-books-num">
                      <Amount fen={p.amountFen} />
                    </td>
                  </tr>
                ))}
                <tr className="tx-books-total">
                  <td>{t('disclosure.table.total')}</td>
                  <td className="tx-books-num">{d.payouts.reduce((s, p) => s + p.shares, 0)}</td>
                  <td className="tx-books-num">
                    <Amount fen={d.payouts.reduce((s, p) => s + p.amountFen, 0)} />
                  </td>
                </tr>
              </tbody>
            </table>
          </Flex>
        ))
      )}

      {c.estate && (
        <>
          <h3>{t('disclosure.table.estate')}</h3>
          <Typography.Text strong>{t('disclosure.table.land')}</Typography.Text>
          <table className="tx-books-table" data-testid="disclosure-land">
            <thead>
              <tr>
                <th>{t('disclosure.table.use')}</th>
                <th>{t('disclosure.table.status')}</th>
                <th className="tx-books-num">{t('disclosure.table.parcels')}</th>
                <th className="tx-books-num">{t('disclosure.table.area')}</th>
              </tr>
            </thead>
            <tbody>
              {c.estate.land.map((l) => (
                <tr key={`${l.use}-${l.status}`}>
                  <td>{l.use}</td>
                  <td>{l.status}</td>
                  <td className="tx-books-num">{l.parcels}</td>
                  <td className="tx-books-num">{l.areaMu}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Typography.Text strong>{t('disclosure.table.assets')}</Typography.Text>
          <table className="tx-books-table" data-testid="disclosure-assets">
            <thead>
              <tr>
                <th>{t('disclosure.table.kind')}</th>
                <th className="tx-books-num">{t('disclosure.table.cards')}</th>
                <th className="tx-books-num">{t('disclosure.table.originalValue')}</th>
              </tr>
            </thead>
            <tbody>
              {c.estate.assets.map((a) => (
                <tr key={a.kind}>
                  <td>{a.kind}</td>
                  <td className="tx-books-num">{a.cards}</td>
                  <td className="tx-books-num">
                    <Amount fen={a.originalValueFen} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Typography.Text strong>{t('disclosure.table.contracts')}</Typography.Text>
          <Flex vertical gap={8} data-testid="disclosure-contracts">
            {c.estate.contracts.map((k) => (
              <div key={k.number} className="tx-disclosure-contract">
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{k.number}</Typography.Text>
                  <span>{k.counterparty}</span>
                  <Typography.Text type="secondary">{k.subject}</Typography.Text>
                  {k.overdueFen > 0 && (
                    <Tag color="red">
                      {t('disclosure.table.overdue')} <Amount fen={k.overdueFen} />
                    </Tag>
                  )}
                </Flex>
                <Typography.Text type="secondary">
                  {t('disclosure.table.term')} {k.startsOn} ~ {k.endsOn} ·{' '}
                  {t('disclosure.table.contractTotal')} <Amount fen={k.totalFen} /> ·{' '}
                  {t('disclosure.table.due')} <Amount fen={k.dueInPeriodFen} /> ·{' '}
                  {t('disclosure.table.received')} <Amount fen={k.receivedInPeriodFen} />
                </Typography.Text>
              </div>
            ))}
          </Flex>
        </>
      )}
    </div>
  )
}

function AccountTable({ section, testId }: { section: DisclosureContent['income']; testId: string }) {
  const { t } = useTranslation()
  return (
    <table className="tx-books-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('disclosure.table.item')}</th>
          <th className="tx-books-num">{t('disclosure.table.period')}</th>
          <th className="tx-books-num">{t('disclosure.table.year')}</th>
        </tr>
      </thead>
      <tbody>
        {section.rows.map((r) => (
          <tr key={r.code} data-code={r.code}>
            <td style={{ paddingLeft: 8 + (r.level - 1) * 16 }}>{r.name}</td>
            <td className="tx-books-num">
              <Amount fen={r.periodFen} blankZero />
            </td>
            <td className="tx-books-num">
              <Amount fen={r.yearFen} blankZero />
            </td>
          </tr>
        ))}
        <tr className="tx-books-total">
          <td>{t('disclosure.table.total')}</td>
          <td className="tx-books-num">
            <Amount fen={section.totalPeriodFen} testId={`${testId}-total-period`} />
          </td>
          <td className="tx-books-num">
            <Amount fen={section.totalYearFen} testId={`${testId}-total-year`} />
          </td>
        </tr>
      </tbody>
    </table>
  )
}

/** The frozen table's seal: who published it when, its checksum, and whether it still matches. */
export function DisclosureSeal({
  publishedBy,
  publishedAt,
  contentHash,
  intact,
}: {
  publishedBy: string
  publishedAt: string
  contentHash: string
  intact: boolean
}) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={4} className="tx-disclosure-seal" data-testid="disclosure-seal">
      <Typography.Text type="secondary">
        {t('disclosure.table.published', { by: publishedBy, at: publishedAt })}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('disclosure.table.hash')}：
        <Typography.Text code copyable={{ text: contentHash }} data-testid="disclosure-hash">
          {contentHash.slice(0, 16)}
        </Typography.Text>
      </Typography.Text>
      {intact ? (
        <Tag color="green" data-testid="disclosure-intact">
          {t('disclosure.table.intact')}
        </Tag>
      ) : (
        <Alert type="error" showIcon title={t('disclosure.table.broken')} />
      )}
    </Flex>
  )
}
