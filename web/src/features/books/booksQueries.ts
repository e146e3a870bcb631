import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import { useReadableVillages, type ReadableVillage } from '../org/useReadableVillages'
import type {
  AccountBody,
  LedgerQuery,
  LegacyImportMode,
  OpeningLineBody,
  Report,
  Voucher,
  VoucherBody,
  VoucherState,
} from './types'

export const booksKeys = {
  all: (villageId: string) => ['books', villageId] as const,
  book: (villageId: string) => ['books', villageId, 'book'] as const,
  accounts: (villageId: string) => ['books', villageId, 'accounts'] as const,
  vouchers: (villageId: string, query: { period?: string; state?: VoucherState }) =>
    ['books', villageId, 'vouchers', query] as const,
  voucher: (villageId: string, id: string) => ['books', villageId, 'voucher', id] as const,
  trialBalance: (villageId: string, period: string) => ['books', villageId, 'trial-balance', period] as const,
  statement: (villageId: string, report: Report, period: string) =>
    ['books', villageId, 'statement', report, period] as const,
  opening: (villageId: string) => ['books', villageId, 'opening'] as const,
  legacyMapping: (villageId: string) => ['books', villageId, 'legacy-mapping'] as const,
  ledger: (villageId: string, query: LedgerQuery) => ['books', villageId, 'ledger', query] as const,
}

const path = (villageId: string) => ({ path: { villageId } })

export type BooksVillage = ReadableVillage
const accountants = ['village_accountant'] as const

/**
 * The villages whose books the reader may open: their own as its accountant, or, for a reader
 * holding village.books.read over an area (an auditor), the villages its communities host.
 */
export function useBooksVillages() {
  return useReadableVillages('village.books.read', accountants)
}

export function useBook(villageId: string) {
  return useQuery({
    queryKey: booksKeys.book(villageId),
    queryFn: () => call(api.GET('/api/v1/villages/{villageId}/books', { params: path(villageId) })),
    retry: false,
    staleTime: 0,
  })
}

export function useAccounts(villageId: string, enabled = true) {
  return useQuery({
    queryKey: booksKeys.accounts(villageId),
    enabled,
    queryFn: () => call(api.GET('/api/v1/villages/{villageId}/books/accounts', { params: path(villageId) })),
  })
}

export function useVouchers(villageId: string, query: { period?: string; state?: VoucherState }) {
  return useQuery({
    queryKey: booksKeys.vouchers(villageId, query),
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/books/vouchers', {
          params: { ...path(villageId), query },
        }),
      ),
    staleTime: 0,
  })
}

export function useVoucher(villageId: string, id: string | undefined) {
  return useQuery({
    queryKey: booksKeys.voucher(villageId, id ?? ''),
    enabled: id !== undefined,
    retry: false,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/books/vouchers/{id}', {
          params: { path: { villageId, id: id ?? '' } },
        }),
      ),
  })
}

export function useTrialBalance(villageId: string, period: string | undefined) {
  return useQuery({
    queryKey: booksKeys.trialBalance(villageId, period ?? ''),
    enabled: period !== undefined,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/books/trial-balance', {
          params: { ...path(villageId), query: { period: period ?? '' } },
        }),
      ),
  })
}

export function useStatement(villageId: string, report: Report, period: string | undefined) {
  return useQuery({
    queryKey: booksKeys.statement(villageId, report, period ?? ''),
    enabled: period !== undefined,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/books/statements/{report}', {
          params: { path: { villageId, report }, query: { period: period ?? '' } },
        }),
      ),
  })
}

export function useLedger(villageId: string, query: LedgerQuery | undefined) {
  return useQuery({
    queryKey: booksKeys.ledger(villageId, query ?? { accountCode: '', from: '', to: '' }),
    enabled: query !== undefined,
    staleTime: 0,
    queryFn: () =>
      call(
        api.GET('/api/v1/villages/{villageId}/books/ledger', {
          params: { ...path(villageId), query: query ?? { accountCode: '', from: '', to: '' } },
        }),
      ),
  })
}

/** Where the browser downloads a report as .xlsx (a plain GET: the session cookie goes with it). */
export const exportUrls = {
  trialBalance: (villageId: string, period: string) =>
    `/api/v1/villages/${encodeURIComponent(villageId)}/books/trial-balance.xlsx?${new URLSearchParams({ period }).toString()}`,
  statement: (villageId: string, report: Report, period: string) =>
    `/api/v1/villages/${encodeURIComponent(villageId)}/books/statements/${report}/export.xlsx?${new URLSearchParams({ period }).toString()}`,
  statementPdf: (villageId: string, report: Report, period: string) =>
    `/api/v1/villages/${encodeURIComponent(villageId)}/books/statements/${report}/export.pdf?${new URLSearchParams({ period }).toString()}`,
  ledger: (villageId: string, query: LedgerQuery) =>
    `/api/v1/villages/${encodeURIComponent(villageId)}/books/ledger.xlsx?${new URLSearchParams({ ...query }).toString()}`,
}

