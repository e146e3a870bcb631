import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import type { paths } from '../../api/schema'

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never
type Ok<P extends keyof paths> = paths[P] extends { get: { responses: { 200: infer R } } } ? JsonOf<R> : never
type BodyOf<P extends keyof paths, M extends 'post' | 'put' = 'post'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer B } } }
}
  ? B
  : never

type Base = '/api/v1/villages/{villageId}/estate'
export type Parcel = Ok<`${Base}/parcels/{id}`>
export type AssetCard = Ok<`${Base}/assets/{id}`>
export type Contract = Ok<`${Base}/contracts/{id}`>
export type ContractSummary = Ok<`${Base}/contracts`>['items'][number]
export type Reconciliation = Ok<`${Base}/assets/reconciliation`>
export type ParcelBody = BodyOf<`${Base}/parcels`>
type ParcelStatusBody = BodyOf<`${Base}/parcels/{id}/status`>
type AssetBody = BodyOf<`${Base}/assets`>
type AssetStatusBody = BodyOf<`${Base}/assets/{id}/status`>
export type ContractBody = BodyOf<`${Base}/contracts`>

const key = (villageId: string, ...rest: unknown[]) => ['estate', villageId, ...rest] as const
const path = (villageId: string) => ({ path: { villageId } })
const item = (villageId: string, id: string) => ({ path: { villageId, id } })

function useInvalidate(villageId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: ['estate', villageId] })
}

export function useParcels(villageId: string) {
  return useQuery({
    queryKey: key(villageId, 'parcels'),
    retry: false,
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/villages/{villageId}/estate/parcels', { params: path(villageId) })),
  })
}

export function useParcel(villageId: string, id: string) {
  return useQuery({
    queryKey: key(villageId, 'parcel', id),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/estate/parcels/{id}', { params: item(villageId, id) })),
  })
}

export function useAddParcel(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: ParcelBody) =>
      call(api.POST('/api/v1/villages/{villageId}/estate/parcels', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useParcelStatus(villageId: string, id: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: ParcelStatusBody) =>
      call(
        api.POST('/api/v1/villages/{villageId}/estate/parcels/{id}/status', {
          params: item(villageId, id),
          body,
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useAssets(villageId: string) {
  return useQuery({
    queryKey: key(villageId, 'assets'),
    retry: false,
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/villages/{villageId}/estate/assets', { params: path(villageId) })),
  })
}

export function useAsset(villageId: string, id: string) {
  return useQuery({
    queryKey: key(villageId, 'asset', id),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/estate/assets/{id}', { params: item(villageId, id) })),
  })
}

export function useAddAsset(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: AssetBody) =>
      call(api.POST('/api/v1/villages/{villageId}/estate/assets', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useAssetStatus(villageId: string, id: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: AssetStatusBody) =>
      call(
        api.POST('/api/v1/villages/{villageId}/estate/assets/{id}/status', {
          params: item(villageId, id),
          body,
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useReconciliation(villageId: string, period: string) {
  return useQuery({
    queryKey: key(villageId, 'reconciliation', period),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/estate/assets/reconciliation', {
          params: { ...path(villageId), query: { period } },
        }),
      ),
  })
}

export function useContracts(villageId: string, flag: 'expiring' | 'overdue' | undefined) {
  return useQuery({
    queryKey: key(villageId, 'contracts', flag ?? 'all'),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/estate/contracts', {
          params: { ...path(villageId), query: flag ? { flag } : {} },
        }),
      ),
  })
}

export function useContract(villageId: string, id: string) {
  return useQuery({
    queryKey: key(villageId, 'contract', id),
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/estate/contracts/{id}', { params: item(villageId, id) })),
  })
}

export function useAddContract(villageId: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (body: ContractBody) =>
      call(api.POST('/api/v1/villages/{villageId}/estate/contracts', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useContractStep(villageId: string, id: string) {
  const invalidate = useInvalidate(villageId)
  return useMutation({
    mutationFn: (
      step:
        | { kind: 'schedule'; instalments: { dueOn: string; amountFen: number }[]; version: number }
        | { kind: 'sign'; signedOn: string; version: number }
        | { kind: 'receipt'; receivedOn: string; amountFen: number; method: 'bank' | 'cash' }
        | { kind: 'release'; year: number },
    ) => {
      const params = item(villageId, id)
      switch (step.kind) {
        case 'schedule':
          return call(
            api.PUT('/api/v1/villages/{villageId}/estate/contracts/{id}/schedule', {
              params,
              body: { instalments: step.instalments, version: step.version },
            }),
          )
        case 'sign':
          return call(
            api.POST('/api/v1/villages/{villageId}/estate/contracts/{id}/sign', {
              params,
              body: { signedOn: step.signedOn, version: step.version },
            }),
          )
        case 'release':
          return call(
            api.POST('/api/v1/villages/{villageId}/estate/contracts/{id}/release', {
              params,
              body: { year: step.year },
            }),
          ).then(() => undefined)
        case 'receipt':
          return call(
            api.POST('/api/v1/villages/{villageId}/estate/contracts/{id}/receipts', {
              params,
              body: { receivedOn: step.receivedOn, amountFen: step.amountFen, method: step.method },
            }),
          )
      }
    },
    onSuccess: () => invalidate(),
  })
}
