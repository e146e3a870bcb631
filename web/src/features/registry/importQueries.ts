import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../../api/client'
import type { ImportMode, ImportStatus, ImportView } from './types'
import { useCursorList } from './useCursorList'

const finished: ReadonlySet<ImportStatus> = new Set(['done', 'rejected', 'failed'])

export function isFinished(status: ImportStatus): boolean {
  return finished.has(status)
}

/** An import and its first problems; polled every second until it has finished. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['imports', 'one', id],
    queryFn: () =>
      call(
        api.GET('/api/v1/imports/{id}', {
          params: { path: { id: id ?? '' }, query: { errorsLimit: 100 } },
        }),
      ),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status
      return status === undefined || !isFinished(status) ? 1000 : false
    },
  })
}

/** Further pages of an import's problems, after the first that came with the import. */
export async function fetchImportProblems(id: string, cursor: string): Promise<ImportView['errors']> {
  const view = await call(
    api.GET('/api/v1/imports/{id}', {
      params: { path: { id }, query: { errorsLimit: 100, errorsCursor: cursor } },
    }),
  )
  return view.errors
}

export function useRecentImports(nodeId: string) {
  return useCursorList(['imports', 'node', nodeId], (cursor) =>
    call(
      api.GET('/api/v1/org/nodes/{id}/imports', {
        params: { path: { id: nodeId }, query: { limit: 20, cursor } },
      }),
    ),
  )
}

export function useStartImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ communityId, mode, file }: { communityId: string; mode: ImportMode; file: File }) => {
      // Text fields first: the server reads the parts in order.
      const form = new FormData()
      form.append('community', communityId)
      form.append('mode', mode)
      form.append('file', file, file.name)
      return call(
        api.POST('/api/v1/imports', {
          // The route takes multipart (no JSON schema to type it); FormData goes out as it is.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      )
    },
    onSuccess: (view) => {
      queryClient.setQueryData(['imports', 'one', view.id], view)
      void queryClient.invalidateQueries({ queryKey: ['imports', 'node'] })
    },
  })
}
