import { useMemo } from 'react'
import { useInPhoneLayout } from '../requests/format'

/** Paths of the 红代办 pages in the layout the reader is in (/m/… on the phone). */
export function useProxyPaths() {
  const phone = useInPhoneLayout()
  return useMemo(() => {
    const prefix = phone ? '/m' : ''
    return {
      phone,
      list: `${prefix}/proxy`,
      file: `${prefix}/proxy/new`,
      errand: (id: string) => `${prefix}/proxy/${id}`,
      figures: '/proxy/figures',
    }
  }, [phone])
}
