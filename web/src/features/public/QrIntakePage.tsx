import { EnvironmentOutlined } from '@ant-design/icons'
import { Button, Card, Cascader, Flex, Form, Input, Radio, Result, Skeleton, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { fieldErrorsOf, isApiError, type FieldError } from '../../api/errors'
import { currentLocale } from '../../i18n/locale'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import '../requests/requests.css'
import { PhotoInput } from '../requests/PhotoInput'
import { PublicLayout } from './PublicLayout'
import {
  useFileFromQr,
  usePublicBuilding,
  type PublicBuilding,
  type PublicCategory,
  type PublicFileBody,
  type PublicRequestType,
  uploadPublicPhoto,
} from './publicQueries'
import { saveReceipt } from './receipts'
import { ReceiptList } from './ReceiptList'

/** As many photos as the public form takes (the server refuses more). */
const maxPublicPhotos = 6

/** What residents most often want first. */
const residentTypes: readonly PublicRequestType[] = [
  'repair',
  'help',
  'complaint',
  'suggestion',
  'enquiry',
  'report',
]

const formFields = new Set(['category', 'requestType', 'description', 'photos', 'name', 'phone'])

interface Values {
  category?: string[]
  requestType: PublicRequestType
  description?: string
  photos?: string[]
  name?: string
  phone?: string
}

interface Option {
  value: string
  label: string
  children?: Option[]
}

function nameOf(c: PublicCategory): string {
  return currentLocale() === 'zh-CN' ? c.nameZh : c.nameEn
}

function treeOf(categories: readonly PublicCategory[]): Option[] {
  return categories
    .filter((c) => c.parentCode === null)
    .map((parent) => {
      const children = categories
        .filter((c) => c.parentCode === parent.code)
        .map((c) => ({ value: c.code, label: nameOf(c) }))
      return { value: parent.code, label: nameOf(parent), ...(children.length ? { children } : {}) }
    })
}

/** /q/:code — what a resident sees after scanning the QR code on their building. No sign-in. */
export function QrIntakePage() {
  const { code = '' } = useParams()
  const { t } = useTranslation()
  const building = usePublicBuilding(code)
  let body
  if (building.data) body = <IntakeForm building={building.data} />
  else if (building.isError)
    body =
      isApiError(building.error) && building.error.status === 404 ? (
        <Result
          status="404"
          title={t('publicIntake.intake.notFound')}
          subTitle={t('publicIntake.intake.notFoundHint')}
          data-testid="public-building-missing"
        />
      ) : (
        <ApiErrorAlert error={building.error} onRetry={() => void building.refetch()} />
      )
  else body = <Skeleton active />
  return (
    <PublicLayout>
      <Flex vertical gap={12}>
        {body}
        <ReceiptList />
      </Flex>
    </PublicLayout>
  )
}

function IntakeForm({ building }: { building: PublicBuilding }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const file = useFileFromQr(building.code)
  const [photosBusy, setPhotosBusy] = useState(false)
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  // Rebuilt when the language changes: the names follow it.
  const options = useMemo(() => treeOf(building.categories), [building.categories, i18n.language])

  const submit = (values: Values) => {
    const body: PublicFileBody = {
      requestType: values.requestType,
      categoryCode: values.category?.at(-1) ?? '',
      description: (values.description ?? '').trim(),
      ...(values.name?.trim() ? { name: values.name.trim() } : {}),
      ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      ...(values.photos && values.photos.length > 0 ? { photos: values.photos } : {}),
    }
    setUnplaced([])
    file.mutate(body, {
      onSuccess: (filed) => {
        saveReceipt({
          number: filed.number,
          token: filed.feedbackToken,
          code: building.code,
          buildingName: building.name,
          at: Date.now(),
        })
        void navigate(`/q/${encodeURIComponent(building.code)}/done`, {
          state: { number: filed.number, token: filed.feedbackToken },
        })
      },
      onError: (error) => {
        // The server names the category field as the API does; the form holds its path.
        const fields = fieldErrorsOf(error).map((f) =>
          f.name[0] === 'categoryCode' ? { ...f, name: ['category'] } : f,
        )
        const placed = fields.filter((f) => formFields.has(String(f.name[0])))
        form.setFields(placed.map((f) => ({ name: f.name as never, errors: [f.message] })))
        setUnplaced(fields.filter((f) => !formFields.has(String(f.name[0]))))
      },
    })
  }

  return (
    <Card
      title={
        <Flex vertical gap={2} style={{ padding: '8px 0' }}>
          <Typography.Text type="secondary">{t('publicIntake.tagline')}</Typography.Text>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-building-name">
            {building.communityName} · {building.name}
          </Typography.Title>
          {building.address && (
            <Typography.Text type="secondary">
              <EnvironmentOutlined /> {building.address}
            </Typography.Text>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('publicIntake.intake.privacy')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        size="large"
        initialValues={{ requestType: 'repair' }}
        onFinish={submit}
        scrollToFirstError
        data-testid="public-intake-form"
      >
        <Form.Item
          name="category"
          label={t('publicIntake.intake.category')}
          rules={[{ required: true, message: t('publicIntake.intake.categoryRequired') }]}
        >
          <Cascader<Option>
            data-testid="public-category"
            options={options}
            placeholder={t('publicIntake.intake.categoryPlaceholder')}
            expandTrigger="click"
          />
        </Form.Item>
        <Form.Item name="requestType" label={t('publicIntake.intake.requestType')}>
          <Radio.Group
            data-testid="public-type"
            className="tx-public-types"
            options={residentTypes.map((r) => ({ value: r, label: t(`requests.types.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('publicIntake.intake.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('publicIntake.intake.descriptionRequired'),
            },
          ]}
        >
          <Input.TextArea
            data-testid="public-description"
            rows={4}
            maxLength={1000}
            showCount
            placeholder={t('publicIntake.intake.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="photos" label={t('publicIntake.intake.photos')}>
          <PhotoInput
            upload={uploadPublicPhoto}
            max={maxPublicPhotos}
            texts="publicIntake.intake"
            testIdPrefix="public-"
            onBusyChange={setPhotosBusy}
          />
        </Form.Item>
        <Form.Item name="name" label={t('publicIntake.intake.name')}>
          <Input maxLength={40} autoComplete="name" placeholder={t('publicIntake.intake.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('publicIntake.intake.phone')}
          extra={t('publicIntake.intake.phoneHint')}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid="public-phone" />
        </Form.Item>
        {file.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={file.error} unplacedFields={unplaced} data-testid="public-intake-error" />
          </div>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={file.isPending}
          disabled={photosBusy}
          data-testid="public-submit"
        >
          {photosBusy ? t('publicIntake.intake.uploading') : t('publicIntake.intake.submit')}
        </Button>
      </Form>
    </Card>
  )
}
