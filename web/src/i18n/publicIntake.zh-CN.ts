// Messages of the publicIntake pages (zh-CN, the first language: the English file must match its shape).
const publicIntakeZhCN = {
  title: '码上说',
}

export default publicIntakeZhCN
