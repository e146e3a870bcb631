import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useCursorList } from '../registry/useCursorList'
import { useRefreshItem, workItemKeys } from '../requests/requestQueries'
import type {
  CheckBody,
  Facility,
  PlanBody,
  PlanPatchBody,
  PropertyFileBody,
  PropertyListView,
} from './types'

const itemKeys = workItemKeys('property')

export const propertyKeys = {
  list: (query: { view: PropertyListView; communityId?: string; limit: number }) =>
    ['property', 'list', query] as const,
  one: itemKeys.one,
  categories: ['property-categories'] as const,
  plans: (communityId: string) => ['property', 'plans', 'list', communityId] as const,
  plan: (id: string) => ['property', 'plans', 'one', id] as const,
  butlers: (nodeId: string) => ['property', 'butlers', nodeId] as const,
  facilities: (nodeId: string) => ['property', 'facilities', nodeId] as const,
  /** A check result being saved: each changes the order's version, so they go one at a time. */
  checking: (id: string) => ['property', 'checking', id] as const,
}

/** One of the butlers' lists, newest first, a page at a time; every list but "mine" is a community's. */
export function usePropertyList(query: { view: PropertyListView; communityId?: string }, pageSize = 20) {
  return useCursorList(
    propertyKeys.list({ ...query, limit: pageSize }),
    (cursor) =>
      call(api.GET('/api/v1/property', { params: { query: { ...query, limit: pageSize, cursor } } })),
    { enabled: query.view === 'mine' || query.communityId !== undefined },
  )
}

export function useProperty(id: string) {
  return useQuery({
    queryKey: propertyKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/property/{id}', { params: { path: { id } } })),
    // Another butler may take it, the community may accept it: what the page offers must be fresh.
    staleTime: 0,
  })
}

export function usePropertyCategories() {
  return useQuery({
    queryKey: propertyKeys.categories,
    queryFn: () => call(api.GET('/api/v1/property-categories')),
    staleTime: 30 * 60_000,
  })
}

export function useFileProperty() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PropertyFileBody) => call(api.POST('/api/v1/property', { body })),
    onSuccess: (view) => {
      queryClient.setQueryData(propertyKeys.one(view.item.id), view)
      void queryClient.invalidateQueries({ queryKey: ['property', 'list'] })
    },
  })
}

/** Records one facility's result on a planned check; the order's whole view comes back. */
export function useRecordCheck(id: string) {
  const refresh = useRefreshItem('property')
  return useMutation({
    mutationKey: propertyKeys.checking(id),
    mutationFn: ({ facilityId, ...body }: CheckBody & { facilityId: string }) =>
      call(
        api.PUT('/api/v1/property/{id}/checks/{facilityId}', {
          params: { path: { id, facilityId } },
          body,
        }),
      ),
    onSuccess: (view) => {
      refresh(view, id)
    },
  })
}

/** A photo of the order, for its readers. */
export function propertyFileUrl(itemId: string, fileId: string): string {
  return `/api/v1/property/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`
}

// --- Maintenance plans ----------------------------------------------------------------------------

export function usePlans(communityId: string | undefined) {
  return useQuery({
    queryKey: propertyKeys.plans(communityId ?? ''),
    enabled: communityId !== undefined,
    queryFn: () =>
      call(api.GET('/api/v1/property/plans', { params: { query: { communityId: communityId ?? '' } } })),
    staleTime: 0,
  })
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: propertyKeys.plan(id),
    queryFn: () => call(api.GET('/api/v1/property/plans/{id}', { params: { path: { id } } })),
    staleTime: 0,
  })
}

export function useCreatePlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PlanBody) => call(api.POST('/api/v1/property/plans', { body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(propertyKeys.plan(plan.id), plan)
      void queryClient.invalidateQueries({ queryKey: ['property'] })
    },
  })
}

export function usePatchPlan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: PlanPatchBody & { id: string }) =>
      call(api.PATCH('/api/v1/property/plans/{id}', { params: { path: { id } }, body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(propertyKeys.plan(plan.id), plan)
      void queryClient.invalidateQueries({ queryKey: ['property', 'plans', 'list'] })
    },
  })
}

/** Whom a plan at this place may send its checks to (the red butlers first). */
export function useButlers(nodeId: string | undefined) {
  return useQuery({
    queryKey: propertyKeys.butlers(nodeId ?? ''),
    enabled: nodeId !== undefined,
    queryFn: () => call(api.GET('/api/v1/property/butlers', { params: { query: { nodeId: nodeId ?? '' } } })),
    staleTime: 5 * 60_000,
  })
}

/**
 * Every facility of the registry at a place and below, in service or faulty (a retired one is
 * neither planned nor worked on): read page by page to the end, as a plan picks among all of them.
 */
export function useFacilitiesUnder(nodeId: string | undefined) {
  return useQuery({
    queryKey: propertyKeys.facilities(nodeId ?? ''),
    enabled: nodeId !== undefined,
    staleTime: 60_000,
    queryFn: async () => {
      const out: Facility[] = []
      let cursor: string | undefined
      for (let page = 0; page < 50; page++) {
        const res = await call(
          api.GET('/api/v1/org/nodes/{id}/facilities', {
            params: { path: { id: nodeId ?? '' }, query: { limit: 100, ...(cursor ? { cursor } : {}) } },
          }),
        )
        out.push(...res.items.filter((f) => f.state !== 'retired'))
        if (!res.nextCursor) break
        cursor = res.nextCursor
      }
      return out
    },
  })
}
