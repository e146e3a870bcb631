import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError, isSessionLost, NETWORK_ERROR } from '../../api/errors'
import { forgetSession } from '../auth/session'

/** Worth another try: no answer at all, or the server failed; a 4xx will answer the same again. */
function isTransient(error: unknown): boolean {
  return isApiError(error) && (error.code === NETWORK_ERROR || error.status >= 500)
}

export function createQueryClient(): QueryClient {
  // Any call that finds the session gone (expired, revoked) sends the person to sign in again,
  // wherever it was made; RequireAuth does the redirect once the session is forgotten.
  const onError = (error: unknown) => {
    if (isSessionLost(error)) forgetSession(queryClient)
  }
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: (failureCount, error) => failureCount < 2 && isTransient(error) },
      mutations: { retry: false },
    },
  })
  return queryClient
}
