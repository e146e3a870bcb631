import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Image, Input, Radio, Result, Skeleton, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { PublicLayout } from '../public/PublicLayout'
import { formatTime, stateColor } from '../requests/format'
import { balanceText, formatFen } from './money'
import './proxy.css'
import { publicReceiptUrl, useDecide, usePublicProxy } from './proxyQueries'
import type { MoneyDirection, PublicProxy, PublicSatisfaction } from './types'

const satisfactions: readonly PublicSatisfaction[] = ['satisfied', 'basically_satisfied', 'dissatisfied']

/**
 * /c/:token — the page behind the text message a resident gets at hand-over, with no account: what
 * was done and by whom, every yuan paid and taken with the receipts, and two large buttons: all is
 * right (with an optional rating) or something is wrong (in their words, which sends it back).
 */
export function PublicProxyPage() {
  const { token = '' } = useParams()
  const { t } = useTranslation()
  const errand = usePublicProxy(token)
  let body
  if (errand.data) body = <ErrandForResident view={errand.data} token={token} />
  else if (errand.isError)
    body =
      isApiError(errand.error) && [400, 404].includes(errand.error.status) ? (
        <Result
          status="404"
          title={t('proxy.public.notFound')}
          subTitle={t('proxy.public.notFoundHint')}
          data-testid="public-proxy-missing"
        />
      ) : (
        <ApiErrorAlert error={errand.error} onRetry={() => void errand.refetch()} />
      )
  else body = <Skeleton active />
  return (
    <PublicLayout subtitle={t('proxy.title')}>
      <div className="tx-public-proxy">{body}</div>
    </PublicLayout>
  )
}

function ErrandForResident({ view, token }: { view: PublicProxy; token: string }) {
  const { t, i18n } = useTranslation()
  const [disputed, setDisputed] = useState(false)
  const state = view.state as Parameters<typeof stateColor>[0]
  const confirmed = view.confirmedAt !== null
  return (
    <Flex vertical gap={12}>
      {confirmed && (
        <Result
          status="success"
          title={t('proxy.public.confirmed')}
          subTitle={t('proxy.public.confirmedAt', { time: formatTime(view.confirmedAt ?? 0) })}
          data-testid="public-proxy-done"
        />
      )}
      {disputed && !confirmed && (
        <Result
          status="info"
          title={t('proxy.public.disputed')}
          subTitle={t('proxy.public.disputedHint', { name: view.proxyName ?? '' })}
          data-testid="public-proxy-disputed"
        />
      )}
      <Card
        title={view.title}
        extra={
          <Tag color={stateColor(state)} data-testid="public-proxy-state" style={{ marginInlineEnd: 0 }}>
            {i18n.language === 'zh-CN' ? view.stateZh : t(`proxy.states.${state as 'reported'}`)}
          </Tag>
        }
      >
        <dl className="tx-public-proxy-facts">
          <dt>{t('proxy.public.proxy')}</dt>
          <dd data-testid="public-proxy-name">{view.proxyName ?? '—'}</dd>
          <dt>{t('proxy.public.category')}</dt>
          <dd>{view.categoryZh}</dd>
          <dt>{t('proxy.public.number')}</dt>
          <dd className="tx-identifier">{view.number}</dd>
          {view.handedOverAt !== null && (
            <>
              <dt>{t('proxy.public.handedOverAt')}</dt>
              <dd>{formatTime(view.handedOverAt)}</dd>
            </>
          )}
        </dl>
        {view.handoverNote && (
          <div className="tx-public-proxy-note">
            <Typography.Text type="secondary">{t('proxy.public.handoverNote')}</Typography.Text>
            <p className="tx-public-pre" data-testid="public-proxy-note">
              {view.handoverNote}
            </p>
          </div>
        )}
      </Card>
      <MoneyForResident view={view} token={token} />
      {view.canDecide ? (
        <Decision
          token={token}
          onDisputed={() => {
            setDisputed(true)
          }}
        />
      ) : (
        !confirmed &&
        !disputed && (
          <Typography.Text type="secondary" data-testid="public-proxy-later">
            {t('proxy.public.notYet')}
          </Typography.Text>
        )
      )}
    </Flex>
  )
}

/** The resident's page names each entry in Chinese only; the interface language may be another. */
const directionCodes: Partial<Record<string, MoneyDirection>> = { 代付: 'paid', 收取: 'received' }

