import type publicIntakeZhCN from './publicIntake.zh-CN'

const publicIntakeEn: typeof publicIntakeZhCN = {
  title: 'Speak up',
}

export default publicIntakeEn
