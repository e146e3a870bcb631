import { Alert, App, Button, Checkbox, Drawer, Flex, Form, Input, Select, Switch } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError, type FieldError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { applyFieldErrors } from '../../ui/useShowError'
import { useIsNarrow } from '../shell/useIsNarrow'
import {
  editableStatuses,
  formValuesOf,
  hukouKinds,
  idTypes,
  patchOf,
  type PersonFormValues,
} from './personEdit'
import { usePerson, useUpdatePerson } from './personQueries'
import type { Person } from './types'

/** Corrects a person; the version read goes with the change, so an edit made meanwhile is not lost. */
export function PersonEditDrawer({
  person,
  open,
  onClose,
}: {
  person: Person
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const narrow = useIsNarrow()
  const [form] = Form.useForm<PersonFormValues>()
  const update = useUpdatePerson(person.id)
  const reload = usePerson(person.id)
  const [unplaced, setUnplaced] = useState<FieldError[]>([])
  const [conflict, setConflict] = useState(false)
  const idType = Form.useWatch('idType', form)
  const clearPhone = Form.useWatch('clearPhone', form)

  // A newer record arriving (after a conflict) replaces what the form shows.
  useEffect(() => {
    if (open) form.setFieldsValue(formValuesOf(person))
  }, [open, person, form])

  const close = () => {
    update.reset()
    setConflict(false)
    setUnplaced([])
    onClose()
  }

  const submit = (values: PersonFormValues) => {
    const body = patchOf(person, values)
    if (!body) {
      void message.info(t('registry.edit.nothingChanged'))
      return
    }
    setConflict(false)
    update.mutate(body, {
      onSuccess: () => {
        void message.success(t('registry.edit.saved'))
        close()
      },
      onError: (error) => {
        if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
          // Someone saved this person meanwhile: show their version and let the user redo the change.
          setConflict(true)
          void reload.refetch()
          return
        }
        setUnplaced(applyFieldErrors(error, form))
      },
    })
  }

  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('registry.edit.title', { name: person.name })}
      size={narrow ? '100%' : 480}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('registry.cancel')}</Button>
          <Button
            data-testid="person-save"
            type="primary"
            loading={update.isPending}
            onClick={() => {
              form.submit()
            }}
          >
            {t('registry.edit.save')}
          </Button>
        </Flex>
      }
    >
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        initialValues={formValuesOf(person)}
        onFinish={submit}
        requiredMark={false}
      >
        {conflict && (
          <Alert
            data-testid="person-conflict"
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('registry.edit.conflictTitle')}
            description={t('registry.edit.conflictText')}
          />
        )}
        {update.isError && !conflict && (
          <div style={{ marginBottom: 16 }}>
            <ApiErrorAlert error={update.error} unplacedFields={unplaced} />
          </div>
        )}
        <Form.Item
          name="name"
          label={t('registry.person.name')}
          rules={[{ required: true, whitespace: true, message: t('registry.edit.nameRequired') }]}
        >
          <Input maxLength={40} data-testid="person-edit-name" />
        </Form.Item>
        <Form.Item name="sex" label={t('registry.person.sex')}>
          <Select
            options={(['male', 'female'] as const).map((sex) => ({
              value: sex,
              label: t(`registry.sex.${sex}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="idType" label={t('registry.person.idType')}>
          <Select options={idTypes.map((value) => ({ value, label: t(`registry.idType.${value}`) }))} />
        </Form.Item>
        {idType !== 'none' && (
          <Form.Item
            name="idNumber"
            label={t('registry.person.idNumber')}
            extra={t('registry.edit.keepHint', { value: person.idNumber ?? t('registry.none') })}
          >
            <Input maxLength={32} autoComplete="off" placeholder={person.idNumber ?? ''} />
          </Form.Item>
        )}
        <Form.Item
          name="birthDate"
          label={t('registry.person.birthDate')}
          rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('registry.edit.datePattern') }]}
          extra={idType === 'resident_id' ? t('registry.edit.fromIdHint') : undefined}
        >
          <Input maxLength={10} placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('registry.person.phone')}
          extra={
            clearPhone
              ? undefined
              : t('registry.edit.keepHint', { value: person.phone ?? t('registry.none') })
          }
        >
          <Input
            maxLength={24}
            inputMode="tel"
            autoComplete="off"
            disabled={clearPhone}
            placeholder={person.phone ?? ''}
          />
        </Form.Item>
        {person.phone !== null && (
          <Form.Item name="clearPhone" valuePropName="checked" style={{ marginTop: -8 }}>
            <Checkbox>{t('registry.edit.clearPhone')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="hukou" label={t('registry.person.hukou')}>
          <Select options={hukouKinds.map((value) => ({ value, label: t(`registry.hukou.${value}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('registry.person.status')}>
          <Select
            options={editableStatuses.map((value) => ({ value, label: t(`registry.status.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="partyMember" label={t('registry.person.partyMember')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  )
}
