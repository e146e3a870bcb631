import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Form, Input, InputNumber, Radio, Result, Select } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useMe } from '../auth/session'
import { shanghaiToday } from '../figures/period'
import { useOrgTree } from '../org/useOrgTree'
import { useProxyCommunities } from '../proxy/useProxyCommunities'
import { FacilityPicker } from './FacilityPicker'
import { usePropertyPaths } from './paths'
import './property.css'
import { useButlers, useCreatePlan } from './propertyQueries'
import type { Frequency, PlanBody, Trade } from './types'

const trades: readonly Trade[] = ['electrical', 'plumbing', 'greening', 'sanitation', 'general']
const frequencies: readonly Frequency[] = ['weekly', 'monthly', 'quarterly']

interface Values {
  nodeId?: string
  name?: string
  trade?: Trade
  checklist: string[]
  frequency: Frequency
  dueDays: number
  startsOn: string
  assigneeUserId?: string
  facilityIds: string[]
}

/**
 * /property/plans/new: the community plans maintenance — the place (the community or a grid), a
 * name, the trade, the checklist, how often and within how many days, from when, the butler, and
 * the facilities of the registry there. This period's check opens as soon as it is saved.
 */
export function PlanFormPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const paths = usePropertyPaths()
  const me = useMe()
  const [params] = useSearchParams()
  const tree = useOrgTree()
  const { communities } = useProxyCommunities()
  const [form] = Form.useForm<Values>()
  const create = useCreatePlan()
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const nodeId = Form.useWatch('nodeId', form)
  const butlers = useButlers(nodeId)

  // The community's own node and its grids: a plan covers one of them.
  const places = useMemo(() => {
    const data = tree.data
    if (!data) return []
    const chosen = communities.find((c) => c.id === params.get('community')) ?? communities[0]
    const ofCommunity = chosen
      ? [chosen.id]
      : [...data.byId.values()].filter((n) => n.kind === 'community' && n.inScope).map((n) => n.id)
    return ofCommunity.flatMap((id) => {
      const node = data.byId.get(id)
      if (!node) return []
      return [
        { value: node.id, label: t('property.planForm.wholeCommunity', { name: node.name }) },
        ...node.children.filter((c) => c.kind === 'grid').map((g) => ({ value: g.id, label: g.name })),
      ]
    })
  }, [tree.data, communities, params, t])

  const submit = (values: Values) => {
    const body: PlanBody = {
      nodeId: values.nodeId ?? '',
      name: (values.name ?? '').trim(),
      trade: values.trade ?? 'general',
      checklist: values.checklist.map((p) => p.trim()),
      frequency: values.frequency,
      dueDays: values.dueDays,
      startsOn: values.startsOn,
      facilityIds: values.facilityIds,
      ...(values.assigneeUserId ? { assigneeUserId: values.assigneeUserId } : {}),
    }
    setUnplaced([])
    create.mutate(body, {
      onSuccess: (plan) => {
        void message.success(t('property.planForm.created', { name: plan.name }))
        void navigate(paths.plan(plan.id), { replace: true })
      },
      onError: (error) => {
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  if (!me.permissions.includes('property.plan'))
    return <Result status="403" title={t('property.plans.readOnly')} />
  return (
    <Card title={t('property.planForm.heading')}>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        style={{ maxWidth: 760 }}
        initialValues={{
          checklist: [''],
          frequency: 'monthly',
          dueDays: 10,
          startsOn: shanghaiToday(),
          facilityIds: [],
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // Facilities and the butler are of the place: another place, another choice.
          if ('nodeId' in changed) form.setFieldsValue({ facilityIds: [], assigneeUserId: undefined })
        }}
        onFinish={submit}
        scrollToFirstError
        data-testid="plan-form"
      >
        <Form.Item
          name="nodeId"
          label={t('property.planForm.place')}
          extra={t('property.planForm.placeHint')}
          rules={[{ required: true, message: t('property.planForm.placeRequired') }]}
        >
          <Select<string> data-testid="plan-place" loading={tree.isPending} options={places} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('property.planForm.name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('property.planForm.nameRequired') }]}
        >
          <Input
            maxLength={60}
            placeholder={t('property.planForm.namePlaceholder')}
            data-testid="plan-name-input"
          />
        </Form.Item>
        <Form.Item
          name="trade"
          label={t('property.planForm.trade')}
          rules={[{ required: true, message: t('property.planForm.tradeRequired') }]}
        >
          <Radio.Group
            data-testid="plan-trade"
            optionType="button"
            options={trades.map((tr) => ({ value: tr, label: t(`property.trades.${tr}`) }))}
          />
        </Form.Item>
        <Form.List
          name="checklist"
          rules={[
            {
              validator: (_, points: string[] | undefined) =>
                points && points.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('property.planForm.checklistRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('property.planForm.checklist')} required>
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start">
                    <Form.Item
                      name={field.name}
                      noStyle
                      rules={[
                        { required: true, whitespace: true, message: t('property.planForm.pointRequired') },
                      ]}
                    >
                      <Input
                        maxLength={60}
                        data-testid="plan-point"
                        aria-label={t('property.planForm.point', { n: index + 1 })}
                        placeholder={t('property.planForm.pointPlaceholder')}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('property.planForm.removePoint')}
                      disabled={fields.length <= 1}
                      onClick={() => {
                        remove(field.name)
                      }}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  data-testid="plan-add-point"
                  disabled={fields.length >= 20}
                  onClick={() => {
                    add('')
                  }}
                >
                  {t('property.planForm.addPoint')}
                </Button>
                <Form.ErrorList errors={errors} />
              </Flex>
            </Form.Item>
          )}
        </Form.List>
        <Flex gap={16} wrap>
          <Form.Item name="frequency" label={t('property.planForm.frequency')}>
            <Radio.Group
              data-testid="plan-frequency"
              optionType="button"
              options={frequencies.map((f) => ({ value: f, label: t(`property.frequencies.${f}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="dueDays"
            label={t('property.planForm.dueDays')}
            tooltip={t('property.planForm.dueDaysHint')}
            rules={[{ required: true, type: 'integer', min: 1, max: 31 }]}
          >
            <InputNumber min={1} max={31} precision={0} data-testid="plan-due-days" style={{ width: 100 }} />
          </Form.Item>
          <Form.Item
            name="startsOn"
            label={t('property.planForm.startsOn')}
            rules={[{ required: true, message: t('property.planForm.startsOnRequired') }]}
          >
            <Input type="date" data-testid="plan-starts-on" style={{ width: 170 }} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="assigneeUserId"
          label={t('property.planForm.butler')}
          extra={t('property.planForm.butlerHint')}
        >
          <Select<string>
            data-testid="plan-butler"
            allowClear
            disabled={nodeId === undefined}
            loading={butlers.isFetching}
            placeholder={t('property.planForm.butlerPlaceholder')}
            options={(butlers.data?.items ?? []).map((b) => ({
              value: b.userId,
              label: `${b.name}（${b.roles.map((r) => t(`roles.${r as 'red_butler'}`, { defaultValue: r })).join('、')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="facilityIds"
          label={t('property.planForm.facilities')}
          extra={t('property.planForm.facilitiesHint')}
          rules={[
            {
              validator: (_, ids: string[] | undefined) =>
                ids && ids.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('property.planForm.facilitiesRequired'))),
            },
          ]}
        >
          <FacilityPicker nodeId={nodeId} />
        </Form.Item>
        {create.isError && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={create.error} unplacedFields={unplaced} data-testid="plan-error" />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="plan-submit">
          {t('property.planForm.submit')}
        </Button>
      </Form>
    </Card>
  )
}
