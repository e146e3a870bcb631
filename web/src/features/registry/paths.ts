import { useCallback } from 'react'
import { useLocation } from 'react-router'

// The phone pages mirror the desk ones under /m, so a link followed on a phone stays in the
// phone layout.

export function useInPhoneLayout(): boolean {
  const { pathname } = useLocation()
  return pathname === '/m' || pathname.startsWith('/m/')
}

/** The path of a person's page in the layout the reader is in. */
export function usePersonPath(): (id: string) => string {
  const phone = useInPhoneLayout()
  return useCallback((id: string) => `${phone ? '/m' : ''}/persons/${id}`, [phone])
}

export function useSearchPath(): (q?: string) => string {
  const phone = useInPhoneLayout()
  return useCallback(
    (q?: string) => `${phone ? '/m' : ''}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    [phone],
  )
}

/** The path of a household's page in the layout the reader is in. */
export function useHouseholdPath(): (id: string) => string {
  const phone = useInPhoneLayout()
  return useCallback((id: string) => `${phone ? '/m' : ''}/households/${id}`, [phone])
}
