// Response and request types of the 红管家 API, derived from the generated paths so they follow the
// OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch' = 'post'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

export type PropertyView = Ok<'/api/v1/property/{id}'>
export type CheckView = PropertyView['checks'][number]
export type FacilityRef = CheckView['facility']
export type PropertySummary = Ok<'/api/v1/property'>['items'][number]
export type PropertyListQuery = NonNullable<paths['/api/v1/property']['get']['parameters']['query']>
export type PropertyListView = NonNullable<PropertyListQuery['view']>
export type PropertyCategory = Ok<'/api/v1/property-categories'>['items'][number]
export type PropertyFileBody = BodyOf<'/api/v1/property'>
export type CheckBody = BodyOf<'/api/v1/property/{id}/checks/{facilityId}', 'put'>
export type PlanSummary = Ok<'/api/v1/property/plans'>['items'][number]
export type PlanView = Ok<'/api/v1/property/plans/{id}'>
export type PlanBody = BodyOf<'/api/v1/property/plans'>
export type PlanPatchBody = BodyOf<'/api/v1/property/plans/{id}', 'patch'>
export type Trade = PlanBody['trade']
export type Frequency = PlanBody['frequency']
export type Butler = Ok<'/api/v1/property/butlers'>['items'][number]
export type Facility = Ok<'/api/v1/org/nodes/{id}/facilities'>['items'][number]
