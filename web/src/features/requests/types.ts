// Response and request types of the requests API, derived from the generated paths so they follow
// the OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

/** The kinds of work item the web app works on: each has its own API paths, the steps are the engine's. */
export type WorkKind = 'request' | 'proxy' | 'property'

export type WorkItem = Ok<'/api/v1/requests/{id}'>
export type WorkItemSummary = Ok<'/api/v1/requests'>['items'][number]
export type InboxQuery = NonNullable<paths['/api/v1/requests']['get']['parameters']['query']>
export type InboxBox = NonNullable<InboxQuery['box']>
export type InboxStatus = NonNullable<InboxQuery['status']>
export type TimelineStep = Ok<'/api/v1/requests/{id}/timeline'>['items'][number]
export type Category = Ok<'/api/v1/request-categories'>['items'][number]
export type WorkState = WorkItem['state']
export type WorkLevel = WorkItem['level']
export type WorkAction = WorkItem['actions'][number]
export type RequestType = WorkItem['requestType']
export type Urgency = WorkItem['urgency']
export type Outcome = NonNullable<WorkItem['outcome']>
export type Satisfaction = NonNullable<WorkItem['satisfaction']>
export type ActBody = BodyOf<'/api/v1/requests/{id}/actions'>
export type CancelReason = NonNullable<ActBody['reason']>
export type FileRequestBody = BodyOf<'/api/v1/requests'>
export type StaffChannel = FileRequestBody['channel']
export type FileResult = JsonOf<paths['/api/v1/requests']['post']['responses'][200]>
export type Duplicate = FileResult['duplicates'][number]
export type Whistle = Ok<'/api/v1/requests/{id}/whistles'>['items'][number]
export type WhistleParty = Whistle['parties'][number]
export type WhistleBody = BodyOf<'/api/v1/requests/{id}/whistles'>
export type Provider = Ok<'/api/v1/org/nodes/{id}/providers'>['items'][number]
export type SearchPerson = Ok<'/api/v1/persons/search'>['items'][number]
export type OrgChild = Ok<'/api/v1/org/nodes/{id}/children'>['items'][number]
