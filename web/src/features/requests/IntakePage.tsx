import { SearchOutlined } from '@ant-design/icons'
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Segmented,
  Switch,
  Typography,
} from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { CategoryPicker } from './CategoryPicker'
import { formatShortTime, stateName, useRequestPaths } from './format'
import { PhotoInput } from './PhotoInput'
import { placeNodeId, PlacePicker, type PlaceValue } from './PlacePicker'
import { useFileRequest } from './requestQueries'
import './requests.css'
import { ResidentPicker, type PickedResident } from './ResidentPicker'
import type { Duplicate, FileRequestBody, RequestType, StaffChannel } from './types'
import { requestTypes } from './workflow'

interface Values {
  channel: StaffChannel
  place?: PlaceValue
  categoryCode?: string
  requestType?: RequestType
  urgent: boolean
  title?: string
  description?: string
  photos?: string[]
  reporterName?: string
  reporterPhone?: string
}

type PlaceMode = 'place' | 'resident'

/** Which ways in the reader has: grid workers patrol and visit, party members file for their households. */
function channelsFor(phone: boolean, roles: readonly string[]): StaffChannel[] {
  if (!phone) return ['walk_in', 'phone', 'visit', 'patrol']
  const worker = roles.some((r) => r !== 'party_member')
  const member = roles.includes('party_member')
  return [...(worker ? (['patrol', 'visit'] as const) : []), ...(member ? (['party_member'] as const) : [])]
}

/**
 * /m/requests/new (grid workers and party members, in the field) and /requests/new (walk-in and
 * phone at the desk): where, what kind, what happened, photos, who reported it. An open item of the
 * same category at the same place comes back as a duplicate to join instead.
 */
