// Messages of the figures pages (zh-CN, the first language: the English file must match its shape).
const figuresZhCN = {
  title: '数据统计',
}

export default figuresZhCN
