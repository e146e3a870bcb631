import { App, Button, Card, Form, Input, Radio, Result, Segmented, Switch } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { categoryName } from '../requests/format'
import '../requests/requests.css'
import './proxy.css'
import { ResidentPicker, type PickedResident } from '../requests/ResidentPicker'
import { useProxyPaths } from './paths'
import { useFileProxy, useProxyCategories } from './proxyQueries'
import type { ProxyChannel, ProxyFileBody } from './types'

interface Values {
  categoryCode?: string
  description?: string
  title?: string
  channel: ProxyChannel
  urgent: boolean
  phone?: string
}

const channels: readonly ProxyChannel[] = ['visit', 'walk_in', 'phone', 'party_member']

/**
 * /proxy/new and /m/proxy/new: an errand for a resident — who (found in the registry), what kind,
 * what to do, a number to reach them at. The errand is placed where the resident lives; after
 * filing, its page opens.
 */
export function ProxyFilePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const paths = useProxyPaths()
  const me = useMe()
  const [form] = Form.useForm<Values>()
  const file = useFileProxy()
  const categories = useProxyCategories()
  const [resident, setResident] = useState<PickedResident | null>(null)
  const [residentMissing, setResidentMissing] = useState(false)
  const [unplaced, setUnplaced] = useState<FieldError[]>([])

  const submit = (values: Values) => {
    if (!resident) {
      setResidentMissing(true)
      return
    }
    const body: ProxyFileBody = {
      personId: resident.id,
      categoryCode: values.categoryCode ?? '',
      description: (values.description ?? '').trim(),
      channel: values.channel,
      urgency: values.urgent ? 'urgent' : 'normal',
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
    }
    setUnplaced([])
    file.mutate(body, {
      onSuccess: (view) => {
        void message.success(t('proxy.file.filed', { number: view.item.number }))
        void navigate(paths.errand(view.item.id), { replace: true })
      },
      onError: (error) => {
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  const size = paths.phone ? 'large' : 'middle'
  if (!me.permissions.includes('request.file') || !me.permissions.includes('person.read'))
    return <Result status="403" title={t('proxy.file.cannotFile')} />
  return (
    <Card title={t('proxy.file.heading')}>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        size={size}
        initialValues={{ channel: 'visit', urgent: false }}
        onFinish={submit}
        scrollToFirstError
        data-testid="proxy-file-form"
      >
        <Form.Item
          label={t('proxy.file.resident')}
          validateStatus={residentMissing ? 'error' : undefined}
          help={residentMissing ? t('proxy.file.residentRequired') : undefined}
        >
          <ResidentPicker
            value={resident}
            onChange={(picked) => {
              setResident(picked)
              setResidentMissing(false)
            }}
            size={size}
          />
        </Form.Item>
        {categories.isError && (
          <ApiErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
        )}
        <Form.Item
          name="categoryCode"
          label={t('proxy.file.category')}
          rules={[{ required: true, message: t('proxy.file.categoryRequired') }]}
        >
          <Radio.Group
            data-testid="proxy-file-category"
            optionType="button"
            className="tx-proxy-categories"
            options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: categoryName(c) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('proxy.file.description')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('proxy.file.descriptionRequired') }]}
        >
          <Input.TextArea
            data-testid="proxy-file-description"
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('proxy.file.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="title" label={t('proxy.file.title')}>
          <Input
            maxLength={60}
            placeholder={t('proxy.file.titlePlaceholder')}
            data-testid="proxy-file-title"
          />
        </Form.Item>
        <Form.Item name="channel" label={t('proxy.file.channel')}>
          <Segmented<ProxyChannel>
            block={paths.phone}
            options={channels.map((c) => ({ value: c, label: t(`requests.channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="urgent" label={t('proxy.file.urgent')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="phone" label={t('proxy.file.phone')} extra={t('proxy.file.phoneHint')}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="proxy-file-phone" />
        </Form.Item>
        {file.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={file.error} unplacedFields={unplaced} data-testid="proxy-file-error" />
          </div>
        )}
        <div className={paths.phone ? 'tx-sticky-submit' : undefined}>
          <Button
            type="primary"
            htmlType="submit"
            block={paths.phone}
            size={size}
            loading={file.isPending}
            data-testid="proxy-file-submit"
          >
            {t('proxy.file.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
