// Response and request types of the 协商议事 API, derived from the generated paths so they follow the
// OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

export type ConsultView = Ok<'/api/v1/consultations/{id}'>
export type Invitee = ConsultView['invitees'][number]
export type Decision = ConsultView['decisions'][number]
export type TaskSummary = Decision['tasks'][number]
export type ConsultSummary = Ok<'/api/v1/consultations'>['items'][number]
export type ConsultCreateBody = BodyOf<'/api/v1/consultations'>
export type ConsultSource = ConsultCreateBody['source']
export type InviteeInput = BodyOf<'/api/v1/consultations/{id}/invitees'>['invitees'][number]
export type Capacity = InviteeInput['capacity']
export type DecisionBody = BodyOf<'/api/v1/consultations/{id}/decisions'>
export type TaskBody = BodyOf<'/api/v1/consultations/{id}/decisions/{decisionId}/tasks'>
export type TaskView = Ok<'/api/v1/consultations/tasks/{id}'>
export type TaskActBody = BodyOf<'/api/v1/consultations/tasks/{id}/actions'>
export type ConsultFigures = Ok<'/api/v1/consultations/figures'>
export type ConsultRecordsQuery = NonNullable<
  paths['/api/v1/consultations/figures/records']['get']['parameters']['query']
>
export type ConsultCount = ConsultRecordsQuery['count']
export type ConsultRecord = Ok<'/api/v1/consultations/figures/records'>['items'][number]
export type PublicDecisions = Ok<'/api/v1/public/buildings/{code}/decisions'>

export const capacities: readonly Capacity[] = [
  'resident',
  'building_leader',
  'party_member',
  'village_rep',
  'property_company',
  'other',
]
export const sources: readonly ConsultSource[] = ['residents', 'grid_branch', 'requests', 'community']
export const consultCounts: readonly ConsultCount[] = ['held', 'decisions', 'adopted', 'carried_out']
