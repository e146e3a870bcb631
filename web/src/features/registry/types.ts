// Response and request types of the registry API, derived from the generated paths so they follow
// the OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never

export type Person = JsonOf<paths['/api/v1/persons/{id}']['get']['responses'][200]>
export type PersonSearch = JsonOf<paths['/api/v1/persons/search']['get']['responses'][200]>
export type PersonPatch = NonNullable<
  paths['/api/v1/persons/{id}']['patch']['requestBody']
>['content']['application/json']
export type Sex = Person['sex']
export type IdType = Person['idType']
export type Hukou = Person['hukou']

/** A keyset page: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never

export type PersonTag = Ok<'/api/v1/persons/{id}/tags'>['items'][number]
export type PersonPost = Ok<'/api/v1/persons/{id}/posts'>['items'][number]
export type PersonContact = Ok<'/api/v1/persons/{id}/contacts'>['items'][number]
export type NodePostHolder = Ok<'/api/v1/org/nodes/{id}/posts'>['items'][number]
export type Coverage = Ok<'/api/v1/org/nodes/{id}/coverage'>
export type UncoveredHousehold = Ok<'/api/v1/org/nodes/{id}/coverage/uncovered-households'>['items'][number]
export type OffTarget = Ok<'/api/v1/org/nodes/{id}/coverage/members-off-ten'>['items'][number]
export type FusedTree = Ok<'/api/v1/org/nodes/{id}/units'>
export type FusedNode = FusedTree['items'][number]
export type OrgUnit = FusedNode['units'][number]
export type Facility = Ok<'/api/v1/org/nodes/{id}/facilities'>['items'][number]
export type FacilityState = Facility['state']
export type HostedVillage = Ok<'/api/v1/org/nodes/{id}/villages'>['items'][number]
export type Household = Ok<'/api/v1/households/{id}'>
export type HouseholdMember = Household['members'][number]
export type Relation = HouseholdMember['relation']
export type HouseholdListItem = Ok<'/api/v1/org/nodes/{id}/households'>['items'][number]
export type ResidentsOn = Ok<'/api/v1/org/nodes/{id}/residents-on'>
export type MovedInShare = Ok<'/api/v1/org/nodes/{id}/moved-in-share'>
export type ImportView = Ok<'/api/v1/imports/{id}'>
export type ImportMode = ImportView['mode']
export type ImportStatus = ImportView['status']
export type ImportProblem = ImportView['errors']['items'][number]
export type ImportSummary = Ok<'/api/v1/org/nodes/{id}/imports'>['items'][number]
