import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import type { MeetingBody, PartyCount, PostBody, RecordBody, RegisterBody, TaskBody } from './types'

const all = ['party'] as const

function useInvalidate() {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: all })
}

export function useMembers(communityId: string | undefined, homeName: string | undefined) {
  return useCursorList(
    ['party', 'members', communityId ?? '', homeName ?? ''],
    (cursor) =>
      call(
        api.GET('/api/v1/party/members', {
          params: {
            query: {
              communityId: communityId ?? '',
              ...(homeName ? { homeName } : {}),
              ...(cursor ? { cursor } : {}),
              limit: 50,
            },
          },
        }),
      ),
    { enabled: communityId !== undefined },
  )
}

/** Active members per home organisation (the first page carries them). */
export function useMemberCounts(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'counts', communityId ?? ''],
    enabled: communityId !== undefined,
    queryFn: () =>
      call(
        api.GET('/api/v1/party/members', { params: { query: { communityId: communityId ?? '', limit: 1 } } }),
      ),
  })
}

export function useMyMembership(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'me', communityId ?? ''],
    enabled: communityId !== undefined,
    retry: false,
    queryFn: () =>
      call(api.GET('/api/v1/party/me', { params: { query: { communityId: communityId ?? '' } } })),
  })
}

export function usePosts(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'posts', communityId ?? ''],
    enabled: communityId !== undefined,
    queryFn: () =>
      call(api.GET('/api/v1/party/posts', { params: { query: { communityId: communityId ?? '' } } })),
  })
}

export function useTasks(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'tasks', communityId ?? ''],
    enabled: communityId !== undefined,
    queryFn: () =>
      call(api.GET('/api/v1/party/tasks', { params: { query: { communityId: communityId ?? '' } } })),
  })
}

export function useRecords(
  communityId: string | undefined,
  filter: { state?: 'pending' | 'confirmed' | 'rejected' | 'void'; registrationId?: string },
) {
  return useCursorList(
    ['party', 'records', communityId ?? '', filter.state ?? '', filter.registrationId ?? ''],
    (cursor) =>
      call(
        api.GET('/api/v1/party/records', {
          params: {
            query: { communityId: communityId ?? '', ...filter, ...(cursor ? { cursor } : {}), limit: 50 },
          },
        }),
      ),
    { enabled: communityId !== undefined },
  )
}

export function useMeetings(communityId: string | undefined) {
  return useCursorList(
    ['party', 'meetings', communityId ?? ''],
    (cursor) =>
      call(
        api.GET('/api/v1/party/meetings', {
          params: { query: { communityId: communityId ?? '', ...(cursor ? { cursor } : {}) } },
        }),
      ),
    { enabled: communityId !== undefined },
  )
}

export function useMemberRecord(id: string | undefined, period: { from: string; to: string }) {
  return useQuery({
    queryKey: ['party', 'record', id ?? '', period.from, period.to],
    enabled: id !== undefined,
    queryFn: () =>
      call(
        api.GET('/api/v1/party/members/{id}/record', { params: { path: { id: id ?? '' }, query: period } }),
      ),
  })
}

export function usePartyFigures(query: { nodeId: string; from: string; to: string }) {
  return useQuery({
    queryKey: ['party', 'figures', query],
    enabled: query.nodeId !== '',
    retry: false,
    queryFn: () => call(api.GET('/api/v1/party/figures', { params: { query } })),
  })
}

export function usePartyFigureRows(query: {
  nodeId: string
  from: string
  to: string
  count: PartyCount
  homeName?: string
}) {
  return useCursorList(
    ['party', 'figures', 'rows', query],
    (cursor) =>
      call(
        api.GET('/api/v1/party/figures/records', {
          params: { query: { ...query, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    { enabled: query.nodeId !== '' },
  )
}

export function useRegister() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: (body: RegisterBody) => call(api.POST('/api/v1/party/members', { body })),
    onSuccess: done,
  })
}

export function useCreatePost() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: (body: PostBody) => call(api.POST('/api/v1/party/posts', { body })),
    onSuccess: done,
  })
}

export function useCreateTask() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: (body: TaskBody) => call(api.POST('/api/v1/party/tasks', { body })),
    onSuccess: done,
  })
}

export function useClaim() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: async ({
      what,
      id,
      registrationId,
    }: {
      what: 'posts' | 'tasks'
      id: string
      registrationId?: string
    }): Promise<void> => {
      const body = registrationId === undefined ? {} : { registrationId }
      if (what === 'posts')
        await call(api.POST('/api/v1/party/posts/{id}/claims', { params: { path: { id } }, body }))
      else await call(api.POST('/api/v1/party/tasks/{id}/claims', { params: { path: { id } }, body }))
    },
    onSettled: done,
  })
}

export function useRecordService() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: (body: RecordBody) => call(api.POST('/api/v1/party/records', { body })),
    onSuccess: done,
  })
}

export function useDecide() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: ({
      id,
      action,
      version,
      reason,
    }: {
      id: string
      action: 'confirmation' | 'rejection' | 'voiding'
      version: number
      reason?: string
    }) =>
      action === 'confirmation'
        ? call(
            api.POST('/api/v1/party/records/{id}/confirmation', {
              params: { path: { id } },
              body: { version },
            }),
          )
        : call(
            api.POST(`/api/v1/party/records/{id}/${action}`, {
              params: { path: { id } },
              body: { version, reason: reason ?? '' },
            }),
          ),
    onSettled: done,
  })
}

export function useRecordMeeting() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: (body: MeetingBody) => call(api.POST('/api/v1/party/meetings', { body })),
    onSuccess: done,
  })
}

/** Active members for pickers (a community's first hundred, by registration). */
export function useActiveMembers(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'active', communityId ?? ''],
    enabled: communityId !== undefined,
    queryFn: () =>
      call(
        api.GET('/api/v1/party/members', {
          params: { query: { communityId: communityId ?? '', status: 'active', limit: 100 } },
        }),
      ),
  })
}

export function useHomeVillages(communityId: string | undefined) {
  return useQuery({
    queryKey: ['party', 'villages', communityId ?? ''],
    enabled: communityId !== undefined,
    staleTime: 5 * 60_000,
    queryFn: () =>
      call(api.GET('/api/v1/party/villages', { params: { query: { communityId: communityId ?? '' } } })),
  })
}

export function useLeave() {
  const done = useInvalidate()
  return useMutation({
    mutationFn: ({ id, version, leftOn }: { id: string; version: number; leftOn: string }) =>
      call(
        api.POST('/api/v1/party/members/{id}/departure', {
          params: { path: { id } },
          body: { version, leftOn },
        }),
      ),
    onSuccess: done,
  })
}
