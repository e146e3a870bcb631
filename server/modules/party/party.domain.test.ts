import { describe, expect, it } from 'vitest'
import {
  checkMinutes,
  checkTarget,
  confirmedMinutes,
  homeNameFor,
  hoursTextZh,
  nextRecordState,
} from './party.domain.js'

describe('党员报到 rules', () => {
  it('takes service time in half hours, more than none and at most a day', () => {
    expect(checkMinutes(30)).toEqual([])
    expect(checkMinutes(120)).toEqual([])
    expect(checkMinutes(1440)).toEqual([])
    expect(checkMinutes(0)[0]?.message).toBe('服务时长须大于 0')
    expect(checkMinutes(-30)[0]?.rule).toBe('positive')
    expect(checkMinutes(45)[0]?.message).toContain('按半小时计')
    expect(checkMinutes(1470)[0]?.message).toContain('不能超过 24 小时')
    expect(checkMinutes(1.5)[0]?.rule).toBe('positive')
  })

  it('asks a post record for its post and a need/task record for its claim, and nothing else', () => {
    expect(checkTarget('post', {})[0]?.path).toBe('/postId')
    expect(checkTarget('need', {})[0]?.path).toBe('/taskId')
    expect(checkTarget('task', { taskId: 'x' })).toEqual([])
    expect(checkTarget('other', { postId: 'x' })[0]?.rule).toBe('only for posts')
    expect(checkTarget('activity', { taskId: 'x' })[0]?.rule).toBe('only for needs and tasks')
  })

  it('confirms or rejects only pending records and voids only confirmed ones', () => {
    expect(nextRecordState('pending', 'confirm')).toBe('confirmed')
    expect(nextRecordState('pending', 'reject')).toBe('rejected')
    expect(nextRecordState('confirmed', 'void')).toBe('void')
    expect(nextRecordState('confirmed', 'confirm')).toBeNull()
    expect(nextRecordState('void', 'confirm')).toBeNull()
    expect(nextRecordState('pending', 'void')).toBeNull()
    expect(nextRecordState('rejected', 'confirm')).toBeNull()
  })

  it('counts only confirmed hours and reads them as people do', () => {
    const minutes = confirmedMinutes([
      { state: 'confirmed', minutes: 120 },
      { state: 'pending', minutes: 60 },
      { state: 'void', minutes: 480 },
      { state: 'confirmed', minutes: 30 },
      { state: 'rejected', minutes: 90 },
    ])
    expect(minutes).toBe(150)
    expect(hoursTextZh(minutes)).toBe('2.5 小时')
    expect(hoursTextZh(120)).toBe('2 小时')
  })

  it('names a village branch after its village unless told otherwise', () => {
    expect(homeNameFor('village_branch', '', '李湾村')).toBe('李湾村党支部')
    expect(homeNameFor('village_branch', '李湾村第二党支部', '李湾村')).toBe('李湾村第二党支部')
    expect(homeNameFor('workplace', '  ', null)).toBe('')
  })
})
