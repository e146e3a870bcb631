import { Alert, App, Button, Flex, Form, Input, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { PhotoInput } from '../requests/PhotoInput'
import { useReloadItem } from '../requests/requestQueries'
import { formatFen, MAX_ENTRY_FEN, parseYuan } from './money'
import { useRecordMoney } from './proxyQueries'
import type { MoneyDirection, MoneyEntryBody, ProxyView } from './types'

interface Values {
  direction?: MoneyDirection
  amount?: string
  receipt?: string[]
  note?: string
}

const directions: readonly MoneyDirection[] = ['received', 'paid']

/**
 * One entry of the money book: taken from the resident (收取) or paid on their behalf (代付, with
 * the receipt's photo). The amount is typed in yuan and sent as whole fen.
 */
export function MoneyEntryForm({ view }: { view: ProxyView }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const record = useRecordMoney(view.item.id)
  const reload = useReloadItem('proxy')
  const direction = Form.useWatch('direction', form)
  const [photosBusy, setPhotosBusy] = useState(false)
  // The photo input keeps its own previews: a new key gives the next entry an empty one.
  const [round, setRound] = useState(0)
  const stale = record.isError && isApiError(record.error) && record.error.code === 'VERSION_CONFLICT'

  const submit = (values: Values) => {
    const amountFen = parseYuan(values.amount ?? '')
    if (amountFen === null || values.direction === undefined) return
    const receipt = values.receipt?.[0]
    const body: MoneyEntryBody = {
      direction: values.direction,
      amountFen,
      version: view.item.version,
      ...(values.direction === 'paid' && receipt ? { receiptFileId: receipt } : {}),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    }
    record.mutate(body, {
      onSuccess: () => {
        void message.success(
          t('proxy.money.recorded', {
            direction: t(`proxy.money.directions.${body.direction}`),
            amount: formatFen(amountFen),
          }),
        )
        form.resetFields()
        setRound((r) => r + 1)
      },
      onError: (error) => {
        // Someone acted on the errand meanwhile: read it again, the entry stays in the form.
        if (isApiError(error) && error.code === 'VERSION_CONFLICT') reload(view.item.id)
      },
    })
  }

  return (
    <div className="tx-proxy-money-form">
      <Typography.Text strong>{t('proxy.money.add')}</Typography.Text>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="money-form"
        style={{ marginTop: 8 }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="direction"
            label={t('proxy.money.direction')}
            rules={[{ required: true, message: t('proxy.money.directionRequired') }]}
          >
            <Radio.Group
              data-testid="money-direction"
              optionType="button"
              buttonStyle="solid"
              options={directions.map((d) => ({ value: d, label: t(`proxy.money.directions.${d}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('proxy.money.amountLabel')}
            rules={[
              {
                validator: (_, text: string | undefined) => {
                  const fen = parseYuan(text ?? '')
                  if (fen === null || fen <= 0)
                    return Promise.reject(new Error(t('proxy.money.amountInvalid')))
                  if (fen > MAX_ENTRY_FEN)
                    return Promise.reject(
                      new Error(t('proxy.money.amountTooLarge', { amount: formatFen(MAX_ENTRY_FEN) })),
                    )
                  return Promise.resolve()
                },
              },
            ]}
          >
            <Input
              data-testid="money-amount"
              prefix="¥"
              inputMode="decimal"
              autoComplete="off"
              maxLength={16}
              placeholder={t('proxy.money.amountPlaceholder')}
              style={{ width: 160 }}
            />
          </Form.Item>
        </Flex>
        {direction === 'paid' && (
          <Form.Item
            name="receipt"
            label={t('proxy.money.receiptLabel')}
            rules={[
              {
                validator: (_, ids: string[] | undefined) =>
                  ids && ids.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('proxy.money.receiptRequired'))),
              },
            ]}
          >
            <PhotoInput key={round} max={1} onBusyChange={setPhotosBusy} testIdPrefix="receipt-" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('proxy.money.note')}>
          <Input
            maxLength={200}
            autoComplete="off"
            placeholder={t('proxy.money.notePlaceholder')}
            data-testid="money-note"
          />
        </Form.Item>
        {record.isError &&
          (stale ? (
            <Alert
              type="warning"
              showIcon
              title={t('requests.act.conflict')}
              description={t('requests.act.conflictText')}
              style={{ marginBottom: 16 }}
              data-testid="money-conflict"
            />
          ) : (
            <div style={{ marginBottom: 16 }}>
              <ApiErrorAlert error={record.error} data-testid="money-error" />
            </div>
          ))}
        <Button
          type="primary"
          htmlType="submit"
          loading={record.isPending}
          disabled={photosBusy}
          data-testid="money-submit"
        >
          {photosBusy ? t('requests.intake.uploading') : t('proxy.money.submit')}
        </Button>
      </Form>
    </div>
  )
}
