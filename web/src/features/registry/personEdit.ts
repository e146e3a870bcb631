// Pure: the edit form's values from a person, and the PATCH body from what was changed.
import type { Hukou, IdType, Person, PersonPatch, Sex } from './types'

export const idTypes: readonly IdType[] = [
  'resident_id',
  'hk_macau_permit',
  'taiwan_permit',
  'passport',
  'foreign_permanent',
  'none',
]
export const hukouKinds: readonly Hukou[] = ['registered', 'floating', 'other']
export const editableStatuses = ['active', 'moved_away', 'deceased'] as const
export type EditableStatus = (typeof editableStatuses)[number]

export interface PersonFormValues {
  name: string
  sex: Sex
  birthDate: string
  idType: IdType
  /** Blank keeps the number on record: the form only ever holds the masked one. */
  idNumber: string
  /** Blank keeps the phone on record. */
  phone: string
  clearPhone: boolean
  hukou: Hukou
  partyMember: boolean
  status: EditableStatus
}

const isEditableStatus = (value: string): value is EditableStatus =>
  (editableStatuses as readonly string[]).includes(value)

export function formValuesOf(person: Person): PersonFormValues {
  return {
    name: person.name,
    sex: person.sex,
    birthDate: person.birthDate ?? '',
    idType: person.idType,
    idNumber: '',
    phone: '',
    clearPhone: false,
    hukou: person.hukou,
    partyMember: person.partyMember,
    status: isEditableStatus(person.status) ? person.status : 'active',
  }
}

/** Only what differs from the record, with the version read; null when nothing changed. */
export function patchOf(person: Person, values: PersonFormValues): PersonPatch | null {
  const changes: Omit<PersonPatch, 'version'> = {}
  const name = values.name.trim()
  if (name !== person.name) changes.name = name
  if (values.sex !== person.sex) changes.sex = values.sex
  const birthDate = values.birthDate.trim() === '' ? null : values.birthDate.trim()
  if (birthDate !== person.birthDate) changes.birthDate = birthDate
  if (values.idType !== person.idType) {
    changes.idType = values.idType
    // A person without a document has no number to keep.
    if (values.idType === 'none') changes.idNumber = null
  }
  const idNumber = values.idNumber.trim().toUpperCase()
  if (idNumber !== '' && values.idType !== 'none') changes.idNumber = idNumber
  const phone = values.phone.replace(/[\s-]/g, '')
  if (values.clearPhone) {
    if (person.phone !== null) changes.phone = null
  } else if (phone !== '') changes.phone = phone
  if (values.hukou !== person.hukou) changes.hukou = values.hukou
  if (values.partyMember !== person.partyMember) changes.partyMember = values.partyMember
  if (values.status !== person.status) changes.status = values.status
  return Object.keys(changes).length === 0 ? null : { version: person.version, ...changes }
}
