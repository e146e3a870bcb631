import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { api, call, setCsrfToken, type Me, type Session } from '../../api/client'
import { isApiError, isSessionLost } from '../../api/errors'
import type { Locale } from '../../i18n/locale'

export const sessionKey = ['session'] as const

/** The current session, or null when nobody is signed in (that is an answer, not an error). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await call(api.GET('/api/v1/auth/session'))
      setCsrfToken(session.csrfToken)
      return session
    } catch (error) {
      if (isSessionLost(error)) {
        setCsrfToken(null)
        return null
      }
      throw error
    }
  },
  staleTime: 60_000,
})

export function useSession() {
  return useQuery(sessionQuery)
}

/** The signed-in user; only for components rendered inside RequireAuth. */
export function useMe(): Me {
  const { data } = useSession()
  if (!data) throw new Error('useMe() used outside RequireAuth')
  return data.user
}

/** Forgets the signed-in state; RequireAuth then sends the browser to the login page. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null)
  queryClient.setQueryData(sessionQuery.queryKey, null)
}

/** Drops everything cached for the person who was signed in (all but the session itself). */
export function forgetPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
}

// Why the last session ended decides where sign-in leads: a session that expired returns the person
// to the page they were on; signing out on purpose starts afresh at the login page.
let signedOutOnPurpose = false

export function wasSignedOutOnPurpose(): boolean {
  return signedOutOnPurpose
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      call(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (session) => {
      signedOutOnPurpose = false
      setCsrfToken(session.csrfToken)
      // Data cached before sign-in (possibly another person's) must not show through.
      forgetPersonalData(queryClient)
      queryClient.setQueryData(sessionQuery.queryKey, session)
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      try {
        await call(api.POST('/api/v1/auth/logout'))
      } catch (error) {
        // Already signed out on the server: the goal is reached.
        if (!isSessionLost(error)) throw error
      }
    },
    onSuccess: () => {
      signedOutOnPurpose = true
      forgetSession(queryClient)
    },
  })
}

async function patchLocale(version: number, locale: Locale): Promise<Me> {
  return call(api.PATCH('/api/v1/auth/me', { body: { version, locale } }))
}

/** Saves the interface language to the account, so it follows the person to other devices. */
export function useSaveLocale() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (locale: Locale): Promise<Me> => {
      const session = queryClient.getQueryData(sessionQuery.queryKey)
      if (!session) throw new Error('useSaveLocale() without a session')
      try {
        return await patchLocale(session.user.version, locale)
      } catch (error) {
        // The account changed elsewhere (e.g. display name edited in another tab). A language
        // choice does not depend on those changes, so retry once on the fresh version.
        if (!isApiError(error) || error.code !== 'VERSION_CONFLICT') throw error
        const fresh = await queryClient.query({ ...sessionQuery, staleTime: 0 })
        if (!fresh) throw error
        return patchLocale(fresh.user.version, locale)
      }
    },
    onSuccess: (user) => {
      queryClient.setQueryData(sessionQuery.queryKey, (old) => (old ? { ...old, user } : old))
    },
  })
}
