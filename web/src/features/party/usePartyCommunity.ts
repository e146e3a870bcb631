import { useSearchParams } from 'react-router'
import { useCentreCommunities } from '../centre/useCentreCommunities'

/** The community the page is about: from the address (?community=), else the reader's first. */
export function usePartyCommunity() {
  const [params, setParams] = useSearchParams()
  const { communities, isPending, error } = useCentreCommunities()
  const community = communities.find((c) => c.id === params.get('community')) ?? communities[0]
  const choose = (id: string) => {
    setParams(
      (old) => {
        const next = new URLSearchParams(old)
        next.set('community', id)
        return next
      },
      { replace: true },
    )
  }
  return { community, communities, isPending, error, choose }
}
