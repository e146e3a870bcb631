import { describe, expect, it } from 'vitest'
import { checkBallots, isCarriedOut, tally, voteOutcome } from './consult.domain.js'

describe('协商议事 votes', () => {
  const invitees = [
    { id: 'a', attended: true },
    { id: 'b', attended: true },
    { id: 'c', attended: false },
  ]

  it('lets only invitees who attended vote, once each, and names every problem', () => {
    expect(checkBallots(invitees, [{ inviteeId: 'a' }, { inviteeId: 'b' }])).toEqual([])
    expect(
      checkBallots(invitees, [
        { inviteeId: 'a' },
        { inviteeId: 'c' },
        { inviteeId: 'x' },
        { inviteeId: 'a' },
      ]),
    ).toEqual([
      { inviteeId: 'c', problem: 'absent' },
      { inviteeId: 'x', problem: 'not_invited' },
      { inviteeId: 'a', problem: 'twice' },
    ])
  })

  it('adopts on a majority of the votes for or against; a tie or nothing cast is rejected', () => {
    expect(tally([{ choice: 'for' }, { choice: 'for' }, { choice: 'abstain' }])).toEqual({
      for: 2,
      against: 0,
      abstain: 1,
    })
    expect(voteOutcome({ for: 3, against: 2, abstain: 4 })).toBe('adopted')
    expect(voteOutcome({ for: 2, against: 2, abstain: 0 })).toBe('rejected')
    expect(voteOutcome({ for: 0, against: 0, abstain: 3 })).toBe('rejected')
  })

  it('counts a decision carried out only when it has tasks and every live one is closed', () => {
    expect(isCarriedOut([])).toBe(false)
    expect(isCarriedOut(['closed', 'in_progress'])).toBe(false)
    expect(isCarriedOut(['closed', 'rated', 'cancelled'])).toBe(true)
    expect(isCarriedOut(['cancelled'])).toBe(false)
  })
})
