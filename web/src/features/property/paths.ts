import { useMemo } from 'react'
import { useInPhoneLayout } from '../requests/format'

/** Paths of the 红管家 pages in the layout the reader is in (/m/… on the phone). */
export function usePropertyPaths() {
  const phone = useInPhoneLayout()
  return useMemo(() => {
    const prefix = phone ? '/m' : ''
    return {
      phone,
      list: `${prefix}/property`,
      file: `${prefix}/property/new`,
      order: (id: string) => `${prefix}/property/${id}`,
      request: (id: string) => `${prefix}/requests/${id}`,
      // Plans are planned at the desk; a butler on the phone reads them there too.
      plans: '/property/plans',
      newPlan: '/property/plans/new',
      plan: (id: string) => `/property/plans/${id}`,
    }
  }, [phone])
}