/** Every write changes what the book's pages show: drop them all and read again. */
function useInvalidateBooks(villageId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: booksKeys.all(villageId) })
}

export function useOpenBooks(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (startPeriod: string) =>
      call(
        api.POST('/api/v1/villages/{villageId}/books', { params: path(villageId), body: { startPeriod } }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useAddAccount(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (body: AccountBody) =>
      call(api.POST('/api/v1/villages/{villageId}/books/accounts', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useSaveVoucher(villageId: string, existing: Voucher | undefined) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (body: VoucherBody) =>
      existing
        ? call(
            api.PUT('/api/v1/villages/{villageId}/books/vouchers/{id}', {
              params: { path: { villageId, id: existing.id } },
              body: { ...body, version: existing.version },
            }),
          )
        : call(api.POST('/api/v1/villages/{villageId}/books/vouchers', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export type VoucherStep = 'review' | 'post' | 'discard' | 'reversal'

export function useVoucherStep(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: async ({ step, voucher, date }: { step: VoucherStep; voucher: Voucher; date?: string }) => {
      const params = { path: { villageId, id: voucher.id } }
      const body = { version: voucher.version }
      switch (step) {
        case 'review':
          return call(api.POST('/api/v1/villages/{villageId}/books/vouchers/{id}/review', { params, body }))
        case 'post':
          return call(api.POST('/api/v1/villages/{villageId}/books/vouchers/{id}/post', { params, body }))
        case 'reversal':
          return call(
            api.POST('/api/v1/villages/{villageId}/books/vouchers/{id}/reversal', {
              params,
              body: { ...body, ...(date ? { date } : {}) },
            }),
          )
        case 'discard':
          await call(api.POST('/api/v1/villages/{villageId}/books/vouchers/{id}/discard', { params, body }))
          return null
      }
    },
    onSuccess: () => invalidate(),
  })
}

export function useClosePeriod(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (period: string) =>
      call(
        api.POST('/api/v1/villages/{villageId}/books/periods/{period}/close', {
          params: { path: { villageId, period } },
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

export function useCarryForward(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (period: string) =>
      call(
        api.POST('/api/v1/villages/{villageId}/books/periods/{period}/carry-forward', {
          params: { path: { villageId, period } },
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

// --- 期初余额 and the import of 2004-system balances ------------------------------------------------

export function useOpening(villageId: string) {
  return useQuery({
    queryKey: booksKeys.opening(villageId),
    staleTime: 0,
    queryFn: () => call(api.GET('/api/v1/villages/{villageId}/books/opening', { params: path(villageId) })),
  })
}

export function useLegacyMapping(villageId: string, enabled: boolean) {
  return useQuery({
    queryKey: booksKeys.legacyMapping(villageId),
    enabled,
    queryFn: () =>
      call(api.GET('/api/v1/villages/{villageId}/books/opening/mapping', { params: path(villageId) })),
  })
}

export function usePutOpeningLine(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (body: OpeningLineBody) =>
      call(api.PUT('/api/v1/villages/{villageId}/books/opening/lines', { params: path(villageId), body })),
    onSuccess: () => invalidate(),
  })
}

export function useConfirmOpening(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: (version: number) =>
      call(
        api.POST('/api/v1/villages/{villageId}/books/opening/confirm', {
          params: path(villageId),
          body: { version },
        }),
      ),
    onSuccess: () => invalidate(),
  })
}

export interface MappingChoice {
  legacyCode: string
  accountCode: string
}

export function useImportLegacy(villageId: string) {
  const invalidate = useInvalidateBooks(villageId)
  return useMutation({
    mutationFn: ({
      mode,
      mapping,
      file,
    }: {
      mode: LegacyImportMode
      mapping: MappingChoice[]
      file: File
    }) => {
      // Text fields first: the server reads the parts in order.
      const form = new FormData()
      form.append('mode', mode)
      if (mapping.length > 0) form.append('mapping', JSON.stringify(mapping))
      form.append('file', file, file.name)
      return call(
        api.POST('/api/v1/villages/{villageId}/books/opening/import', {
          params: path(villageId),
          // The route takes multipart (no JSON schema to type it); FormData goes out as it is.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      )
    },
    onSuccess: (result) => {
      if (result.committed) void invalidate()
    },
  })
}
