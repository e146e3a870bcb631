import type { TFunction } from 'i18next'
import { isApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from '../api/errors'

/** The sentence to show for any error: the server's own (already localised) message when there is one. */
export function errorText(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.unknown')
  if (error.message !== '') return error.message
  if (error.code === NETWORK_ERROR) return t('errors.network')
  if (error.code === UNEXPECTED_RESPONSE) return t('errors.unexpected', { status: error.status })
  return t('errors.unknown')
}
