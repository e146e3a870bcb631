import { isApiError } from '../../api/errors'

/** The server's "not found or no access": a part of a record this reader may not see. */
export function isOutOfReach(error: unknown): boolean {
  return isApiError(error) && error.status === 404
}
