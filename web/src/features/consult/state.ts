import type { ConsultView } from './types'

/** The agenda, invitations and the meeting's time may change until the meeting is held. */
export function isPreparing(view: Pick<ConsultView, 'state'>): boolean {
  return view.state === 'proposed' || view.state === 'scheduled'
}
