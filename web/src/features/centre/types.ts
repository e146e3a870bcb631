// Response and request types of the service centre's API, derived from the generated paths so they
// follow the OpenAPI document.
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

export type RoomList = Ok<'/api/v1/centre/rooms'>
export type Room = RoomList['items'][number]
export type RoomKind = Room['kind']
export type Booking = Ok<'/api/v1/centre/bookings'>['items'][number]
export type BookingBody = BodyOf<'/api/v1/centre/rooms/{id}/bookings'>
export type ActivitySummary = Ok<'/api/v1/centre/activities'>['items'][number]
export type ActivityState = ActivitySummary['state']
export type ActivityKind = ActivitySummary['kind']
export type Activity = Ok<'/api/v1/centre/activities/{id}'>
export type Signup = Activity['signups'][number]
export type ActivityBody = BodyOf<'/api/v1/centre/activities'>
export type AttendanceBody = BodyOf<'/api/v1/centre/activities/{id}/attendance'>
export type CentreFigures = Ok<'/api/v1/centre/figures'>

export const activityKinds: readonly ActivityKind[] = [
  'cultural',
  'sports',
  'education',
  'volunteer',
  'party',
  'other',
]
export const activityStates: readonly ActivityState[] = ['open', 'held', 'cancelled']
