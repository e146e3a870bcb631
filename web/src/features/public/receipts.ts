// The reports filed from this phone, kept on the phone only (the server never links them to a
// device): so a resident who closed the receipt can still reach the follow-up page.
export interface Receipt {
  number: string
  token: string
  code: string
  buildingName: string
  at: number
}

const storageKey = 'tongxin.publicReceipts'
const keep = 10

export function loadReceipts(): Receipt[] {
  try {
    const raw = localStorage.getItem(storageKey)
    const parsed: unknown = raw ? JSON.parse(raw) : []
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (r): r is Receipt =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as Receipt).number === 'string' &&
        typeof (r as Receipt).token === 'string' &&
        typeof (r as Receipt).code === 'string' &&
        typeof (r as Receipt).buildingName === 'string' &&
        typeof (r as Receipt).at === 'number',
    )
  } catch {
    return []
  }
}

export function saveReceipt(receipt: Receipt): void {
  try {
    const rest = loadReceipts().filter((r) => r.token !== receipt.token)
    localStorage.setItem(storageKey, JSON.stringify([receipt, ...rest].slice(0, keep)))
  } catch {
    // Private browsing or a full storage: the receipt page still shows the link once.
  }
}

export function followUpPath(token: string): string {
  return `/f/${encodeURIComponent(token)}`
}
