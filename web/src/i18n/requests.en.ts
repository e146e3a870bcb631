import type requestsZhCN from './requests.zh-CN'

const requestsEn: typeof requestsZhCN = {
  title: 'Residents’ requests',
}

export default requestsEn