function MoneyForResident({ view, token }: { view: PublicProxy; token: string }) {
  const { t, i18n } = useTranslation()
  const { money } = view
  return (
    <Card title={t('proxy.public.money')} data-testid="public-proxy-money">
      {money.entries.length === 0 ? (
        <Typography.Text type="secondary">{t('proxy.public.noMoney')}</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          <Image.PreviewGroup>
            <ul className="tx-public-proxy-entries">
              {money.entries.map((e, i) => {
                const code = directionCodes[e.directionZh]
                const direction =
                  i18n.language === 'zh-CN' || !code ? e.directionZh : t(`proxy.money.directions.${code}`)
                return (
                  <li key={`${String(e.at)}-${String(i)}`} data-testid="public-proxy-entry">
                    <Flex justify="space-between" align="baseline" gap={8} wrap>
                      <span className={e.reversed ? 'tx-public-proxy-struck' : undefined}>
                        {e.reversal ? t('proxy.money.reversalOf', { direction }) : direction}{' '}
                        <strong className="tx-identifier">
                          {formatFen(e.reversal ? -e.amountFen : e.amountFen)}
                        </strong>
                      </span>
                      {e.reversed && <Tag style={{ marginInlineEnd: 0 }}>{t('proxy.money.reversed')}</Tag>}
                    </Flex>
                    {e.note && <div className="tx-public-proxy-entry-note">{e.note}</div>}
                    {e.receiptFileId && (
                      <Image
                        src={publicReceiptUrl(token, e.receiptFileId)}
                        width={120}
                        style={{ borderRadius: 6, marginTop: 8 }}
                        alt={t('proxy.money.receipt')}
                        data-testid="public-proxy-receipt"
                      />
                    )}
                  </li>
                )
              })}
            </ul>
          </Image.PreviewGroup>
          <div className="tx-public-proxy-totals" data-testid="public-proxy-totals">
            {money.paidFen !== 0 && (
              <div>{t('proxy.money.totalPaid', { amount: formatFen(money.paidFen) })}</div>
            )}
            {money.receivedFen !== 0 && (
              <div>{t('proxy.money.totalReceived', { amount: formatFen(money.receivedFen) })}</div>
            )}
            <div className="tx-public-proxy-balance" data-testid="public-proxy-balance">
              {balanceText(t, money.balanceFen)}
            </div>
          </div>
        </Flex>
      )}
    </Card>
  )
}

type Mode = 'confirm' | 'dispute'

interface Values {
  satisfaction?: PublicSatisfaction
  comment?: string
}

function Decision({ token, onDisputed }: { token: string; onDisputed: () => void }) {
  const { t } = useTranslation()
  const decide = useDecide(token)
  const [form] = Form.useForm<Values>()
  const [mode, setMode] = useState<Mode | null>(null)
  const submit = (values: Values) => {
    if (mode === null) return
    const comment = values.comment?.trim()
    decide.mutate(
      mode === 'confirm'
        ? {
            decision: 'confirm',
            ...(values.satisfaction ? { satisfaction: values.satisfaction } : {}),
            ...(comment ? { comment } : {}),
          }
        : { decision: 'dispute', comment: comment ?? '' },
      {
        onSuccess: () => {
          if (mode === 'dispute') onDisputed()
        },
      },
    )
  }
  if (mode === null)
    return (
      <Flex vertical gap={12} data-testid="public-proxy-decision">
        <Typography.Text className="tx-public-proxy-ask">{t('proxy.public.ask')}</Typography.Text>
        <Button
          type="primary"
          size="large"
          block
          icon={<CheckCircleOutlined />}
          className="tx-public-proxy-button"
          data-testid="public-proxy-confirm"
          onClick={() => {
            setMode('confirm')
          }}
        >
          {t('proxy.public.confirm')}
        </Button>
        <Button
          size="large"
          block
          danger
          icon={<ExclamationCircleOutlined />}
          className="tx-public-proxy-button"
          data-testid="public-proxy-dispute"
          onClick={() => {
            setMode('dispute')
          }}
        >
          {t('proxy.public.dispute')}
        </Button>
      </Flex>
    )
  return (
    <Card
      title={mode === 'confirm' ? t('proxy.public.confirm') : t('proxy.public.dispute')}
      data-testid="public-proxy-decision"
    >
      <Form<Values> form={form} layout="vertical" requiredMark={false} size="large" onFinish={submit}>
        {mode === 'confirm' ? (
          <Form.Item name="satisfaction" label={t('proxy.public.satisfaction')}>
            <Radio.Group
              data-testid="public-proxy-satisfaction"
              optionType="button"
              buttonStyle="solid"
              className="tx-public-proxy-satisfaction"
              options={satisfactions.map((s) => ({ value: s, label: t(`requests.satisfactions.${s}`) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="comment"
            label={t('proxy.public.comment')}
            rules={[{ required: true, whitespace: true, message: t('proxy.public.commentRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={500}
              showCount
              placeholder={t('proxy.public.commentPlaceholder')}
              data-testid="public-proxy-comment"
            />
          </Form.Item>
        )}
        {decide.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={decide.error} data-testid="public-proxy-error" />
          </div>
        )}
        <Flex vertical gap={12}>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            danger={mode === 'dispute'}
            loading={decide.isPending}
            className="tx-public-proxy-button"
            data-testid="public-proxy-submit"
          >
            {mode === 'confirm' ? t('proxy.public.submitConfirm') : t('proxy.public.submitDispute')}
          </Button>
          <Button
            size="large"
            block
            onClick={() => {
              decide.reset()
              setMode(null)
            }}
          >
            {t('proxy.public.back')}
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
