// Files the API sends as attachments (templates, exports, error workbooks). Fetched rather than
// linked, so a refusal shows the server's message instead of a downloaded error page.
import { NETWORK_ERROR, ApiError, toApiError } from '../../api/errors'
import { currentLocale } from '../../i18n/locale'

/** The name from `Content-Disposition` (filename* first, as the server sends UTF-8 names there). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? ''
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // A malformed name is not worth failing the download over.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback
}

/** Downloads a GET attachment from the API under its own name; throws ApiError when refused. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLocale() },
    })
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '')
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined)
    throw toApiError(response.status, body)
  }
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = fileNameOf(response, fallbackName)
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start reading the blob before it is released.
  setTimeout(() => {
    URL.revokeObjectURL(href)
  }, 10_000)
}
