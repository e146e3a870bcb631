import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import type {
  ConsultCreateBody,
  ConsultRecordsQuery,
  ConsultView,
  DecisionBody,
  InviteeInput,
  TaskActBody,
  TaskBody,
} from './types'

export const consultKeys = {
  list: (query: { communityId: string; limit: number }) => ['consult', 'list', query] as const,
  one: (id: string) => ['consult', 'one', id] as const,
  task: (id: string) => ['consult', 'task', id] as const,
  figures: (query: { nodeId: string; from: string; to: string }) => ['consult', 'figures', query] as const,
  records: (query: Omit<ConsultRecordsQuery, 'cursor' | 'limit'>) => ['consult', 'records', query] as const,
  public: (code: string) => ['public', 'decisions', code] as const,
}

export function useConsultList(communityId: string | undefined, pageSize = 20) {
  return useCursorList(
    consultKeys.list({ communityId: communityId ?? '', limit: pageSize }),
    (cursor) =>
      call(
        api.GET('/api/v1/consultations', {
          params: {
            query: { communityId: communityId ?? '', limit: pageSize, ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
    { enabled: communityId !== undefined },
  )
}

export function useConsultation(id: string) {
  return useQuery({
    queryKey: consultKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/consultations/{id}', { params: { path: { id } } })),
    staleTime: 0,
  })
}

/** Every write answers the whole consultation: the page shows it at once. */
function useConsultWrite<V>(id: string, write: (vars: V) => Promise<ConsultView>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      queryClient.setQueryData(consultKeys.one(id), view)
      void queryClient.invalidateQueries({ queryKey: ['consult', 'list'] })
      void queryClient.invalidateQueries({ queryKey: ['consult', 'figures'] })
    },
  })
}

export function useCreateConsultation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ConsultCreateBody) => call(api.POST('/api/v1/consultations', { body })),
    onSuccess: (view) => {
      queryClient.setQueryData(consultKeys.one(view.id), view)
      void queryClient.invalidateQueries({ queryKey: ['consult', 'list'] })
    },
  })
}

export function useSetAgenda(id: string) {
  return useConsultWrite(id, (body: { items: string[]; version: number }) =>
    call(api.PUT('/api/v1/consultations/{id}/agenda', { params: { path: { id } }, body })),
  )
}

export function useInvite(id: string) {
  return useConsultWrite(id, (invitees: InviteeInput[]) =>
    call(api.POST('/api/v1/consultations/{id}/invitees', { params: { path: { id } }, body: { invitees } })),
  )
}

export function useUninvite(id: string) {
  return useConsultWrite(id, (inviteeId: string) =>
    call(
      api.DELETE('/api/v1/consultations/{id}/invitees/{inviteeId}', { params: { path: { id, inviteeId } } }),
    ),
  )
}

export function useSchedule(id: string) {
  return useConsultWrite(id, (body: { scheduledAt: number; place: string; version: number }) =>
    call(api.POST('/api/v1/consultations/{id}/schedule', { params: { path: { id } }, body })),
  )
}

export function useRecordMeeting(id: string) {
  return useConsultWrite(
    id,
    (body: { heldAt: number; attended: string[]; minutes: string; photos?: string[]; version: number }) =>
      call(api.POST('/api/v1/consultations/{id}/meeting', { params: { path: { id } }, body })),
  )
}

export function useDrop(id: string) {
  return useConsultWrite(id, (body: { reason: string; version: number }) =>
    call(api.POST('/api/v1/consultations/{id}/drop', { params: { path: { id } }, body })),
  )
}

export function useRecordDecision(id: string) {
  return useConsultWrite(id, (body: DecisionBody) =>
    call(api.POST('/api/v1/consultations/{id}/decisions', { params: { path: { id } }, body })),
  )
}

export function useAddTask(id: string) {
  return useConsultWrite(id, ({ decisionId, ...body }: TaskBody & { decisionId: string }) =>
    call(
      api.POST('/api/v1/consultations/{id}/decisions/{decisionId}/tasks', {
        params: { path: { id, decisionId } },
        body,
      }),
    ),
  )
}

export function useTask(id: string) {
  return useQuery({
    queryKey: consultKeys.task(id),
    queryFn: () => call(api.GET('/api/v1/consultations/tasks/{id}', { params: { path: { id } } })),
    staleTime: 0,
  })
}

/** A step of a task; the consultation's page (its "carried out") is read again. */
export function useActOnTask(taskId: string, consultationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TaskActBody) =>
      call(api.POST('/api/v1/consultations/tasks/{id}/actions', { params: { path: { id: taskId } }, body })),
    onSuccess: (view) => {
      queryClient.setQueryData(consultKeys.task(taskId), view)
      void queryClient.invalidateQueries({ queryKey: consultKeys.one(consultationId) })
      void queryClient.invalidateQueries({ queryKey: ['consult', 'figures'] })
    },
  })
}

export function useTaskAssignees(taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['consult', 'task', taskId, 'assignees'],
    queryFn: () =>
      call(api.GET('/api/v1/consultations/tasks/{id}/assignees', { params: { path: { id: taskId } } })),
    enabled,
  })
}

export function photoUrl(id: string, fileId: string): string {
  return `/api/v1/consultations/${encodeURIComponent(id)}/photos/${encodeURIComponent(fileId)}`
}

// --- Requests to raise a topic from ---------------------------------------------------------------

export function useCommunityRequests(query: {
  nodeId: string
  categoryCode?: string
  status: 'open' | 'all'
}) {
  return useQuery({
    queryKey: ['consult', 'requests', query],
    queryFn: () =>
      call(
        api.GET('/api/v1/requests', {
          params: {
            query: {
              box: 'scope',
              status: query.status,
              nodeId: query.nodeId,
              limit: 100,
              ...(query.categoryCode ? { categoryCode: query.categoryCode } : {}),
            },
          },
        }),
      ),
    enabled: query.nodeId !== '',
  })
}

/** The providers serving a community (the property company …), to invite. */
export function useProviders(nodeId: string) {
  return useQuery({
    queryKey: ['consult', 'providers', nodeId],
    queryFn: () => call(api.GET('/api/v1/org/nodes/{id}/providers', { params: { path: { id: nodeId } } })),
    staleTime: 10 * 60_000,
  })
}

// --- Figures ------------------------------------------------------------------------------------

export function useConsultFigures(query: { nodeId: string; from: string; to: string }) {
  return useQuery({
    queryKey: consultKeys.figures(query),
    enabled: query.nodeId !== '',
    queryFn: () => call(api.GET('/api/v1/consultations/figures', { params: { query } })),
  })
}

export function useConsultRecords(query: Omit<ConsultRecordsQuery, 'cursor' | 'limit'>, pageSize = 20) {
  return useCursorList(consultKeys.records(query), (cursor) =>
    call(
      api.GET('/api/v1/consultations/figures/records', {
        params: { query: { ...query, limit: pageSize, ...(cursor ? { cursor } : {}) } },
      }),
    ),
  )
}

// --- The residents' page (no sign-in) -------------------------------------------------------------

export function usePublicDecisions(code: string) {
  return useQuery({
    queryKey: consultKeys.public(code),
    queryFn: () => call(api.GET('/api/v1/public/buildings/{code}/decisions', { params: { path: { code } } })),
    retry: false,
  })
}
