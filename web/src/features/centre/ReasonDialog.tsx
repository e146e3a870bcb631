import { Button, Flex, Form, Input, Modal } from 'antd'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'

/** Asks why before something is cancelled (a booking, an activity); the reason is recorded. */
export function ReasonDialog({
  title,
  label,
  requiredMessage,
  submitText,
  closeText,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  title: string
  label: string
  requiredMessage: string
  submitText: string
  closeText: string
  pending: boolean
  error: unknown
  onSubmit: (reason: string) => void
  onClose: () => void
}) {
  const [form] = Form.useForm<{ reason: string }>()
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{closeText}</Button>
          <Button
            type="primary"
            danger
            loading={pending}
            data-testid="reason-submit"
            onClick={() => {
              form.submit()
            }}
          >
            {submitText}
          </Button>
        </Flex>
      }
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => {
          onSubmit(values.reason.trim())
        }}
      >
        {error !== null && error !== undefined && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={error} data-testid="reason-error" />
          </div>
        )}
        <Form.Item
          name="reason"
          label={label}
          rules={[{ required: true, whitespace: true, message: requiredMessage }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