export function IntakePage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const paths = useRequestPaths()
  const me = useMe()
  const [form] = Form.useForm<Values>()
  const file = useFileRequest()
  const channels = channelsFor(
    paths.phone,
    me.grants.map((g) => g.role),
  )
  const canSearch = me.permissions.includes('person.read')
  const [mode, setMode] = useState<PlaceMode>('place')
  const [resident, setResident] = useState<PickedResident | null>(null)
  const [residentMissing, setResidentMissing] = useState(false)
  const [photosBusy, setPhotosBusy] = useState(false)
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const [duplicates, setDuplicates] = useState<{ body: FileRequestBody; items: Duplicate[] } | null>(null)

  const send = (body: FileRequestBody) => {
    setUnplaced([])
    file.mutate(body, {
      onSuccess: (result) => {
        if (result.item) {
          void message.success(t('requests.intake.filed', { number: result.item.number }))
          void navigate(paths.item(result.item.id), { replace: true })
          return
        }
        setDuplicates({ body, items: result.duplicates })
      },
      onError: (error) => {
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  const submit = (values: Values) => {
    const nodeId = mode === 'place' ? placeNodeId(values.place) : undefined
    if (mode === 'resident' && !resident) {
      setResidentMissing(true)
      return
    }
    const body: FileRequestBody = {
      channel: values.channel,
      categoryCode: values.categoryCode ?? '',
      requestType: values.requestType ?? 'repair',
      urgency: values.urgent ? 'urgent' : 'normal',
      description: (values.description ?? '').trim(),
      ...(values.title?.trim() ? { title: values.title.trim() } : {}),
      ...(nodeId ? { nodeId } : {}),
      ...(mode === 'resident' && resident ? { reporterPersonId: resident.id } : {}),
      ...(mode === 'place' && values.reporterName?.trim()
        ? { reporterName: values.reporterName.trim() }
        : {}),
      ...(values.reporterPhone?.trim() ? { reporterPhone: values.reporterPhone.trim() } : {}),
      ...(values.photos && values.photos.length > 0 ? { photos: values.photos } : {}),
    }
    setDuplicates(null)
    send(body)
  }

  const size = paths.phone ? 'large' : 'middle'
  if (!me.permissions.includes('request.file') || channels.length === 0)
    return <Result status="403" title={t('requests.intake.cannotFile')} />
  return (
    <Card title={paths.phone ? t('requests.intake.phoneHeading') : t('requests.intake.heading')}>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        size={size}
        initialValues={{ channel: channels[0] ?? 'patrol', urgent: false }}
        onFinish={submit}
        onValuesChange={() => {
          // A changed form is a new filing: the duplicates found for the old one no longer apply.
          if (duplicates) setDuplicates(null)
        }}
        scrollToFirstError
        data-testid="intake-form"
      >
        {channels.length > 1 && (
          <Form.Item name="channel" label={t('requests.intake.channel')}>
            <Segmented<StaffChannel>
              block={paths.phone}
              options={channels.map((c) => ({ value: c, label: t(`requests.channels.${c}`) }))}
            />
          </Form.Item>
        )}
        {canSearch && (
          <Segmented<PlaceMode>
            block
            style={{ marginBottom: 12 }}
            value={mode}
            onChange={(next) => {
              setMode(next)
              setResidentMissing(false)
            }}
            options={[
              { value: 'place', label: t('requests.intake.placeMode.place') },
              {
                value: 'resident',
                label: <span data-testid="mode-resident">{t('requests.intake.placeMode.resident')}</span>,
              },
            ]}
          />
        )}
        {mode === 'place' ? (
          <Form.Item
            name="place"
            label={t('requests.intake.place')}
            rules={[
              {
                validator: (_, place: PlaceValue | undefined) =>
                  placeNodeId(place)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('requests.intake.placeRequired'))),
              },
            ]}
          >
            <PlacePicker size={size} />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('requests.intake.resident')}
            validateStatus={residentMissing ? 'error' : undefined}
            help={residentMissing ? t('requests.intake.residentRequired') : undefined}
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
        )}
        <Form.Item
          name="categoryCode"
          label={t('requests.intake.category')}
          rules={[{ required: true, message: t('requests.intake.categoryRequired') }]}
        >
          <CategoryPicker size={size} data-testid="intake-category" />
        </Form.Item>
        <Form.Item
          name="requestType"
          label={t('requests.intake.requestType')}
          rules={[{ required: true, message: t('requests.intake.typeRequired') }]}
        >
          <Radio.Group
            data-testid="intake-type"
            optionType="button"
            options={requestTypes.map((r) => ({ value: r, label: t(`requests.types.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="urgent" label={t('requests.intake.urgent')} valuePropName="checked">
          <Switch data-testid="intake-urgent" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('requests.intake.description')}
          rules={[
            { required: true, whitespace: true, min: 2, message: t('requests.intake.descriptionRequired') },
          ]}
        >
          <Input.TextArea
            data-testid="intake-description"
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('requests.intake.descriptionPlaceholder')}
          />
        </Form.Item>
        {!paths.phone && (
          <Form.Item name="title" label={t('requests.intake.title')}>
            <Input maxLength={60} placeholder={t('requests.intake.titlePlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="photos" label={t('requests.intake.photos')}>
          <PhotoInput onBusyChange={setPhotosBusy} />
        </Form.Item>
        {mode === 'place' && (
          <Form.Item name="reporterName" label={t('requests.intake.reporterName')}>
            <Input maxLength={40} autoComplete="off" data-testid="intake-reporter-name" />
          </Form.Item>
        )}
        <Form.Item
          name="reporterPhone"
          label={t('requests.intake.reporterPhone')}
          extra={t('requests.intake.reporterHint')}
        >
          <Input maxLength={20} inputMode="tel" autoComplete="off" data-testid="intake-reporter-phone" />
        </Form.Item>
        {file.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={file.error} unplacedFields={unplaced} data-testid="intake-error" />
          </div>
        )}
        {duplicates && (
          <DuplicateNotice
            items={duplicates.items}
            sending={file.isPending}
            onFileAnyway={() => {
              send({ ...duplicates.body, confirmNotDuplicate: true })
            }}
          />
        )}
        {!duplicates && (
          <div className={paths.phone ? 'tx-sticky-submit' : undefined}>
            <Button
              type="primary"
              htmlType="submit"
              block={paths.phone}
              size={size}
              loading={file.isPending}
              disabled={photosBusy}
              data-testid="intake-submit"
            >
              {photosBusy ? t('requests.intake.uploading') : t('requests.intake.submit')}
            </Button>
          </div>
        )}
      </Form>
    </Card>
  )
}

function DuplicateNotice({
  items,
  sending,
  onFileAnyway,
}: {
  items: Duplicate[]
  sending: boolean
  onFileAnyway: () => void
}) {
  const { t } = useTranslation()
  const paths = useRequestPaths()
  const navigate = useNavigate()
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="intake-duplicates"
      title={t('requests.intake.duplicatesTitle')}
      description={
        <Flex vertical gap={12}>
          <Typography.Text>{t('requests.intake.duplicatesText')}</Typography.Text>
          <ul className="tx-req-list">
            {items.map((d) => (
              <li key={d.id}>
                <Flex gap={8} align="center" justify="space-between" wrap data-testid="intake-duplicate">
                  <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Text strong className="tx-identifier">
                      {d.number}
                    </Typography.Text>
                    <Typography.Text ellipsis>{d.title}</Typography.Text>
                    <Typography.Text type="secondary">
                      {stateName(t, d.state)} · {formatShortTime(d.reportedAt)}
                    </Typography.Text>
                  </Flex>
                  <Button
                    type="primary"
                    icon={<SearchOutlined />}
                    data-testid="intake-join"
                    onClick={() => void navigate(paths.item(d.id))}
                  >
                    {t('requests.intake.join')}
                  </Button>
                </Flex>
              </li>
            ))}
          </ul>
          <Button block loading={sending} onClick={onFileAnyway} data-testid="intake-file-anyway">
            {t('requests.intake.fileAnyway')}
          </Button>
        </Flex>
      }
    />
  )
}
