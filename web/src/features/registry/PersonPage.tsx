import { EditOutlined, LeftOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { isApiError } from '../../api/errors'
import { ApiErrorAlert } from '../../ui/ApiErrorAlert'
import { useMe } from '../auth/session'
import { useInPhoneLayout, useSearchPath } from './paths'
import { Identifier, PersonMarks, sexAndAge, statusLabel } from './personColumns'
import { PersonEditDrawer } from './PersonEditDrawer'
import { PersonSections } from './PersonSections'
import { usePerson } from './personQueries'
import { UnmaskControl, UnmaskedNotice, useUnmasked } from './UnmaskControl'
import type { Person } from './types'

/** /persons/:id (and /m/persons/:id): one person, masked unless unmasked on purpose. */
export function PersonPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const person = usePerson(id)
  const searchPath = useSearchPath()
  if (person.data) return <PersonDetails person={person.data} />
  if (person.isError) {
    if (isApiError(person.error) && person.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('registry.person.notFound')}
          extra={<Link to={searchPath()}>{t('registry.search.title')}</Link>}
        />
      )
    }
    return <ApiErrorAlert error={person.error} onRetry={() => void person.refetch()} />
  }
  return <Skeleton active />
}

function PersonDetails({ person }: { person: Person }) {
  const { t } = useTranslation()
  const me = useMe()
  const phone = useInPhoneLayout()
  const [editing, setEditing] = useState(false)
  const unmasked = useUnmasked(person)
  const shown = unmasked.person ?? person
  // A hint only: the server decides, and answers FORBIDDEN where the grant does not reach.
  const mayUnmask = me.permissions.includes('person.unmask')
  const mayEdit = me.permissions.includes('person.update')
  const mayOpenPlace = me.permissions.includes('org.read')

  return (
    <Flex vertical gap={phone ? 12 : 16}>
      {phone && <BackButton />}
      <Card>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-name">
              {person.name}
            </Typography.Title>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{sexAndAge(person, t)}</Typography.Text>
              <PersonMarks person={person} />
            </Flex>
          </Flex>
          <Flex gap={8} wrap>
            {mayUnmask && <UnmaskControl state={unmasked} />}
            {mayEdit && (
              <Button
                data-testid="person-edit"
                icon={<EditOutlined />}
                onClick={() => {
                  setEditing(true)
                }}
              >
                {t('registry.edit.open')}
              </Button>
            )}
          </Flex>
        </Flex>
        <UnmaskedNotice state={unmasked} />
        <Descriptions
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'idType',
              label: t('registry.person.idType'),
              children: t(`registry.idType.${person.idType}`),
            },
            {
              key: 'idNumber',
              label: t('registry.person.idNumber'),
              children: <Identifier value={shown.idNumber} testId="person-id-number" />,
            },
            {
              key: 'phone',
              label: t('registry.person.phone'),
              children: <Identifier value={shown.phone} testId="person-phone" />,
            },
            { key: 'birthDate', label: t('registry.person.birthDate'), children: person.birthDate ?? '—' },
            {
              key: 'hukou',
              label: t('registry.person.hukou'),
              children: t(`registry.hukou.${person.hukou}`),
            },
            {
              key: 'originVillage',
              label: t('registry.person.originVillage'),
              children: person.originVillage?.name ?? '—',
            },
            {
              key: 'address',
              label: t('registry.person.address'),
              children:
                phone || !mayOpenPlace ? (
                  person.address || '—'
                ) : (
                  <Link to={`/org/${person.placeId}`}>{person.address || t('registry.person.place')}</Link>
                ),
            },
            { key: 'status', label: t('registry.person.status'), children: statusLabel(person.status, t) },
            { key: 'pinyin', label: t('registry.person.pinyin'), children: person.namePinyin },
          ]}
        />
      </Card>
      <PersonSections person={person} />
      {mayEdit && (
        <PersonEditDrawer
          person={person}
          open={editing}
          onClose={() => {
            setEditing(false)
          }}
        />
      )}
    </Flex>
  )
}

function BackButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const searchPath = useSearchPath()
  return (
    <Button
      type="link"
      icon={<LeftOutlined />}
      style={{ alignSelf: 'flex-start', paddingInline: 0 }}
      onClick={() => {
        // Opened straight from a link or a reload: there is no page of ours to go back to.
        if (location.key === 'default') void navigate(searchPath())
        else void navigate(-1)
      }}
    >
      {t('registry.back')}
    </Button>
  )
}
