import { PrinterOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { dayParam, periodOf } from '../figures/period'
import { DownloadButton } from '../registry/DownloadButton'
import { useMemberRecord } from './partyQueries'
import { hoursOf } from './types'
import './party.css'

/** The ideographic space that separates fields on a Chinese form. */
const GAP = '\u3000'

/**
 * A member's record for the home organisation: registration, posts, service (confirmed hours),
 * organisational life and totals — a print-ready A4 page in Chinese with a line for the community
 * party organisation's seal, and the same as .xlsx.
 */
export function MemberRecordPage() {
  const { t } = useTranslation()
  const { id } = useParams()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const year = periodOf('year')
  const from = dayParam(params.get('from')) ?? year.from
  const to = dayParam(params.get('to')) ?? year.to
  const record = useMemberRecord(id, { from, to })
  const setDay = (key: 'from' | 'to', value: string) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        next.set(key, value)
        return next
      },
      { replace: true },
    )
  }
  const data = record.data
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" className="party-no-print">
        <Button onClick={() => void navigate(-1)}>{t('party.memberRecord.back')}</Button>
        <Typography.Text>{t('party.memberRecord.period')}</Typography.Text>
        <Input
          type="date"
          style={{ width: 150 }}
          value={from}
          onChange={(e) => {
            setDay('from', e.target.value)
          }}
        />
        <span>~</span>
        <Input
          type="date"
          style={{ width: 150 }}
          value={to}
          onChange={(e) => {
            setDay('to', e.target.value)
          }}
        />
        <Button
          icon={<PrinterOutlined />}
          onClick={() => {
            window.print()
          }}
        >
          {t('party.memberRecord.print')}
        </Button>
        {data && (
          <DownloadButton
            type="primary"
            data-testid="party-record-xlsx"
            url={`/api/v1/party/members/${data.member.id}/record.xlsx?from=${from}&to=${to}`}
            fileName={`${data.member.name}.xlsx`}
          >
            {t('party.memberRecord.download')}
          </DownloadButton>
        )}
      </Flex>
      {record.isError && <ApiErrorAlert error={record.error} onRetry={() => void record.refetch()} />}
      {!data && record.isPending && <Skeleton active />}
      {data && (
        // The printed page is the home organisation's: always in Chinese.
        <div className="party-print" data-testid="party-member-record" lang="zh-CN">
          <h1>党员报到服务记录</h1>
          <p>
            报送：{data.member.homeName}
            {GAP}
            {GAP}报到社区：{data.communityName}
          </p>
          <p>
            姓名：{data.member.name}
            {GAP}
            {GAP}报到日期：{data.member.registeredOn}
            {GAP}
            {GAP}统计期间：{data.from} 至 {data.to}
          </p>
          <p>认领先锋岗：{data.posts.map((p) => p.name).join('、') || '无'}</p>
          <h3>服务记录</h3>
          <table>
            <thead>
              <tr>
                <th>日期</th>
                <th>类别</th>
                <th>服务内容及成效</th>
                <th>时长（小时）</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {data.records.map((r) => (
                <tr key={r.id}>
                  <td>{r.servedOn}</td>
                  <td>
                    {r.kindZh}
                    {r.target ? `·${r.target}` : ''}
                  </td>
                  <td>{r.description}</td>
                  <td>{hoursOf(r.minutes)}</td>
                  <td>
                    {r.stateZh}
                    {r.reason ? `（${r.reason}）` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>参加组织生活</h3>
          <table>
            <thead>
              <tr>
                <th>日期</th>
                <th>形式</th>
                <th>主题</th>
              </tr>
            </thead>
            <tbody>
              {data.meetings.map((m) => (
                <tr key={m.id}>
                  <td>{m.heldOn}</td>
                  <td>{m.kindZh}</td>
                  <td>{m.topic}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>合计</h3>
          <p data-testid="party-record-totals">
            已确认服务记录 {data.totals.confirmedRecords} 条，已确认服务时长{' '}
            <strong data-testid="party-record-hours">{hoursOf(data.totals.confirmedMinutes)} 小时</strong>
            ，参加组织生活 {data.totals.meetings} 次
            {data.totals.pendingRecords > 0
              ? `（另有待确认记录 ${String(data.totals.pendingRecords)} 条，不计入）`
              : ''}
            。
          </p>
          <div className="party-seal">
            <div>{data.communityName}党组织（盖章）</div>
            <div>
              日期：{GAP}
              {GAP}
              {GAP}
              {GAP}年{GAP}
              {GAP}月{GAP}
              {GAP}日
            </div>
          </div>
        </div>
      )}
    </Flex>
  )
}
