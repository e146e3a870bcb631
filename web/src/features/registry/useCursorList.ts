import {
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query'
import type { Page } from './types'

export type CursorList<T> = UseInfiniteQueryResult<InfiniteData<Page<T>, string | undefined>>

/** A keyset-paged list read a page at a time ("加载更多"); the cursor is the server's, opaque. */
export function useCursorList<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: { enabled?: boolean } = {},
): CursorList<T> {
  return useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  })
}

/** Every row loaded so far, in order. */
export function rowsOf<T>(list: CursorList<T>): T[] {
  return list.data?.pages.flatMap((page) => page.items) ?? []
}
