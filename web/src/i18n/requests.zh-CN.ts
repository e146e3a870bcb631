// Messages of the requests pages (zh-CN, the first language: the English file must match its shape).
const requestsZhCN = {
  title: '民情民意',
}

export default requestsZhCN
