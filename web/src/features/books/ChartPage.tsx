import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Flex, Form, Input, Modal, Select, Skeleton, Table, Tag } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useShowError } from '../../ui/useShowError'
import { useBooksContext } from './BooksLayout'
import { useAccounts, useAddAccount } from './booksQueries'
import type { Account, AccountBody } from './types'

type Node = Account & { children?: Node[] }

/** /books/:villageId/accounts: the chart as a tree, and 增加明细科目 for the accountant. */
export function ChartPage() {
  const { t } = useTranslation()
  const { villageId, book } = useBooksContext()
  const accounts = useAccounts(villageId)
  const [adding, setAdding] = useState(false)
  const tree = useMemo(() => {
    const items = accounts.data?.items ?? []
    const nodes = new Map<string, Node>(items.map((a) => [a.code, { ...a }]))
    const roots: Node[] = []
    for (const node of [...nodes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
      const parent = node.parentCode ? nodes.get(node.parentCode) : undefined
      if (parent) parent.children = [...(parent.children ?? []), node]
      else roots.push(node)
    }
    return roots
  }, [accounts.data])

  if (accounts.isError)
    return <ApiErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
  if (!accounts.data) return <Skeleton active />
  return (
    <Flex vertical gap={12} data-testid="books-chart">
      {book.canWrite && (
        <Flex justify="end">
          <Button
            icon={<PlusOutlined />}
            data-testid="chart-add"
            onClick={() => {
              setAdding(true)
            }}
          >
            {t('books.chart.add')}
          </Button>
        </Flex>
      )}
      <Table<Node>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={tree}
        expandable={{ defaultExpandAllRows: true }}
        onRow={(a) => ({ 'data-testid': `chart-row-${a.code}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'code', title: t('books.chart.code'), dataIndex: 'code', width: 200 },
          {
            key: 'name',
            title: t('books.chart.name'),
            render: (_, a) => (a.active ? a.name : <span className="tx-books-muted">{a.name}</span>),
          },
          { key: 'class', title: t('books.chart.class'), dataIndex: 'classZh' },
          {
            key: 'direction',
            title: t('books.chart.direction'),
            render: (_, a) => t(`books.chart.directions.${a.normalSide}`),
          },
          {
            key: 'flags',
            title: '',
            render: (_, a) => (
              <>
                {a.leaf && <Tag>{t('books.chart.leaf')}</Tag>}
                {a.perHousehold && <Tag color="purple">{t('books.chart.perHousehold')}</Tag>}
              </>
            ),
          },
        ]}
      />
      {adding && (
        <AddAccount
          accounts={accounts.data.items}
          onClose={() => {
            setAdding(false)
          }}
        />
      )}
    </Flex>
  )
}

function AddAccount({ accounts, onClose }: { accounts: Account[]; onClose: () => void }) {
  const { t } = useTranslation()
  const { villageId } = useBooksContext()
  const add = useAddAccount(villageId)
  const showError = useShowError()
  const { message } = App.useApp()
  const [form] = Form.useForm<AccountBody>()
  const parentCode = Form.useWatch('parentCode', form)
  return (
    <Modal
      open
      title={t('books.chart.add')}
      okText={t('books.chart.submit')}
      okButtonProps={{ 'data-testid': 'chart-add-ok' }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => {
        form.submit()
      }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          add.mutate(
            { ...values, perHousehold: values.perHousehold === true },
            {
              onSuccess: (account) => {
                void message.success(t('books.chart.added', { code: account.code, name: account.name }))
                onClose()
              },
              onError: (error) => {
                showError(error, form)
              },
            },
          )
        }}
      >
        <Form.Item name="parentCode" label={t('books.chart.parent')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="chart-parent"
            options={accounts
              .filter((a) => a.active)
              .map((a) => ({ value: a.code, label: `${a.code} ${a.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('books.chart.code')}
          extra={t('books.chart.codeHint')}
          rules={[{ required: true }]}
        >
          <Input data-testid="chart-code" placeholder={parentCode ? `${parentCode}01` : undefined} />
        </Form.Item>
        <Form.Item name="name" label={t('books.chart.name')} rules={[{ required: true }]}>
          <Input maxLength={40} data-testid="chart-name" />
        </Form.Item>
        <Form.Item name="perHousehold" valuePropName="checked">
          <Checkbox data-testid="chart-per-household">{t('books.chart.perHousehold')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  )
}
