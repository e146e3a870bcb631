import { Tag, Typography, type TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Person } from './types'
import { usePersonPath } from './paths'

/** "男 · 45岁", or what of it is known. */
export function sexAndAge(person: Pick<Person, 'sex' | 'age'>, t: TFunction): string {
  const parts = [t(`registry.sex.${person.sex}`)]
  if (person.age !== null) parts.push(t('registry.person.ageYears', { count: person.age }))
  return parts.join(' · ')
}

/** ID numbers and phones exactly as the server sent them (masked unless unmasked on purpose). */
export function Identifier({ value, testId }: { value: string | null; testId?: string }) {
  const { t } = useTranslation()
  if (value === null)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('registry.none')}
      </Typography.Text>
    )
  return (
    <span className="tx-identifier" data-testid={testId}>
      {value}
    </span>
  )
}

/** The columns of a table of persons, for desk lists and search results. */
export function usePersonColumns(): TableColumnsType<Person> {
  const { t } = useTranslation()
  const personPath = usePersonPath()
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('registry.person.name'),
        fixed: 'left',
        render: (_: unknown, person: Person) => (
          <Link to={personPath(person.id)} data-testid="person-link">
            {person.name}
          </Link>
        ),
      },
      {
        key: 'sex',
        title: t('registry.person.sex'),
        render: (_: unknown, p: Person) => t(`registry.sex.${p.sex}`),
      },
      {
        key: 'age',
        title: t('registry.person.age'),
        align: 'right',
        render: (_: unknown, p: Person) => p.age ?? '—',
      },
      {
        key: 'idNumber',
        title: t('registry.person.idNumber'),
        render: (_: unknown, p: Person) => <Identifier value={p.idNumber} />,
      },
      {
        key: 'phone',
        title: t('registry.person.phone'),
        render: (_: unknown, p: Person) => <Identifier value={p.phone} />,
      },
      { key: 'address', title: t('registry.person.address'), dataIndex: 'address' },
      {
        key: 'originVillage',
        title: t('registry.person.originVillage'),
        render: (_: unknown, p: Person) => p.originVillage?.name ?? '—',
      },
      {
        key: 'tags',
        title: t('registry.person.marks'),
        render: (_: unknown, p: Person) => <PersonMarks person={p} />,
      },
    ],
    [t, personPath],
  )
}

/** Party member, and any status other than living here. */
export function PersonMarks({ person }: { person: Pick<Person, 'partyMember' | 'status'> }) {
  const { t } = useTranslation()
  return (
    <>
      {person.partyMember && <Tag color="red">{t('registry.person.partyMember')}</Tag>}
      {person.status !== 'active' && <Tag>{statusLabel(person.status, t)}</Tag>}
    </>
  )
}

const statuses = ['active', 'moved_away', 'deceased'] as const
type Status = (typeof statuses)[number]

export function statusLabel(status: string, t: TFunction): string {
  return (statuses as readonly string[]).includes(status) ? t(`registry.status.${status as Status}`) : status
}
