import type { TableColumnsType } from 'antd'
import type { TFunction } from 'i18next'
import { Link } from 'react-router'
import type { HouseholdMember } from './types'

type Member = Omit<HouseholdMember, 'joinedOn'>

/** Members of a household: name (to the person), relation to the head, sex, age. */
export function memberColumns<M extends Member>(
  t: TFunction,
  personPath: (id: string) => string,
): TableColumnsType<M> {
  return [
    {
      key: 'name',
      title: t('registry.person.name'),
      render: (_, m) => <Link to={personPath(m.personId)}>{m.name}</Link>,
    },
    {
      key: 'relation',
      title: t('registry.household.relation'),
      render: (_, m) => t(`registry.relation.${m.relation}`),
    },
    { key: 'sex', title: t('registry.person.sex'), render: (_, m) => t(`registry.sex.${m.sex}`) },
    { key: 'age', title: t('registry.person.age'), align: 'right', render: (_, m) => m.age ?? '—' },
  ]
}
