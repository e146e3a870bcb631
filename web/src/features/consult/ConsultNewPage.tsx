import { ArrowLeftOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, Radio, Select } from 'antd'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useShowError } from '../../ui/useShowError'
import { useOrgTree } from '../org/useOrgTree'
import '../requests/requests.css'
import { useCreateConsultation } from './consultQueries'
import { RequestPicker } from './RequestPicker'
import { sources, type ConsultSource } from './types'
import { useConsultCommunities } from './useConsultCommunities'

interface Values {
  title: string
  description: string
  nodeId: string
  source: ConsultSource
  raisedBy: string
  agenda?: string
  requestIds?: string[]
}

/** /consultations/new: the community raises a topic — from residents, the grid, itself, or requests. */
export function ConsultNewPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const showError = useShowError()
  const [params] = useSearchParams()
  const { communities } = useConsultCommunities()
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const tree = useOrgTree()
  const create = useCreateConsultation()
  const [form] = Form.useForm<Values>()
  const source = Form.useWatch('source', form)
  // The community loads with the org tree: it is the place until another is chosen.
  useEffect(() => {
    if (community && !form.getFieldValue('nodeId')) form.setFieldValue('nodeId', community.id)
  }, [community, form])

  // The community, its grids and their buildings.
  const places = useMemo(() => {
    const node = community ? tree.data?.byId.get(community.id) : undefined
    if (!node) return []
    return [
      { value: node.id, label: t('consult.form.wholeCommunity', { name: node.name }) },
      ...node.children
        .filter((g) => g.kind === 'grid')
        .flatMap((g) => [
          { value: g.id, label: t('consult.form.wholeGrid', { name: g.name }) },
          ...g.children
            .filter((b) => b.kind === 'building')
            .map((b) => ({ value: b.id, label: `${g.name} · ${b.name}` })),
        ]),
    ]
  }, [community, tree.data, t])

  const submit = (values: Values) => {
    const agenda = (values.agenda ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    create.mutate(
      {
        title: values.title.trim(),
        description: values.description.trim(),
        nodeId: values.nodeId,
        source: values.source,
        raisedBy: values.raisedBy.trim(),
        ...(agenda.length > 0 ? { agenda } : {}),
        ...(values.source === 'requests' ? { requestIds: values.requestIds ?? [] } : {}),
      },
      {
        onSuccess: (view) => void navigate(`/consultations/${view.id}`),
        onError: (error) => {
          showError(error, form)
        },
      },
    )
  }

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <Link to="/consultations" aria-label={t('consult.list.heading')}>
            <ArrowLeftOutlined />
          </Link>
          {t('consult.form.heading')}
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 760 }}
        initialValues={{ source: 'residents', nodeId: community?.id }}
        onFinish={submit}
        data-testid="consult-form"
      >
        <Form.Item
          name="title"
          label={t('consult.form.title')}
          rules={[{ required: true, min: 2, message: t('consult.form.titleRequired') }]}
        >
          <Input maxLength={60} data-testid="consult-title" />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('consult.form.description')}
          rules={[{ required: true, min: 2, message: t('consult.form.descriptionRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="consult-description" />
        </Form.Item>
        <Form.Item
          name="nodeId"
          label={t('consult.form.place')}
          rules={[{ required: true, message: t('consult.form.placeRequired') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={places} data-testid="consult-place" />
        </Form.Item>
        <Form.Item name="source" label={t('consult.form.source')}>
          <Radio.Group
            data-testid="consult-source"
            options={sources.map((s) => ({ value: s, label: t(`consult.sources.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="raisedBy"
          label={t('consult.form.raisedBy')}
          rules={[{ required: true, whitespace: true, message: t('consult.form.raisedByRequired') }]}
        >
          <Input maxLength={60} data-testid="consult-raised-by" />
        </Form.Item>
        {source === 'requests' && community && (
          <Form.Item
            name="requestIds"
            label={t('consult.form.requests')}
            extra={t('consult.form.requestsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('consult.form.requestsRequired') }]}
          >
            <RequestPicker communityId={community.id} />
          </Form.Item>
        )}
        <Form.Item name="agenda" label={t('consult.form.agenda')}>
          <Input.TextArea rows={3} data-testid="consult-agenda" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="consult-submit">
          {t('consult.form.submit')}
        </Button>
      </Form>
    </Card>
  )
}
