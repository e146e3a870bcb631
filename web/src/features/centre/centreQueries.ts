import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import type {
  Activity,
  ActivityBody,
  ActivityKind,
  ActivityState,
  AttendanceBody,
  BookingBody,
} from './types'

export const centreKeys = {
  all: ['centre'] as const,
  rooms: (communityId: string) => ['centre', 'rooms', communityId] as const,
  bookings: (communityId: string, from: string, to: string) =>
    ['centre', 'bookings', communityId, from, to] as const,
  activities: (communityId: string, state: ActivityState | undefined) =>
    ['centre', 'activities', communityId, state ?? 'all'] as const,
  activity: (id: string) => ['centre', 'activity', id] as const,
  figures: (query: { nodeId: string; from: string; to: string }) => ['centre', 'figures', query] as const,
  records: (query: { nodeId: string; from: string; to: string; kind?: ActivityKind }) =>
    ['centre', 'figures', 'records', query] as const,
}

/** The community's rooms, and whether the reader runs its centre. */
export function useRooms(communityId: string | undefined) {
  return useQuery({
    queryKey: centreKeys.rooms(communityId ?? ''),
    enabled: communityId !== undefined,
    queryFn: () =>
      call(api.GET('/api/v1/centre/rooms', { params: { query: { communityId: communityId ?? '' } } })),
    staleTime: 5 * 60_000,
  })
}

/** Live bookings of the community's rooms from one day to another (both included). */
export function useBookings(communityId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: centreKeys.bookings(communityId ?? '', from, to),
    enabled: communityId !== undefined,
    queryFn: () =>
      call(
        api.GET('/api/v1/centre/bookings', {
          params: { query: { communityId: communityId ?? '', from, to } },
        }),
      ),
    // Colleagues book the same rooms: what the week shows should be fresh.
    staleTime: 0,
  })
}

export function useBookRoom() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ roomId, ...body }: BookingBody & { roomId: string }) =>
      call(api.POST('/api/v1/centre/rooms/{id}/bookings', { params: { path: { id: roomId } }, body })),
    onSettled: () => {
      // A clash means someone else booked meanwhile: the week shows it either way.
      void queryClient.invalidateQueries({ queryKey: ['centre', 'bookings'] })
    },
  })
}

export function useCancelBooking() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; reason: string }) =>
      call(api.POST('/api/v1/centre/bookings/{id}/cancellation', { params: { path: { id } }, body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['centre', 'bookings'] })
    },
  })
}

/** The community's activities, newest first, a page at a time. */
export function useActivities(communityId: string | undefined, state: ActivityState | undefined) {
  return useCursorList(
    centreKeys.activities(communityId ?? '', state),
    (cursor) =>
      call(
        api.GET('/api/v1/centre/activities', {
          params: {
            query: {
              communityId: communityId ?? '',
              limit: 20,
              ...(state ? { state } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    { enabled: communityId !== undefined },
  )
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: centreKeys.activity(id),
    queryFn: () => call(api.GET('/api/v1/centre/activities/{id}', { params: { path: { id } } })),
    // Places are taken by colleagues too: what the page offers must be fresh.
    staleTime: 0,
  })
}

/** After any change to an activity: its page shows the answer, lists and figures reload. */
function useActivityChanged() {
  const queryClient = useQueryClient()
  return (view: Activity) => {
    queryClient.setQueryData(centreKeys.activity(view.id), view)
    void queryClient.invalidateQueries({ queryKey: ['centre', 'activities'] })
    void queryClient.invalidateQueries({ queryKey: ['centre', 'bookings'] })
    void queryClient.invalidateQueries({ queryKey: ['centre', 'figures'] })
  }
}

export function useCreateActivity() {
  const changed = useActivityChanged()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ActivityBody) => call(api.POST('/api/v1/centre/activities', { body })),
    onSuccess: changed,
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: ['centre', 'bookings'] })
    },
  })
}

export function useSignUp(activityId: string) {
  const changed = useActivityChanged()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (personId: string) =>
      call(
        api.POST('/api/v1/centre/activities/{id}/signups', {
          params: { path: { id: activityId } },
          body: { personId },
        }),
      ),
    onSuccess: changed,
    onError: () => {
      // Full or closed: colleagues may have taken the places meanwhile; show the list as it is now.
      void queryClient.invalidateQueries({ queryKey: centreKeys.activity(activityId) })
    },
  })
}

export function useCancelSignup() {
  const changed = useActivityChanged()
  return useMutation({
    mutationFn: (signupId: string) =>
      call(
        api.POST('/api/v1/centre/signups/{id}/cancellation', {
          params: { path: { id: signupId } },
          body: {},
        }),
      ),
    onSuccess: changed,
  })
}

export function useRecordAttendance(activityId: string) {
  const changed = useActivityChanged()
  return useMutation({
    mutationFn: (body: AttendanceBody) =>
      call(
        api.POST('/api/v1/centre/activities/{id}/attendance', {
          params: { path: { id: activityId } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

export function useCancelActivity(activityId: string) {
  const changed = useActivityChanged()
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      call(
        api.POST('/api/v1/centre/activities/{id}/cancellation', {
          params: { path: { id: activityId } },
          body,
        }),
      ),
    onSuccess: changed,
  })
}

/** Where a photo of an activity is served to those who work in its community. */
export function activityPhotoUrl(activityId: string, fileId: string): string {
  return `/api/v1/centre/activities/${encodeURIComponent(activityId)}/photos/${encodeURIComponent(fileId)}`
}

/** Reads the activity again (after someone else changed it meanwhile). */
export function useReloadActivity() {
  const queryClient = useQueryClient()
  return (id: string) => {
    void queryClient.invalidateQueries({ queryKey: centreKeys.activity(id) })
  }
}

// --- Figures ------------------------------------------------------------------------------------

export function useCentreFigures(query: { nodeId: string; from: string; to: string }) {
  return useQuery({
    queryKey: centreKeys.figures(query),
    enabled: query.nodeId !== '',
    queryFn: () => call(api.GET('/api/v1/centre/figures', { params: { query } })),
  })
}

/** The activities behind the figures (of one kind, or all). */
export function useCentreRecords(query: { nodeId: string; from: string; to: string; kind?: ActivityKind }) {
  return useCursorList(centreKeys.records(query), (cursor) =>
    call(
      api.GET('/api/v1/centre/figures/records', {
        params: { query: { ...query, limit: 20, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  )
}
