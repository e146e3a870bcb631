import { App, Button, Card, Form, Input, Radio, Result, Select, Switch } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { categoryName } from '../requests/format'
import { PhotoInput } from '../requests/PhotoInput'
import { PlacePicker, placeNodeId, type PlaceValue } from '../requests/PlacePicker'
import '../requests/requests.css'
import { usePropertyPaths } from './paths'
import './property.css'
import { useFacilitiesUnder, useFileProperty, usePropertyCategories } from './propertyQueries'
import type { PropertyFileBody } from './types'

interface Values {
  place?: PlaceValue
  categoryCode?: string
  facilityId?: string
  description?: string
  title?: string
  urgent: boolean
  photos?: string[]
}

/**
 * /property/new and /m/property/new: a work order where the work is — the place, the kind of work,
 * a facility of the registry there if it is about one, what to do, photos of how it looks before.
 * After filing, its page opens.
 */
export function PropertyFilePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const me = useMe()
  const [form] = Form.useForm<Values>()
  const file = useFileProperty()
  const categories = usePropertyCategories()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const [photosBusy, setPhotosBusy] = useState(false)
  const place = Form.useWatch('place', form)
  const nodeId = placeNodeId(place)
  const facilities = useFacilitiesUnder(nodeId)

  const submit = (values: Values) => {
    const body: PropertyFileBody = {
      nodeId: placeNodeId(values.place) ?? '',
      categoryCode: values.categoryCode ?? '',
      description: (values.description ?? '').trim(),
      urgency: values.urgent ? 'urgent' : 'normal',
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(values.facilityId ? { facilityId: values.facilityId } : {}),
      ...(values.photos && values.photos.length > 0 ? { photos: values.photos } : {}),
    }
    setUnplaced([])
    file.mutate(body, {
      onSuccess: (view) => {
        void message.success(t('property.file.filed', { number: view.item.number }))
        void navigate(paths.order(view.item.id), { replace: true })
      },
      onError: (error) => {
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  const size = paths.phone ? 'large' : 'middle'
  if (!me.permissions.includes('property.handle'))
    return <Result status="403" title={t('property.file.cannotFile')} />
  return (
    <Card title={t('property.file.heading')}>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        size={size}
        initialValues={{ urgent: false }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          // A facility belongs to the place it was chosen under.
          if ('place' in changed) form.setFieldValue('facilityId', undefined)
        }}
        scrollToFirstError
        data-testid="property-file-form"
      >
        <Form.Item
          name="place"
          label={t('property.file.place')}
          rules={[
            {
              validator: (_, value: PlaceValue | undefined) =>
                placeNodeId(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('property.file.placeRequired'))),
            },
          ]}
        >
          <PlacePicker size={size} />
        </Form.Item>
        {categories.isError && (
          <ApiErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
        )}
        <Form.Item
          name="categoryCode"
          label={t('property.file.category')}
          rules={[{ required: true, message: t('property.file.categoryRequired') }]}
        >
          <Radio.Group
            data-testid="property-file-category"
            optionType="button"
            options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: categoryName(c) }))}
          />
        </Form.Item>
        <Form.Item name="facilityId" label={t('property.file.facility')}>
          <Select<string>
            data-testid="property-file-facility"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={nodeId === undefined}
            loading={facilities.isFetching}
            placeholder={t('property.file.facilityPlaceholder')}
            options={(facilities.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.name}（${f.categoryName}${f.location ? ` · ${f.location}` : ''}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('property.file.description')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('property.file.descriptionRequired') },
          ]}
        >
          <Input.TextArea
            data-testid="property-file-description"
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('property.file.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="title" label={t('property.file.title')}>
          <Input
            maxLength={60}
            placeholder={t('property.file.titlePlaceholder')}
            data-testid="property-file-title"
          />
        </Form.Item>
        <Form.Item name="urgent" label={t('property.file.urgent')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="photos" label={t('property.file.photos')}>
          <PhotoInput onBusyChange={setPhotosBusy} />
        </Form.Item>
        {file.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={file.error} unplacedFields={unplaced} data-testid="property-file-error" />
          </div>
        )}
        <div className={paths.phone ? 'tx-sticky-submit' : undefined}>
          <Button
            type="primary"
            htmlType="submit"
            block={paths.phone}
            size={size}
            disabled={photosBusy}
            loading={file.isPending}
            data-testid="property-file-submit"
          >
            {t('property.file.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
