import { describe, expect, it } from 'vitest'
import {
  checkAddition,
  checkHeadChange,
  checkJoin,
  checkLeave,
  checkMoveIn,
  checkMoveOut,
  checkPastDay,
  checkRemoval,
  covers,
  isCalendarDay,
  isRelation,
  relationNamesZh,
  relations,
  shareOf,
} from './household.domain.js'

const today = '2026-11-25'

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2025-02-29')).toBe(false)
    expect(isCalendarDay('2025-13-01')).toBe(false)
    expect(isCalendarDay('2025-3-1')).toBe(false)
  })

  it('refuses a day in the future, naming today, and a non-day, in both languages', () => {
    expect(checkPastDay('date', today, today)).toBeNull()
    expect(checkPastDay('date', '2026-11-26', today)).toMatchObject({
      field: 'date',
      rule: 'notFuture',
      zh: '日期 2026-11-26 晚于今天（2026-11-25）',
    })
    expect(checkPastDay('date', '2025-02-30', today)).toMatchObject({ rule: 'format' })
  })

  it('reads periods as [from, to): the day of leaving belongs to the next place', () => {
    const p = { from: '2025-01-10', to: '2025-06-01' }
    expect(covers(p, '2025-01-09')).toBe(false)
    expect(covers(p, '2025-01-10')).toBe(true)
    expect(covers(p, '2025-05-31')).toBe(true)
    expect(covers(p, '2025-06-01')).toBe(false)
    expect(covers({ from: null, to: null }, '1990-01-01')).toBe(true)
  })
})

describe('moving in and out', () => {
  it('lets a first move-in happen on any past day', () => {
    expect(checkMoveIn('2020-01-01', today, null)).toBeNull()
    expect(checkMoveIn('2026-12-01', today, null)?.rule).toBe('notFuture')
  })

  it('refuses a move-in before the current residence began; the same day is allowed', () => {
    const open = { movedInOn: '2025-03-01', movedOutOn: null }
    expect(checkMoveIn('2025-02-28', today, open)).toMatchObject({
      rule: 'notBeforeCurrent',
      zh: '搬入日期 2025-02-28 早于该户搬入现住房的日期（2025-03-01）',
    })
    expect(checkMoveIn('2025-03-01', today, open)).toBeNull()
    expect(checkMoveIn('2025-09-01', today, open)).toBeNull()
  })

  it('refuses a move-in that would rewrite history before the last move-out', () => {
    const closed = { movedInOn: '2025-03-01', movedOutOn: '2025-08-01' }
    expect(checkMoveIn('2025-05-01', today, closed)?.rule).toBe('notBeforeLastMoveOut')
    expect(checkMoveIn('2025-08-01', today, closed)).toBeNull()
  })

  it('refuses a move-out before the move-in or in the future', () => {
    const open = { movedInOn: '2025-03-01', movedOutOn: null }
    expect(checkMoveOut('2025-02-01', today, open)?.rule).toBe('notBeforeMoveIn')
    expect(checkMoveOut('2027-01-01', today, open)?.rule).toBe('notFuture')
    expect(checkMoveOut('2025-03-01', today, open)).toBeNull()
  })
})

describe('members and the head', () => {
  it('knows the seven relations with their Chinese names', () => {
    expect(relations.map((r) => relationNamesZh[r])).toEqual([
      '户主',
      '配偶',
      '子女',
      '父母',
      '孙子女',
      '兄弟姐妹',
      '其他',
    ])
    expect(isRelation('spouse')).toBe(true)
    expect(isRelation('cousin')).toBe(false)
  })

  it('checks joining and leaving days', () => {
    expect(checkJoin(null, today)).toBeNull()
    expect(checkJoin('2030-01-01', today)?.field).toBe('joinedOn')
    expect(checkLeave('2025-01-01', '2025-02-01', today)).toMatchObject({
      field: 'leftOn',
      rule: 'notBeforeJoin',
    })
    expect(checkLeave('2025-02-01', '2025-02-01', today)).toBeNull()
    expect(checkLeave('2025-02-01', null, today)).toBeNull()
  })

  it('lets the head leave only together with naming another current member as head', () => {
    expect(
      checkRemoval({ removingHead: true, newHeadPersonId: null, newHeadIsOtherCurrentMember: false })?.zh,
    ).toBe('户主不能直接迁出，请同时指定新户主')
    expect(
      checkRemoval({ removingHead: true, newHeadPersonId: 'p2', newHeadIsOtherCurrentMember: false })?.zh,
    ).toBe('新户主必须是该户的其他现有成员')
    expect(
      checkRemoval({ removingHead: true, newHeadPersonId: 'p2', newHeadIsOtherCurrentMember: true }),
    ).toBeNull()
    expect(
      checkRemoval({ removingHead: false, newHeadPersonId: 'p2', newHeadIsOtherCurrentMember: true }),
    ).not.toBeNull()
    expect(
      checkRemoval({ removingHead: false, newHeadPersonId: null, newHeadIsOtherCurrentMember: false }),
    ).toBeNull()
  })

  it('allows one head: a second "head" is refused, a headless household takes one', () => {
    expect(checkAddition('head', true)).not.toBeNull()
    expect(checkAddition('head', false)).toBeNull()
    expect(checkAddition('child', true)).toBeNull()
  })

  it('changes the head only to another current member', () => {
    expect(checkHeadChange({ isCurrentMember: false, isPresentHead: false })).not.toBeNull()
    expect(checkHeadChange({ isCurrentMember: true, isPresentHead: true })?.zh).toBe('此人已是户主')
    expect(checkHeadChange({ isCurrentMember: true, isPresentHead: false })).toBeNull()
  })
})

describe('moved-in share', () => {
  it('rounds once, half up, to four decimals', () => {
    expect(shareOf(3, 4)).toBe(0.75)
    expect(shareOf(1, 3)).toBe(0.3333)
    expect(shareOf(2, 3)).toBe(0.6667)
    expect(shareOf(1, 8)).toBe(0.125)
    expect(shareOf(1, 20000)).toBe(0.0001)
    expect(shareOf(1, 20001)).toBe(0)
    expect(shareOf(4, 4)).toBe(1)
  })

  it('is 0 for a community without households', () => {
    expect(shareOf(0, 0)).toBe(0)
  })
})
